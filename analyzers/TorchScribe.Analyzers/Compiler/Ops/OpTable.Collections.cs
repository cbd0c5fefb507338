using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// <c>List&lt;T&gt;</c> and <c>Dictionary&lt;TKey, TValue&gt;</c> methods with a Python list/dict equivalent.
    /// Out-of-range indices throw in C# but clamp or count from the end in Python; everything else matches.
    /// </summary>
    private static IEnumerable<OpRow> Collections()
    {
        const string List = "System.Collections.Generic.List`1";
        const string Dictionary = "System.Collections.Generic.Dictionary`2";
        yield return Row(List, "Add", "{this}.append({item})");
        yield return Row(List, "AddRange", "{this}.extend({collection})");
        yield return Row(List, "Insert", "{this}.insert({index}, {item})");
        yield return Row(List, "RemoveAt", "{this}.pop({index})");
        yield return Row(List, "Clear", "{this}.clear()");
        yield return Row(List, "Contains", "({item} in {this})");
        yield return Row(List, "Reverse", "{this}.reverse()");
        yield return Row(Dictionary, "ContainsKey", "({key} in {this})");
        yield return Row(Dictionary, "Clear", "{this}.clear()");
    }
}

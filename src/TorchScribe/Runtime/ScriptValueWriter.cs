using System.Collections.Generic;
using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>Collects one module instance's constant and attribute values (called by generated code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptValueWriter
{
    private readonly List<KeyValuePair<string, object?>> constants = new();
    private readonly List<KeyValuePair<string, object?>> attributes = new();

    /// <summary>Records a <c>[ScriptConstant]</c> value, inlined into the exported code as a literal.</summary>
    /// <param name="name">The constant's name, as in the compiled code's placeholders.</param>
    /// <param name="value">An int, long, float, double, bool, string or value tuple of those.</param>
    public void Constant(string name, object? value) => constants.Add(new(name, value));

    /// <summary>Records a plain attribute value, stored in the archive's pickled module object.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">A number, bool, string, list, tuple or dictionary value, or null.</param>
    public void Attribute(string name, object? value) => attributes.Add(new(name, value));

    internal IReadOnlyList<KeyValuePair<string, object?>> Constants => constants;

    internal IReadOnlyList<KeyValuePair<string, object?>> Attributes => attributes;
}

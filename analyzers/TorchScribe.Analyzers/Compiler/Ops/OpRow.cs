using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TorchScribe.Analyzers.Compiler.Ops;

/// <summary>
/// One TorchSharp API and its TorchScript spelling. The template names the C# parameters it consumes, so argument
/// reordering (batch_norm, embedding, where) is written where it is read: <c>torch.sum({this}, {dim}, {keepdim})</c>.
/// </summary>
/// <remarks>
/// A row applies to every overload of <see cref="Member"/> whose parameters the template (or a condition) all
/// consume; a C# argument the template ignores would silently change the result, so such an overload is rejected.
/// Placeholders: <c>{this}</c> the receiver (or an extension method's first argument), <c>{p}</c> parameter p,
/// <c>{p:list}</c> p as a list (a lone int becomes <c>[p]</c>), <c>{p|q}</c> p unless it is the null constant, then
/// parameter q (or, when there is no parameter q, the literal text q).
/// </remarks>
internal sealed class OpRow
{
    public OpRow(string type, string member, string template, string? when = null, string? signature = null, int version = 3, string? id = null, string? pytorch = null)
    {
        MinimumPyTorch = pytorch;
        Name = $"{ShortType(type)}.{member}";
        Type = type;
        Member = member;
        Template = OpTemplate.Parse(template);
        Conditions = ParseConditions(when);
        Signature = signature?.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).ToImmutableArray();   // "" is no parameters
        FileVersion = version;
        CallsCSharpSemantics = template.Contains(Shared.CSharpSemantics.Module);
        Id = id ?? $"{ShortType(type)}.{member}" + (signature is null ? "" : $"({signature})") + (when is null ? "" : $"[{when}]");
    }

    /// <summary>
    /// The oldest PyTorch release whose TorchScript has this op, where that is newer than PyTorch 1.13 (which the test
    /// suite's PyTorch tier runs every other row in); null otherwise. From PyTorch's release notes.
    /// </summary>
    public string? MinimumPyTorch { get; }

    /// <summary>The API the row translates, e.g. <c>functional.scaled_dot_product_attention</c>.</summary>
    public string Name { get; }

    /// <summary>A unique, readable name of the row, e.g. <c>Tensor.sum</c> or <c>functional.relu[inplace=true]</c>.</summary>
    public string Id { get; }

    /// <summary>The containing type's metadata name, e.g. <c>TorchSharp.torch+Tensor</c>.</summary>
    public string Type { get; }

    /// <summary>The method (or operator, <c>op_Addition</c>; property getter, <c>get_shape</c>; field) name.</summary>
    public string Member { get; }

    public OpTemplate Template { get; }

    /// <summary>True when the template calls a <see cref="Shared.CSharpSemantics"/> function, which the archive must then carry.</summary>
    public bool CallsCSharpSemantics { get; }

    /// <summary>Arguments that must be constants with these values for the row to apply (<c>inplace=false</c>).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Conditions { get; }

    /// <summary>Optional filter on the overload's parameter types (C# minimal display, e.g. <c>long, bool</c>; empty for none).</summary>
    public ImmutableArray<string>? Signature { get; }

    /// <summary>
    /// The archive <c>version</c> this op needs (libtorch applies upgraders, i.e. older semantics, below it):
    /// 4 for div, 5 for full, 10 for gelu; 3 otherwise.
    /// </summary>
    public int FileVersion { get; }

    private static ImmutableArray<KeyValuePair<string, string>> ParseConditions(string? when)
    {
        if (string.IsNullOrWhiteSpace(when))
            return ImmutableArray<KeyValuePair<string, string>>.Empty;
        return when!.Split(';')
            .Select(part => part.Split('='))
            .Select(kv => kv.Length == 2 ? new KeyValuePair<string, string>(kv[0].Trim(), kv[1].Trim()) : throw new ArgumentException($"bad condition '{when}'"))
            .ToImmutableArray();
    }

    private static string ShortType(string type)
    {
        string name = type.Substring(type.LastIndexOfAny(new[] { '.', '+' }) + 1);
        int tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}

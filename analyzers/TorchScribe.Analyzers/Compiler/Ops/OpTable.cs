using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TorchScribe.Analyzers.Compiler.Ops;

/// <summary>
/// Every TorchSharp (and BCL) API that script code may call, with its TorchScript spelling. Rows are grouped by
/// where the API lives (operators, tensor methods, torch functions, nn.functional, math, collections) in the
/// partial files of this class. <see cref="OpIndex"/> keys the rows by the symbols of a compilation.
/// </summary>
internal static partial class OpTable
{
    // Types by metadata name; OpIndex resolves them to the symbols of each compilation.
    private const string Tensor = "TorchSharp.torch+Tensor";
    private const string Torch = "TorchSharp.torch";
    private const string Functional = "TorchSharp.torch+nn+functional";
    private const string Special = "TorchSharp.torch+special";
    private const string Linalg = "TorchSharp.torch+linalg";
    private const string Extensions = "TorchSharp.TensorExtensionMethods";

    private static readonly Lazy<ImmutableArray<OpRow>> all = new(() =>
        Operators().Concat(TensorMethods()).Concat(TorchFunctions()).Concat(ElementwiseOps()).Concat(ReshapingOps()).Concat(StatisticsOps()).Concat(DtypeOps()).Concat(RandomOps()).Concat(LinearAlgebraOps()).Concat(FunctionalLayerOps()).Concat(FactoryOps()).Concat(FunctionalOps()).Concat(MathFunctions()).Concat(Collections()).ToImmutableArray());

    /// <summary>All rows, in lookup order.</summary>
    public static ImmutableArray<OpRow> All => all.Value;

    private static readonly Lazy<ImmutableDictionary<string, OpRow>> byId = new(() => All.ToImmutableDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>The row with id <paramref name="id"/> (as translations record the rows they used), or null.</summary>
    public static OpRow? ById(string id) => byId.Value.TryGetValue(id, out OpRow? row) ? row : null;

    private static OpRow Row(string type, string member, string template, string? when = null, string? signature = null, int version = 3, string? pytorch = null) =>
        new(type, member, template, when, signature, version, pytorch: pytorch);
}

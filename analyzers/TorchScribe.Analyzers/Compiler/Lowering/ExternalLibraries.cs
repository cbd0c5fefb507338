using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>Numeric libraries that run outside libtorch, and the torch operation that replaces each of their calls.</summary>
internal static class ExternalLibraries
{
    private static readonly (string[] Namespace, string Name)[] Libraries =
    {
        (new[] { "MathNet", "Numerics" }, "MathNet.Numerics"),
        (new[] { "NumSharp" }, "NumSharp"),
        (new[] { "Numpy" }, "Numpy.NET"),
        (new[] { "System", "Numerics", "Tensors" }, "System.Numerics.Tensors"),
        (new[] { "Accord" }, "Accord.NET"),
        (new[] { "Microsoft", "ML" }, "ML.NET"),
        (new[] { "Tensorflow" }, "TensorFlow.NET"),
        (new[] { "ILGPU" }, "ILGPU"),
    };

    /// <summary>Element-wise functions with a one-to-one torch equivalent (the code fix rewrites these).</summary>
    public static readonly IReadOnlyDictionary<string, string> ElementWise = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sin"] = "sin", ["cos"] = "cos", ["tan"] = "tan", ["tanh"] = "tanh", ["sinh"] = "sinh", ["cosh"] = "cosh",
        ["exp"] = "exp", ["log"] = "log", ["sqrt"] = "sqrt", ["abs"] = "abs", ["negate"] = "neg", ["negative"] = "neg",
        ["floor"] = "floor", ["ceil"] = "ceil", ["round"] = "round", ["sigmoid"] = "sigmoid", ["sign"] = "sign",
        ["PointwiseSin"] = "sin", ["PointwiseCos"] = "cos", ["PointwiseTan"] = "tan", ["PointwiseTanh"] = "tanh",
        ["PointwiseExp"] = "exp", ["PointwiseLog"] = "log", ["PointwiseSqrt"] = "sqrt", ["PointwiseAbs"] = "abs",
        ["PointwiseFloor"] = "floor", ["PointwiseCeiling"] = "ceil", ["PointwiseRound"] = "round", ["PointwiseSign"] = "sign",
    };

    /// <summary>Reductions and linear algebra, named for the message (not rewritten automatically).</summary>
    private static readonly IReadOnlyDictionary<string, string> Suggestions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sum"] = "torch.sum(x)", ["mean"] = "torch.mean(x)", ["max"] = "torch.max(x)", ["min"] = "torch.min(x)",
        ["dot"] = "torch.dot(a, b)", ["matmul"] = "torch.matmul(a, b)", ["Multiply"] = "torch.matmul(a, b)",
        ["transpose"] = "x.t()", ["Transpose"] = "x.t()", ["reshape"] = "x.reshape(...)", ["argmax"] = "torch.argmax(x)",
        ["std"] = "torch.std(x)", ["power"] = "torch.pow(x, p)", ["PointwisePower"] = "torch.pow(x, p)",
        ["maximum"] = "torch.maximum(a, b)", ["minimum"] = "torch.minimum(a, b)", ["clip"] = "torch.clamp(x, lo, hi)",
        ["softmax"] = "torch.softmax(x, dim)", ["SoftMax"] = "torch.softmax(x, dim)",
    };

    /// <summary>The library <paramref name="symbol"/> belongs to, or null when it is not an external numeric library.</summary>
    public static string? LibraryOf(ISymbol symbol)
    {
        foreach (var (ns, name) in Libraries)
        {
            if (KnownSymbols.IsInNamespace(symbol, ns))
                return name;
        }
        // TensorPrimitives lives in System.Numerics (the System.Numerics.Tensors package).
        if (symbol.ContainingType?.Name == "TensorPrimitives" || symbol is INamedTypeSymbol { Name: "TensorPrimitives" })
            return "System.Numerics.Tensors";
        return null;
    }

    /// <summary>True when a call named <paramref name="name"/> has a known torch equivalent.</summary>
    public static bool HasEquivalent(string name) => ElementWise.ContainsKey(name) || Suggestions.ContainsKey(name);

    /// <summary>The torch equivalent of a call named <paramref name="name"/>, for the diagnostic message.</summary>
    public static string Suggestion(string name)
    {
        if (ElementWise.TryGetValue(name, out string? op))
            return $"torch.{op}(x)";
        if (Suggestions.TryGetValue(name, out string? suggestion))
            return suggestion;
        return "the equivalent torch operation";
    }
}

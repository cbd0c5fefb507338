using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// <c>System.Math</c> on doubles and ints. Archives have no <c>math</c> module: <c>torch.sqrt(x)</c> on a float is
    /// the same builtin (aten::sqrt.float) that <c>math.sqrt</c> compiles to. <c>floor</c>/<c>ceil</c> return ints where
    /// C# returns doubles, so they are converted back; <c>round</c> rounds half to even like <c>Math.Round</c>.
    /// <c>MathF</c> is left out: TorchScript has no 32-bit float, so its results would differ.
    /// </summary>
    private static IEnumerable<OpRow> MathFunctions()
    {
        const string Math = "System.Math";
        yield return Row(Math, "Sqrt", "torch.sqrt({d})");
        yield return Row(Math, "Exp", "torch.exp({d})");
        yield return Row(Math, "Log", "torch.log({d})");
        yield return Row(Math, "Log", "torch.log({a}, {newBase})", signature: "double, double");
        yield return Row(Math, "Log10", "torch.log10({d})");
        yield return Row(Math, "Pow", "torch.pow({x}, {y})");
        yield return Row(Math, "Abs", "abs({value})");
        // Integers only: TorchScript's max/min on floats neither propagate NaN nor order -0.0 below 0.0 as C# does.
        yield return Row(Math, "Max", "max({val1}, {val2})", signature: "int, int");
        yield return Row(Math, "Max", "max({val1}, {val2})", signature: "long, long");
        yield return Row(Math, "Min", "min({val1}, {val2})", signature: "int, int");
        yield return Row(Math, "Min", "min({val1}, {val2})", signature: "long, long");
        yield return Row(Math, "Clamp", "min(max({value}, {min}), {max})", signature: "int, int, int");
        yield return Row(Math, "Clamp", "min(max({value}, {min}), {max})", signature: "long, long, long");
        yield return Row(Math, "Floor", "float(torch.floor({d}))");
        yield return Row(Math, "Ceiling", "float(torch.ceil({a}))");
        yield return Row(Math, "Truncate", "float(int({d}))");
        yield return Row(Math, "Round", "round({a})");
        yield return Row(Math, "Sin", "torch.sin({a})");
        yield return Row(Math, "Cos", "torch.cos({d})");
        yield return Row(Math, "Tan", "torch.tan({a})");
        yield return Row(Math, "Asin", "torch.asin({d})");
        yield return Row(Math, "Acos", "torch.acos({d})");
        yield return Row(Math, "Atan", "torch.atan({d})");
        yield return Row(Math, "Atan2", "torch.atan2({y}, {x})");
        yield return Row(Math, "Sinh", "torch.sinh({value})");
        yield return Row(Math, "Cosh", "torch.cosh({value})");
        yield return Row(Math, "Tanh", "torch.tanh({value})");
        yield return Row(Math, "CopySign", "torch.copysign({x}, {y})");
    }
}

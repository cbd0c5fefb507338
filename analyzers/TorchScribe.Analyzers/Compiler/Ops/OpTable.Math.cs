using System.Collections.Generic;
using static TorchScribe.Shared.CSharpSemantics;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// <c>System.Math</c> and <c>System.MathF</c>. Archives have no <c>math</c> module: <c>torch.sqrt(x)</c> on a float
    /// is the same builtin (aten::sqrt.float) that <c>math.sqrt</c> compiles to. Where TorchScript's builtin differs
    /// from .NET at the edges (Abs of MinValue, Max/Min with NaN or signed zeros, Floor returning an int, Clamp with
    /// min &gt; max, Log with special bases) a <see cref="Shared.CSharpSemantics"/> function computes what .NET does.
    /// Sqrt and the rounding functions are exact; the transcendental functions call the C library's double functions
    /// on both sides (bit-equal where both use the same libm). MathF's transcendental functions call float32 C
    /// functions that TorchScript does not have, so they are reported (TSB0008), and only its exact members are here.
    /// </summary>
    private static IEnumerable<OpRow> MathFunctions()
    {
        const string Math = "System.Math";
        yield return Row(Math, "Sqrt", "torch.sqrt({d})");
        yield return Row(Math, "Exp", "torch.exp({d})");
        yield return Row(Math, "Log", "torch.log({d})");
        yield return Row(Math, "Log", Call(LogBase, "{a}, {newBase}"), signature: "double, double");
        yield return Row(Math, "Log10", "torch.log10({d})");
        yield return Row(Math, "Pow", "torch.pow({x}, {y})");
        yield return Row(Math, "Abs", "abs({value})", signature: "double");
        yield return Row(Math, "Abs", "abs({value})", signature: "float");
        yield return Row(Math, "Abs", Call(AbsInt32, "{value}"), signature: "int");
        yield return Row(Math, "Abs", Call(AbsInt64, "{value}"), signature: "long");
        yield return Row(Math, "Max", "max({val1}, {val2})", signature: "int, int");
        yield return Row(Math, "Max", "max({val1}, {val2})", signature: "long, long");
        yield return Row(Math, "Max", Call(MaxFloat, "{val1}, {val2}"), signature: "double, double");
        yield return Row(Math, "Max", Call(MaxFloat, "{val1}, {val2}"), signature: "float, float");
        yield return Row(Math, "Min", "min({val1}, {val2})", signature: "int, int");
        yield return Row(Math, "Min", "min({val1}, {val2})", signature: "long, long");
        yield return Row(Math, "Min", Call(MinFloat, "{val1}, {val2}"), signature: "double, double");
        yield return Row(Math, "Min", Call(MinFloat, "{val1}, {val2}"), signature: "float, float");
        yield return Row(Math, "Clamp", Call(ClampInt, "{value}, {min}, {max}"), signature: "int, int, int");
        yield return Row(Math, "Clamp", Call(ClampInt, "{value}, {min}, {max}"), signature: "long, long, long");
        yield return Row(Math, "Clamp", Call(ClampFloat, "{value}, {min}, {max}"), signature: "double, double, double");
        yield return Row(Math, "Floor", Call(Floor, "{d}"), signature: "double");
        yield return Row(Math, "Ceiling", Call(Ceiling, "{a}"), signature: "double");
        yield return Row(Math, "Truncate", Call(Truncate, "{d}"), signature: "double");
        yield return Row(Math, "Round", "round({a})", signature: "double");
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
        yield return Row(Math, "CopySign", "torch.copysign({x}, {y})", signature: "double, double");

        // float32: each result is the float32 value .NET computes (sqrt rounded once from double is the float32 sqrt).
        const string MathF = "System.MathF";
        yield return Row(MathF, "Sqrt", Call(ToSingle, "torch.sqrt({x})"));
        yield return Row(MathF, "Abs", "abs({x})");
        yield return Row(MathF, "Max", Call(MaxFloat, "{x}, {y}"));
        yield return Row(MathF, "Min", Call(MinFloat, "{x}, {y}"));
        yield return Row(MathF, "Floor", Call(Floor, "{x}"));
        yield return Row(MathF, "Ceiling", Call(Ceiling, "{x}"));
        yield return Row(MathF, "Truncate", Call(Truncate, "{x}"));
        yield return Row(MathF, "Round", "round({x})", signature: "float");
        yield return Row(MathF, "CopySign", "torch.copysign({x}, {y})");
    }

    private static string Call(string function, string arguments) => Module + "." + function + "(" + arguments + ")";
}

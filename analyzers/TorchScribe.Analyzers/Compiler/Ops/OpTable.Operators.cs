using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Tensor operators, spelled exactly as TorchSharp implements them (Tensor.Operators.cs): <c>s - t</c> is
    /// <c>t.negative().add(s)</c> and <c>s / t</c> is <c>t.reciprocal().mul(s)</c>, which can differ from
    /// <c>s / t</c> in the last bit, so they are written the TorchSharp way.
    /// </summary>
    private static IEnumerable<OpRow> Operators()
    {
        foreach (string scalar in new[] { "Tensor", "Scalar", "int", "long", "float", "double" })
        {
            yield return Row(Tensor, "op_Addition", "torch.add({left}, {right})", signature: $"Tensor, {scalar}");
            yield return Row(Tensor, "op_Subtraction", "torch.sub({left}, {right})", signature: $"Tensor, {scalar}");
            yield return Row(Tensor, "op_Multiply", "torch.mul({left}, {right})", signature: $"Tensor, {scalar}");
            yield return Row(Tensor, "op_Division", "torch.div({left}, {right})", signature: $"Tensor, {scalar}", version: 4);
            yield return Row(Tensor, "op_Modulus", "torch.remainder({left}, {right})", signature: $"Tensor, {scalar}");
            if (scalar == "Tensor")
                continue;
            yield return Row(Tensor, "op_Addition", "torch.add({right}, {left})", signature: $"{scalar}, Tensor");
            yield return Row(Tensor, "op_Subtraction", "torch.add(torch.neg({right}), {left})", signature: $"{scalar}, Tensor");
            yield return Row(Tensor, "op_Multiply", "torch.mul({right}, {left})", signature: $"{scalar}, Tensor");
            yield return Row(Tensor, "op_Division", "torch.mul(torch.reciprocal({right}), {left})", signature: $"{scalar}, Tensor");
        }
        yield return Row(Tensor, "op_UnaryNegation", "torch.neg({tensor})");
        yield return Row(Tensor, "op_OnesComplement", "torch.bitwise_not({left})");
        yield return Row(Tensor, "op_BitwiseAnd", "torch.bitwise_and({left}, {right})");
        yield return Row(Tensor, "op_BitwiseOr", "torch.bitwise_or({left}, {right})");
        yield return Row(Tensor, "op_ExclusiveOr", "torch.bitwise_xor({left}, {right})");

        var comparisons = new (string Operator, string Op, string Flipped)[]
        {
            ("op_Equality", "eq", "eq"), ("op_Inequality", "ne", "ne"), ("op_LessThan", "lt", "gt"),
            ("op_LessThanOrEqual", "le", "ge"), ("op_GreaterThan", "gt", "lt"), ("op_GreaterThanOrEqual", "ge", "le"),
        };
        foreach (var (op, aten, flipped) in comparisons)
        {
            yield return Row(Tensor, op, $"torch.{aten}({{left}}, {{right}})", signature: "Tensor, Tensor");
            yield return Row(Tensor, op, $"torch.{aten}({{left}}, {{right}})", signature: "Tensor, Scalar");
            yield return Row(Tensor, op, $"torch.{flipped}({{right}}, {{left}})", signature: "Scalar, Tensor");
        }
    }
}

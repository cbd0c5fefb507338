using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// C# arithmetic on numbers: every operator is tagged with the C# type it computes in, and every conversion between
/// number types is explicit, so the backend can reproduce wrap-around, truncation, saturation and single precision.
/// </summary>
internal sealed partial class MethodLowerer
{
    /// <summary>A numeric conversion, or the operand itself when every value of <paramref name="from"/> is the same value of <paramref name="to"/>.</summary>
    private static ScriptExpression ConvertNumber(ScriptExpression operand, NumericType from, NumericType to)
    {
        bool unchanged = from == to
            || (from.IsInteger() && to.IsInteger() && from.FitsIn(to))
            || (from == NumericType.Single && to == NumericType.Double);
        return unchanged || operand.ContainsError ? operand : new NumericConversionExpression(operand, from, to);
    }

    /// <summary>
    /// <c>x op= y</c> as the value to assign back: computed in the type C# promotes the operands to, then converted
    /// back to the target's type (<c>byte b; b += 10</c> is <c>(byte)(b + 10)</c>).
    /// </summary>
    private ScriptExpression CompoundValue(ICompoundAssignmentOperation compound)
    {
        NumericType? target = NumericTypes.Of(compound.Target.Type);
        NumericType? value = NumericTypes.Of(compound.Value.Type);
        if (compound.OperatorMethod is not null || target is null || value is null)
            return Binary(compound, compound.OperatorKind, compound.Target, compound.Value, compound.OperatorMethod);
        ReportChecked(compound, compound.IsChecked);
        bool shift = compound.OperatorKind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift;
        NumericType computes = shift ? NumericTypes.Promote(target.Value, NumericType.Int32) : NumericTypes.Promote(target.Value, value.Value);
        ScriptExpression left = ConvertNumber(Expression(compound.Target), target.Value, computes);
        ScriptExpression right = shift ? Expression(compound.Value) : ConvertNumber(Expression(compound.Value), value.Value, computes);
        ScriptExpression result = Arithmetic(compound, compound.OperatorKind, left, right, computes, integers: computes.IsInteger());
        return ConvertNumber(result, computes, target.Value);
    }

    /// <summary><c>x++</c>, <c>x--</c> as the value to assign back, with the wrap-around (or rounding) of x's type.</summary>
    private ScriptExpression Step(IIncrementOrDecrementOperation increment)
    {
        if (increment.OperatorMethod is not null || NumericTypes.Of(increment.Target.Type) is not { } target)
            return Fail(Descriptors.UnsupportedConstruct, increment, "++/-- on this type", "write x = x + 1");
        ReportChecked(increment, increment.IsChecked);
        NumericType computes = NumericTypes.Promote(target, NumericType.Int32);
        ScriptExpression one = computes.IsInteger() ? new LiteralExpression(1L, ScriptType.Int) : new LiteralExpression(1.0, ScriptType.Float);
        ScriptExpression value = ConvertNumber(Expression(increment.Target), target, computes);
        ScriptOperator op = increment.Kind == OperationKind.Increment ? ScriptOperator.Add : ScriptOperator.Subtract;
        return ConvertNumber(new OperatorExpression(op, System.Collections.Immutable.ImmutableArray.Create(value, one), value.Type, computes), computes, target);
    }

    /// <summary>A conversion between number types; null when either side is not a number.</summary>
    private ScriptExpression? NumericConversion(IConversionOperation conversion)
    {
        // A number passed where a nullable number is expected (2 for a double? parameter) is converted like a plain one.
        ITypeSymbol? target = conversion.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : conversion.Type;
        if (NumericTypes.Of(conversion.Operand.Type) is not { } from || NumericTypes.Of(target) is not { } to)
            return null;
        ScriptExpression operand = Expression(conversion.Operand);
        ScriptExpression converted = ConvertNumber(operand, from, to);
        if (!ReferenceEquals(converted, operand))
            ReportChecked(conversion, conversion.IsChecked);
        return converted;
    }

    /// <summary>
    /// Checked arithmetic throws on overflow, which script code would not; unchecked is C#'s default, so the report
    /// comes only from a <c>checked</c> block or expression, or from a project built with CheckForOverflowUnderflow.
    /// </summary>
    private void ReportChecked(IOperation operation, bool isChecked)
    {
        if (isChecked)
        {
            Report(Descriptors.InexactSemantics, operation.Syntax.GetLocation(), operation.Syntax.ToString(),
                "checked arithmetic throws on overflow, and script code wraps around instead",
                "compute in unchecked context (the default), or test the operands before the operation");
        }
    }
}

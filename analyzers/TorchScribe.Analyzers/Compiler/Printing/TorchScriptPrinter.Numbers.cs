using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Printing;

/// <summary>
/// C#'s arithmetic in TorchScript. TorchScript's int is 64-bit and wraps like C#'s <c>long</c>; its float is 64-bit.
/// Everything else C# does differently is a call of a <see cref="CSharpSemantics"/> function: wrap-around of 32-bit and
/// smaller integers, truncating division, masked shift counts, saturating conversions, single-precision rounding.
/// </summary>
internal sealed partial class TorchScriptPrinter
{
    /// <summary>Prints <paramref name="op"/> when Python's operator alone would compute something else; false otherwise.</summary>
    private bool NumericOperator(PieceBuilder b, OperatorExpression op)
    {
        var x = op.Operands;
        switch (op.Numeric, op.Operator)
        {
            case (NumericType.Int32, ScriptOperator.Add or ScriptOperator.Subtract or ScriptOperator.Multiply or ScriptOperator.Negate):
                CallSemantics(b, CSharpSemantics.WrapInt32, () => PlainOperator(b, op));
                return true;
            case (NumericType.Single, ScriptOperator.Add or ScriptOperator.Subtract or ScriptOperator.Multiply or ScriptOperator.Divide):
                CallSemantics(b, CSharpSemantics.ToSingle, () => PlainOperator(b, op));
                return true;
            case (NumericType.Int32 or NumericType.Int64, _) when IntegerFunction(op.Operator, op.Numeric == NumericType.Int32) is { } function:
                CallSemantics(b, function, x[0], x[1]);
                return true;
            case (_, ScriptOperator.Equal or ScriptOperator.NotEqual) when x[0].Type.Kind == Runtime.ScriptTypeKind.Float && x[1].Type.Kind == Runtime.ScriptTypeKind.Float:
                CallSemantics(b, op.Operator == ScriptOperator.Equal ? CSharpSemantics.EqualFloat : CSharpSemantics.NotEqualFloat, x[0], x[1]);
                return true;
            case (_, ScriptOperator.TruncatedDivide or ScriptOperator.TruncatedRemainder or ScriptOperator.ShiftLeft or ScriptOperator.ShiftRight or ScriptOperator.UnsignedShiftRight):
                throw new System.InvalidOperationException($"{op.Operator} needs the integer type it computes in");
            default:
                return false;
        }
    }

    /// <summary>A float literal; zeros are computed, so libtorch cannot pool 0.0 with -0.0 (see <see cref="CSharpSemantics.NegativeZero"/>).</summary>
    private void FloatLiteral(PieceBuilder b, double value)
    {
        if (value == 0)
            CallSemantics(b, System.BitConverter.DoubleToInt64Bits(value) < 0 ? CSharpSemantics.NegativeZero : CSharpSemantics.PositiveZero, System.Array.Empty<ScriptExpression>());
        else
            b.Append(ScriptSyntax.Float(value));
    }

    private void CheckedIndex(PieceBuilder b, CheckedIndexExpression index) => CallSemantics(b, CSharpSemantics.CheckIndex, index.Index);

    /// <summary>The function for an integer operator Python spells differently, for 32- or 64-bit operands; null when Python's operator is exact.</summary>
    private static string? IntegerFunction(ScriptOperator op, bool is32Bit) => op switch
    {
        ScriptOperator.TruncatedDivide => is32Bit ? CSharpSemantics.DivideInt32 : CSharpSemantics.DivideInt64,
        ScriptOperator.TruncatedRemainder => is32Bit ? CSharpSemantics.RemainderInt32 : CSharpSemantics.RemainderInt64,
        ScriptOperator.ShiftLeft => is32Bit ? CSharpSemantics.ShiftLeftInt32 : CSharpSemantics.ShiftLeftInt64,
        ScriptOperator.ShiftRight => is32Bit ? CSharpSemantics.ShiftRightInt32 : CSharpSemantics.ShiftRightInt64,
        ScriptOperator.UnsignedShiftRight => is32Bit ? CSharpSemantics.UnsignedShiftRightInt32 : CSharpSemantics.UnsignedShiftRightInt64,
        _ => null,
    };

    private void NumericConversion(PieceBuilder b, NumericConversionExpression conversion)
    {
        NumericType from = conversion.From;
        NumericType to = conversion.To;
        ScriptExpression x = conversion.Operand;
        if (from.IsInteger() && to.IsInteger())
        {
            WrapTo(b, to, () => Append(b, x));
        }
        else if (from.IsInteger())
        {
            if (to == NumericType.Double)
                Wrap(b, "float(", x, ")");
            else if (from == NumericType.Int64)
                CallSemantics(b, CSharpSemantics.Int64ToSingle, x);           // one rounding, not two through double
            else
                CallSemantics(b, CSharpSemantics.ToSingle, () => Wrap(b, "float(", x, ")"));
        }
        else if (to.IsInteger())
        {
            if (to == NumericType.Int64)
                CallSemantics(b, CSharpSemantics.ToInt64, x);
            else
                WrapTo(b, to, () => CallSemantics(b, CSharpSemantics.ToInt32, x));   // .NET: saturate to int, then wrap
        }
        else if (to == NumericType.Single)
        {
            CallSemantics(b, CSharpSemantics.ToSingle, x);
        }
        else
        {
            Append(b, x);                                                        // float to double: the same value
        }
    }

    /// <summary>Prints <paramref name="inner"/>, wrapped around to <paramref name="type"/> when that is narrower than 64 bits.</summary>
    private void WrapTo(PieceBuilder b, NumericType type, System.Action inner)
    {
        string? wrap = type switch
        {
            NumericType.SByte => CSharpSemantics.WrapSByte,
            NumericType.Byte => CSharpSemantics.WrapByte,
            NumericType.Int16 => CSharpSemantics.WrapInt16,
            NumericType.UInt16 => CSharpSemantics.WrapUInt16,
            NumericType.Int32 => CSharpSemantics.WrapInt32,
            _ => null,
        };
        if (wrap is null)
            inner();
        else
            CallSemantics(b, wrap, inner);
    }

    private void CallSemantics(PieceBuilder b, string function, params ScriptExpression[] arguments) =>
        CallSemantics(b, function, () =>
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                if (i > 0)
                    b.Append(", ");
                Append(b, arguments[i]);
            }
        });

    private void CallSemantics(PieceBuilder b, string function, System.Action arguments)
    {
        callsCSharpSemantics = true;
        b.Append(CSharpSemantics.Module + "." + function + "(");
        arguments();
        b.Append(")");
    }
}

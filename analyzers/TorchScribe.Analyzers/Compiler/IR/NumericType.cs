using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>
/// The C# number type an operation computes in. Script types have one int and one float; the numeric type keeps the
/// width, signedness and precision whose wrap-around, truncation and rounding the backend must reproduce.
/// </summary>
internal enum NumericType
{
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    Int64,
    Single,
    Double,
}

internal static class NumericTypes
{
    /// <summary>The numeric type of a C# type, or null for non-numbers (and for the unsigned 32/64-bit types, which have no script type).</summary>
    public static NumericType? Of(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_SByte => NumericType.SByte,
        SpecialType.System_Byte => NumericType.Byte,
        SpecialType.System_Int16 => NumericType.Int16,
        SpecialType.System_UInt16 => NumericType.UInt16,
        SpecialType.System_Int32 => NumericType.Int32,
        SpecialType.System_Int64 => NumericType.Int64,
        SpecialType.System_Single => NumericType.Single,
        SpecialType.System_Double => NumericType.Double,
        _ => null,
    };

    public static bool IsInteger(this NumericType type) => type < NumericType.Single;

    /// <summary>The script type holding values of <paramref name="type"/>: TorchScript's one int or one float.</summary>
    public static Runtime.ScriptType ScriptType(this NumericType type) => type.IsInteger() ? Runtime.ScriptType.Int : Runtime.ScriptType.Float;

    /// <summary>The type C#'s binary numeric promotion computes in for operands of these types.</summary>
    public static NumericType Promote(NumericType left, NumericType right)
    {
        if (left == NumericType.Double || right == NumericType.Double)
            return NumericType.Double;
        if (left == NumericType.Single || right == NumericType.Single)
            return NumericType.Single;
        if (left == NumericType.Int64 || right == NumericType.Int64)
            return NumericType.Int64;
        return NumericType.Int32;
    }

    /// <summary>The smallest and largest value of an integer type.</summary>
    public static (long Min, long Max) Range(this NumericType type) => type switch
    {
        NumericType.SByte => (sbyte.MinValue, sbyte.MaxValue),
        NumericType.Byte => (byte.MinValue, byte.MaxValue),
        NumericType.Int16 => (short.MinValue, short.MaxValue),
        NumericType.UInt16 => (ushort.MinValue, ushort.MaxValue),
        NumericType.Int32 => (int.MinValue, int.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    /// <summary>True when every value of <paramref name="from"/> is a value of <paramref name="to"/> (an integer widening).</summary>
    public static bool FitsIn(this NumericType from, NumericType to)
    {
        var (fromMin, fromMax) = from.Range();
        var (toMin, toMax) = to.Range();
        return fromMin >= toMin && fromMax <= toMax;
    }
}

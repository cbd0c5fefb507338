using System;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// One script method per C# arithmetic rule the export reproduces: integer widths and wrap-around, truncating and
/// throwing division, masked shifts, narrowing and saturating conversions, float32 rounding, System.Math at the edges.
/// <see cref="ExactSemanticsTests"/> runs each on a grid of edge values in C# and in libtorch and compares bits.
/// </summary>
[ScriptClass]
public sealed partial class ExactSemantics : nn.Module<Tensor, Tensor>
{
    public ExactSemantics() : base(nameof(ExactSemantics)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x;

    // ---- int: 32-bit wrap-around
    [ScriptMethod] public int IntAdd(int a, int b) => a + b;
    [ScriptMethod] public int IntSubtract(int a, int b) => a - b;
    [ScriptMethod] public int IntMultiply(int a, int b) => a * b;
    [ScriptMethod] public int IntSquare(int a) => a * a;
    [ScriptMethod] public int IntNegate(int a) => -a;
    [ScriptMethod] public int IntNot(int a) => ~a;
    [ScriptMethod] public int IntBitwise(int a, int b) => (a & b) ^ (a | ~b);

    // ---- division and remainder: truncation, DivideByZeroException, OverflowException
    [ScriptMethod] public int IntDivide(int a, int b) => a / b;
    [ScriptMethod] public int IntRemainder(int a, int b) => a % b;
    [ScriptMethod] public long LongDivide(long a, long b) => a / b;
    [ScriptMethod] public long LongRemainder(long a, long b) => a % b;
    [ScriptMethod] public long LongMultiply(long a, long b) => a * b;
    [ScriptMethod] public long LongAdd(long a, long b) => a + b;
    [ScriptMethod] public long LongNegate(long a) => -a;
    [ScriptMethod] public long LongNot(long a) => ~a;

    // ---- shifts: counts masked to 5 or 6 bits
    [ScriptMethod] public int IntShiftLeft(int a, int n) => a << n;
    [ScriptMethod] public int IntShiftRight(int a, int n) => a >> n;
    [ScriptMethod] public int IntUnsignedShiftRight(int a, int n) => a >>> n;
    [ScriptMethod] public long LongShiftLeft(long a, int n) => a << n;
    [ScriptMethod] public long LongShiftRight(long a, int n) => a >> n;
    [ScriptMethod] public long LongUnsignedShiftRight(long a, int n) => a >>> n;

    // ---- narrowing conversions and small integer types
    [ScriptMethod] public int LongToInt(long a) => (int)a;
    [ScriptMethod] public long LongToByte(long a) => (byte)a;
    [ScriptMethod] public long IntToSByte(int a) => (sbyte)a;
    [ScriptMethod] public long LongToShort(long a) => (short)a;
    [ScriptMethod] public long IntToUShort(int a) => (ushort)a;
    [ScriptMethod] public long ByteArithmetic(int a) { byte b = (byte)a; b += 10; b++; b *= 3; return b; }
    [ScriptMethod] public long ShortArithmetic(int a, int c) { short s = (short)a; s -= (short)c; s <<= 3; s--; return s; }
    [ScriptMethod] public int IntCompound(int a, int b) { a += b; a *= b; a -= 7; a <<= b; a++; return a; }
    [ScriptMethod] public long SByteFromByte(int a) { byte b = (byte)a; sbyte s = (sbyte)b; return s; }

    // ---- floating point to integer: truncation, saturation, NaN to 0
    [ScriptMethod] public int DoubleToInt(double d) => (int)d;
    [ScriptMethod] public long DoubleToLong(double d) => (long)d;
    [ScriptMethod] public long DoubleToByte(double d) => (byte)d;
    [ScriptMethod] public long DoubleToShort(double d) => (short)d;
    [ScriptMethod] public long FloatToLong(float f) => (long)f;

    // ---- float32: every operation rounds to single precision
    [ScriptMethod] public float DoubleToFloat(double d) => (float)d;
    [ScriptMethod] public float LongToFloat(long a) => a;
    [ScriptMethod] public float IntToFloat(int a) => a;
    [ScriptMethod] public double LongToDouble(long a) => a;
    [ScriptMethod] public float FloatCancellation(float a, float b) => (a + b) - a;
    [ScriptMethod] public float FloatMultiply(float a, float b) => a * b;
    [ScriptMethod] public float FloatDivide(float a, float b) => a / b;
    [ScriptMethod] public float FloatRemainder(float a, float b) => a % b;
    [ScriptMethod] public float FloatCompound(float a, int n) { a++; a *= 3; a /= n; a += n; return a; }
    [ScriptMethod] public double FloatTimesDouble(float a, double b) => a * b;
    [ScriptMethod] public float FloatSqrtScale(float a, float d) => a * MathF.Sqrt(d);

    // ---- double
    [ScriptMethod] public double DoubleRemainder(double a, double b) => a % b;
    [ScriptMethod] public double DoubleDivide(double a, double b) => a / b;
    [ScriptMethod] public double IntRatio(int a, int b) => (double)a / b;

    // ---- System.Math and MathF at the edges of their domains
    [ScriptMethod] public int MathAbsInt(int a) => Math.Abs(a);
    [ScriptMethod] public long MathAbsLong(long a) => Math.Abs(a);
    [ScriptMethod] public double MathAbsDouble(double a) => Math.Abs(a);
    [ScriptMethod] public double MathMax(double a, double b) => Math.Max(a, b);
    [ScriptMethod] public double MathMin(double a, double b) => Math.Min(a, b);
    [ScriptMethod] public float MathFMax(float a, float b) => MathF.Max(a, b);
    [ScriptMethod] public float MathFMin(float a, float b) => MathF.Min(a, b);
    [ScriptMethod] public int MathMaxInt(int a, int b) => Math.Max(a, b) + Math.Min(a, b) / 2;
    [ScriptMethod] public double MathFloor(double a) => Math.Floor(a);
    [ScriptMethod] public double MathCeiling(double a) => Math.Ceiling(a);
    [ScriptMethod] public double MathTruncate(double a) => Math.Truncate(a);
    [ScriptMethod] public double MathRound(double a) => Math.Round(a);
    [ScriptMethod] public float MathFRounding(float a) => MathF.Floor(a) + MathF.Ceiling(a) * 2 + MathF.Truncate(a) * 4 + MathF.Round(a) * 8 + MathF.Abs(a);
    [ScriptMethod] public double MathSqrt(double a) => Math.Sqrt(a);
    [ScriptMethod] public float MathFSqrt(float a) => MathF.Sqrt(a);
    [ScriptMethod] public double MathLogBase(double a, double b) => Math.Log(a, b);
    [ScriptMethod] public int MathClampInt(int a, int low, int high) => Math.Clamp(a, low, high);
    [ScriptMethod] public double MathClampDouble(double a, double low, double high) => Math.Clamp(a, low, high);
    [ScriptMethod] public double MathCopySign(double a, double b) => Math.CopySign(a, b);

    // ---- constants at the edges
    [ScriptMethod] public long LongMinValue() => long.MinValue;
    [ScriptMethod] public double Extremes() => double.Epsilon + float.MaxValue - double.MaxValue;
    [ScriptMethod] public float FloatLiteral() => 0.1f * 3f;
}

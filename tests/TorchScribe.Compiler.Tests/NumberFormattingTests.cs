using System.Globalization;
using TorchScribe.Shared;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Float literals are the shortest text that reads back as the same double, built only from correctly rounded G15,
/// G16 and G17 digits, so every compiler host (including .NET Framework ones, whose "R" is not shortest) writes the
/// same bytes. Checked against .NET's own shortest round-trip formatting.
/// </summary>
public sealed class NumberFormattingTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1E+16")]
    [InlineData(1e-5, "1E-05")]
    [InlineData(3.0, "3.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(double.Epsilon, "5E-324")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    [InlineData(double.MinValue, "-1.7976931348623157E+308")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(double.NaN, "float(\"nan\")")]
    [InlineData(double.PositiveInfinity, "float(\"inf\")")]
    [InlineData(double.NegativeInfinity, "float(\"-inf\")")]
    public void WritesTheShortestLiteral(double value, string expected) => Assert.Equal(expected, ScriptSyntax.Float(value));

    [Fact]
    public void EveryDoubleReadsBackExactlyAndIsAsShortAsDotNetsOwn()
    {
        var random = new Random(20261130);
        var bytes = new byte[8];
        for (int i = 0; i < 200_000; i++)
        {
            random.NextBytes(bytes);
            double value = BitConverter.ToDouble(bytes);
            if (i % 2 == 0)
                value = (float)value;        // floats widened to double are a case of their own
            if (!double.IsFinite(value))
                continue;
            string text = ScriptSyntax.Float(value);
            double back = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(value), $"{text} reads back as {back:R}, not {value:R}");
            string shortest = value.ToString("R", CultureInfo.InvariantCulture);
            Assert.True(Digits(text) == Digits(shortest), $"{value:R}: wrote {text}, .NET's shortest is {shortest}");
        }
    }

    /// <summary>The significant digits of a formatted number.</summary>
    private static string Digits(string text)
    {
        string mantissa = text.Split('E')[0].TrimStart('-');
        string digits = mantissa.Replace(".", "").TrimStart('0').TrimEnd('0');
        return digits.Length == 0 ? "0" : digits;
    }
}

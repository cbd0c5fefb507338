using System;
using System.Globalization;

namespace TorchScribe.ScriptRunner;

/// <summary>
/// Scalars as text that is equal exactly when the values are: ints in decimal, floats by their bits (every NaN is
/// "nan": TorchScript and .NET may pick different NaN payloads, which no arithmetic can observe). Shared by the runner
/// and the tests that compare its results with C#.
/// </summary>
public static class ExactValue
{
    public static string Format(object? value) => value switch
    {
        null => "none",
        bool b => b ? "bool:true" : "bool:false",
        sbyte or byte or short or ushort or int or long => "int:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        float f => Float(f),
        double d => Float(d),
        string s => "str:" + Uri.EscapeDataString(s),
        _ => throw new ArgumentException($"no exact text for {value.GetType().Name}"),
    };

    private static string Float(double value) => double.IsNaN(value)
        ? "float:nan"
        : "float:" + BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture) + " (" + value.ToString("R", CultureInfo.InvariantCulture) + ")";
}

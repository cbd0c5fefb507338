using System;
using System.Globalization;
using System.Reflection;

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

    /// <summary>What a call that raised (in libtorch) or threw (in C#) reports instead of a value; libtorch's message may follow.</summary>
    public const string Failed = "error";

    /// <summary>The result of calling <paramref name="method"/> in C#, as exact text, or <see cref="Failed"/> when it throws.</summary>
    public static string Of(MethodInfo method, object target, object[] arguments)
    {
        try
        {
            return Format(method.Invoke(target, arguments));
        }
        catch (TargetInvocationException)
        {
            return Failed;
        }
    }

    /// <summary>
    /// True when the C# and exported results are the same value, or both calls failed: C# and TorchScript name their
    /// exceptions differently, so only the failure is compared.
    /// </summary>
    public static bool Agree(string csharp, string exported) =>
        csharp == exported || (csharp == Failed && exported.StartsWith(Failed, StringComparison.Ordinal));

    /// <summary>A scalar argument in the runner's request syntax: "int:3", "float:0.5" (round-trip digits), "bool:true".</summary>
    public static string Argument(object value) => value switch
    {
        bool b => "bool:" + (b ? "true" : "false"),
        float f => "float:" + ((double)f).ToString("R", CultureInfo.InvariantCulture),
        double d => "float:" + d.ToString("R", CultureInfo.InvariantCulture),
        sbyte or byte or short or ushort or int or long => "int:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no argument syntax for {value.GetType().Name}"),
    };

    private static string Float(double value) => double.IsNaN(value)
        ? "float:nan"
        : "float:" + BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture) + " (" + value.ToString("R", CultureInfo.InvariantCulture) + ")";
}

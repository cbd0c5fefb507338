using System.Globalization;
using System.Reflection;
using TorchScribe.ScriptRunner;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>
/// C#'s arithmetic, reproduced bit for bit: every method of <see cref="ExactSemantics"/> runs on a grid of edge values
/// (zero, ±1, the limits of every integer width, NaN, ±Inf, signed zeros, values past 2^31, 2^53 and float's range) in
/// C# and in libtorch (in a child process), and the results must be identical, or both must throw.
/// </summary>
public sealed class ExactSemanticsTests
{
    private static readonly long[] Integers =
    {
        0, 1, -1, 2, -2, 3, -7, 7, 10, 31, 32, 33, 63, 64, 127, 128, -129, 255, 256, 300, 46341, 65535, 65536, 100000,
        int.MaxValue, int.MinValue, int.MaxValue + 1L, 3000000000, -3000000000, (1L << 53) + 1, long.MaxValue, long.MinValue, long.MinValue + 1,
    };

    private static readonly double[] Doubles =
    {
        0.0, -0.0, 0.1, 0.5, -0.5, 1.0, 1.5, 2.5, -2.5, 3.0, -7.25, 1e8, 16777217.0, 2147483647.5, -2147483648.5, 2147483648.0,
        4503599627370497.0, 9.3e18, -9.3e18, 3.4028235677973366e38, 3.4028234e38, 1e300, -1e300, 5e-324, 1e-46,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    };

    public static TheoryData<string> Fixtures() => new() { nameof(ExactSemantics), nameof(ExactControlFlow) };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryMethodMatchesCSharpOnEdgeValues(string fixture)
    {
        nn.Module model = fixture == nameof(ExactSemantics) ? new ExactSemantics() : new ExactControlFlow();
        var methods = model.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<ScriptMethodAttribute>() is not null)
            .ToList();
        var calls = new List<(MethodInfo Method, object[] Arguments)>();
        foreach (MethodInfo method in methods)
        {
            foreach (object[] arguments in Grid(method))
                calls.Add((method, arguments));
        }

        using var folder = new TempFolder("exact-" + fixture);
        string archive = folder.File("exact.pt");
        TorchScript.Save(model, archive);
        var result = ScriptRunnerProcess.Run(new RunRequest
        {
            Archive = archive,
            Output = folder.File("out"),
            Modes = new List<string>(),
            RoundTrip = false,
            Calls = calls.Select(c => new ScriptCall { Method = c.Method.Name, Arguments = c.Arguments.Select(ExactValue.Argument).ToList() }).ToList(),
        }, folder.File("out"));
        Assert.True(result.Succeeded, $"libtorch could not load or run the archive:\n{result.Error}\n{Equivalence.Code(archive)}");

        string[] exported = File.ReadAllLines(Path.Combine(result.Folder, "calls.txt"));
        Assert.Equal(calls.Count, exported.Length);
        var mismatches = new List<string>();
        for (int i = 0; i < calls.Count; i++)
        {
            string expected = ExactValue.Of(calls[i].Method, model, calls[i].Arguments);
            if (!ExactValue.Agree(expected, exported[i]))
                mismatches.Add($"{calls[i].Method.Name}({string.Join(", ", calls[i].Arguments.Select(ExactValue.Format))}): C# {expected}, libtorch {exported[i]}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {calls.Count} calls differ:\n" + string.Join("\n", mismatches.Take(60)));
        Assert.True(calls.Count > 10 * methods.Count, $"only {calls.Count} calls");
    }

    /// <summary>Every value for one-parameter methods; a fixed sample of combinations (always with the extremes) for more.</summary>
    private static IEnumerable<object[]> Grid(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        if (parameters.Length == 0)
        {
            yield return Array.Empty<object>();
            yield break;
        }
        object[][] values = parameters.Select(p => Values(p.ParameterType)).ToArray();
        if (parameters.Length == 1)
        {
            foreach (object value in values[0])
                yield return new[] { value };
            yield break;
        }
        var random = new Random(method.Name.Length * 7919 + parameters.Length);
        for (int i = 0; i < 160; i++)
            yield return values.Select(v => v[random.Next(v.Length)]).ToArray();
    }

    private static object[] Values(Type type)
    {
        if (type == typeof(int))
            return Integers.Select(v => (object)unchecked((int)v)).Distinct().ToArray();
        if (type == typeof(long))
            return Integers.Cast<object>().ToArray();
        if (type == typeof(double))
            return Doubles.Cast<object>().ToArray();
        if (type == typeof(float))
            return Doubles.Select(v => (object)(float)v).ToArray();
        if (type == typeof(bool))
            return new object[] { true, false };
        throw new ArgumentException($"no edge values for {type}");
    }
}

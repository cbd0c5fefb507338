using System.Globalization;
using TorchScribe.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TorchScribe.Differential.Tests;

/// <summary>
/// Random programs, compared in C# and libtorch. CI runs a fixed slice (seeded, so a failure reproduces); the full run
/// is the same test with more programs:
/// <c>TORCHSCRIBE_DIFFERENTIAL_PROGRAMS=10000 dotnet test tests/TorchScribe.Differential.Tests -c Release</c>
/// (and <c>TORCHSCRIBE_DIFFERENTIAL_SEED</c> to start elsewhere). docs/performance.md records the last full run.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const int BatchSize = 200;

    [Fact]
    public void RandomProgramsComputeWhatCSharpComputes()
    {
        int programs = Setting("TORCHSCRIBE_DIFFERENTIAL_PROGRAMS", 600);
        int firstSeed = Setting("TORCHSCRIBE_DIFFERENTIAL_SEED", 1);
        var total = new BatchReport();
        using var folder = new TempFolder("differential");
        for (int seed = firstSeed; total.Generated < programs; seed++)
        {
            BatchReport batch = DifferentialHarness.Run(seed, Math.Min(BatchSize, programs - total.Generated), argumentsPerProgram: 8, folder);
            total.Generated += batch.Generated;
            total.NotCSharp += batch.NotCSharp;
            foreach (var reason in batch.NotCSharpReasons)
                total.NotCSharpReasons[reason.Key] = total.NotCSharpReasons.GetValueOrDefault(reason.Key) + reason.Value;
            total.Compared += batch.Compared;
            total.ComparedWithObjects += batch.ComparedWithObjects;
            total.Calls += batch.Calls;
            foreach (var rejected in batch.Rejected)
                total.Rejected[rejected.Key] = total.Rejected.GetValueOrDefault(rejected.Key) + rejected.Value;
            total.Failures.AddRange(batch.Failures.Select(f => $"seed {seed}: {f}"));
        }

        string summary = $"{total.Generated} programs: {total.Compared} compared in {total.Calls} calls ({total.ComparedWithObjects} using script objects), {total.NotCSharp} not valid C# ({string.Join(", ", total.NotCSharpReasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}), "
            + $"rejected with a TSB diagnostic: {(total.Rejected.Count == 0 ? "none" : string.Join(", ", total.Rejected.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}")))}; "
            + $"{total.Failures.Count} failures";
        output.WriteLine(summary);
        Assert.True(total.Failures.Count == 0, summary + "\n\n" + string.Join("\n\n", total.Failures.Take(10)));
        Assert.True(total.Compared >= total.Generated / 2, "most programs must be compared, not rejected: " + summary);
        Assert.True(total.ComparedWithObjects >= total.Compared / 20, "script objects must be exercised: " + summary);
        Assert.True(total.Generated < 300 || total.Rejected.ContainsKey("TSB0008"), "the programs that TorchScript cannot reproduce must be rejected: " + summary);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}

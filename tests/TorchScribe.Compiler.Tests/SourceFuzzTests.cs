using System.Globalization;
using TorchScribe.Compiler.Tests.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Seeded source fuzzing: mutated versions of the repository's own models (hostile names, namespaces, containers,
/// split partial classes, accessors, archive names, token damage) through the generator, the analyzers and the
/// compiler. CI runs 500 cases; <c>TORCHSCRIBE_FUZZ_CASES=10000 TORCHSCRIBE_FUZZ_SEED=1</c> runs more (docs/performance.md).
/// </summary>
public sealed class SourceFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void MutatedModelsNeverBreakTheBuild()
    {
        int cases = Setting("TORCHSCRIBE_FUZZ_CASES", 500);
        int seed = Setting("TORCHSCRIBE_FUZZ_SEED", 20261201);
        var verdicts = new Dictionary<FuzzVerdict, int>();
        var failures = new List<string>();
        for (int i = 0; i < cases; i++)
        {
            var random = new Random(seed + i);
            FuzzInput input = SourceMutator.Mutate(SourceCorpus.Files[random.Next(SourceCorpus.Files.Count)], random);
            var (verdict, failure) = FuzzOracle.Check(input);
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            if (failure is not null)
                failures.Add($"case {seed + i} ({input}): {failure}");
        }
        output.WriteLine($"{cases} cases from seed {seed}: " + string.Join(", ", verdicts.OrderBy(v => v.Key).Select(v => $"{v.Value} {v.Key}")));
        foreach (string failure in failures.Take(30))
            output.WriteLine(failure + "\n");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases broke a promise; the first:\n{failures.FirstOrDefault()}");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}

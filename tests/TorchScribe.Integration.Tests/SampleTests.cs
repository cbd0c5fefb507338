using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>The samples, run the way their READMEs tell users to run them.</summary>
public sealed class SampleTests
{
    private static readonly string Configuration = typeof(SampleTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
        .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    [Fact]
    public void ScriptClassBasicsPrintsItsTableWithEveryDifferenceWithinTolerance()
    {
        using var output = new TemporaryFolder("sample-basics");
        var run = Command.Dotnet(Command.RepoRoot, "run", "--project", "samples/ScriptClassBasics", "-c", Configuration, "--", "--out", output.Path);
        Assert.True(run.ExitCode == 0, run.ToString());

        var rows = Regex.Matches(run.Output, @"^(\d\. .+?)\s+([\d,]+)\s+([\d,]+) B\s+(\S+)$", RegexOptions.Multiline);
        Assert.True(rows.Count == 4, run.ToString());
        foreach (Match row in rows)
        {
            double difference = double.Parse(row.Groups[4].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(difference <= 1e-5, $"{row.Groups[1].Value.Trim()}: {difference}\n{run}");
        }
        Assert.Equal(4, Directory.GetFiles(output.Path, "*.pt").Length);
    }

    [Fact]
    public void ImageClassifierLearnsAndItsExportScoresTheSame()
    {
        using var output = new TemporaryFolder("sample-classifier");
        var run = Command.Dotnet(Command.RepoRoot, "run", "--project", "samples/ImageClassifier", "-c", Configuration, "--", "--epochs", "2", "--out", output.Path);
        Assert.True(run.ExitCode == 0, run.ToString());

        Match accuracy = Regex.Match(run.Output, @"eager C#: ([\d.]+)%\s+exported TorchScript \(libtorch\): ([\d.]+)%");
        Assert.True(accuracy.Success, run.ToString());
        double eager = double.Parse(accuracy.Groups[1].Value, CultureInfo.InvariantCulture);
        double exported = double.Parse(accuracy.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.True(eager >= 70, $"six classes, chance is 16.7%; two epochs reached only {eager}%\n{run}");
        Assert.Equal(eager, exported);
        Assert.True(File.Exists(Path.Combine(output.Path, "image-classifier.pt")), run.ToString());

        // The export keeps the epoch with the best validation accuracy, not merely the last one.
        var epochs = Regex.Matches(run.Output, @"validation accuracy ([\d.]+)%").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Match kept = Regex.Match(run.Output, @"Keeping epoch (\d+) \(validation accuracy ([\d.]+)%\)");
        Assert.True(kept.Success && epochs.Count == 3, run.ToString());     // two epochs, and the kept one again
        Assert.Equal(epochs.Take(2).Max(), double.Parse(kept.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Equal(epochs.Take(2).ToList().IndexOf(epochs.Take(2).Max()) + 1, int.Parse(kept.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DiagnosticsSampleShowsEveryDiagnosticItsReadmePromises()
    {
        // Warnings are printed only when the compiler runs: remove the intermediate assembly so it must.
        string intermediate = Path.Combine(Command.RepoRoot, "samples", "Diagnostics", "obj", Configuration, "net10.0", "Diagnostics.dll");
        if (File.Exists(intermediate))
            File.Delete(intermediate);
        var build = Command.Dotnet(Command.RepoRoot, "build", "samples/Diagnostics", "-c", Configuration, "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());

        var reported = Regex.Matches(build.Output, @"warning (TSB\d{4}):").Select(m => m.Groups[1].Value).ToHashSet();
        var documented = Directory.GetFiles(Path.Combine(Command.RepoRoot, "docs", "diagnostics"), "TSB*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal(documented.Order(), reported.Order());

        // Every line of the README's expected output appears in the real build output (paths aside).
        string readme = File.ReadAllText(Path.Combine(Command.RepoRoot, "samples", "Diagnostics", "README.md"));
        string expected = Regex.Match(readme, "```text\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var lines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        foreach (string line in lines)
            Assert.True(build.Output.Contains(line, StringComparison.Ordinal), $"README line not in the build output: {line}\n{build}");
    }
}

using System.Diagnostics;
using System.Globalization;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>
/// The cost TorchScribe adds to a full rebuild: the same N-class zoo compiled by the SDK's csc, in a process of its
/// own (cold, as a build without the compiler server), with and without TorchScribe's analyzers and generator, runs
/// alternating. CPU time (user + system) and peak memory (maximum resident set) come from /usr/bin/time, because they
/// are the compiler process's, which BenchmarkDotNet cannot observe. A ratio is the median of the ratios of adjacent
/// pairs, which a machine's drift over the run affects less than a ratio of medians.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/TorchScribe.Benchmarks -- build-cost [sizes] [repeats]</c>.</remarks>
internal static class BuildCost
{
    /// <summary><c>write-zoo N folder</c>: the zoo and the two response files, to compile by hand (e.g. with /reportanalyzer).</summary>
    public static int Write(string[] args)
    {
        string folder = Path.GetFullPath(args[1]);
        Directory.CreateDirectory(folder);
        var sources = ModelZoo.Files(int.Parse(args[0], CultureInfo.InvariantCulture)).Select(f =>
        {
            string path = Path.Combine(folder, f.Name);
            File.WriteAllText(path, f.Source);
            return path;
        }).ToList();
        WriteResponseFile(folder, sources, torchScribe: false);
        WriteResponseFile(folder, sources, torchScribe: true);
        Console.WriteLine($"dotnet exec {Toolchain.Csc} @{Path.Combine(folder, "with.rsp")}");
        return 0;
    }

    public static int Run(string[] args)
    {
        int[] sizes = args.Length > 0 ? args[0].Split(',').Select(int.Parse).ToArray() : new[] { 100, 300, 1000 };
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine("| classes | CPU without (median) | CPU with (median) | CPU ratio (median of pairs) | peak memory without | peak memory with | memory ratio (median of pairs) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int size in sizes)
        {
            string folder = Path.Combine(Path.GetTempPath(), $"torchscribe-zoo-{size}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(folder);
            try
            {
                var sources = ModelZoo.Files(size).Select(f =>
                {
                    string path = Path.Combine(folder, f.Name);
                    File.WriteAllText(path, f.Source);
                    return path;
                }).ToList();
                var without = new List<(double Cpu, double Memory)>();
                var with = new List<(double Cpu, double Memory)>();
                for (int i = 0; i < repeats; i++)
                {
                    without.Add(Compile(folder, sources, torchScribe: false));
                    with.Add(Compile(folder, sources, torchScribe: true));
                }
                double cpu0 = Median(without.Select(r => r.Cpu)), cpu1 = Median(with.Select(r => r.Cpu));
                double mem0 = Median(without.Select(r => r.Memory)), mem1 = Median(with.Select(r => r.Memory));
                double cpuRatio = Median(with.Zip(without, (a, b) => a.Cpu / b.Cpu)), memoryRatio = Median(with.Zip(without, (a, b) => a.Memory / b.Memory));
                Console.WriteLine(FormattableString.Invariant(
                    $"| {size:N0} | {cpu0:F1} s | {cpu1:F1} s | **{cpuRatio:F2}×** | {mem0:F0} MiB | {mem1:F0} MiB | **{memoryRatio:F2}×** |"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        return 0;
    }

    /// <summary>One csc run; returns (CPU seconds, peak MiB).</summary>
    private static (double Cpu, double Memory) Compile(string folder, List<string> sources, bool torchScribe)
    {
        string rsp = WriteResponseFile(folder, sources, torchScribe);
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[] { "-f", "%U %S %M", "dotnet", "exec", Toolchain.Csc, "@" + rsp })
            start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"csc failed ({(torchScribe ? "with" : "without")} TorchScribe):\n{output}\n{error}");
        string[] figures = error.Trim().Split('\n').Last().Split(' ');
        double cpu = double.Parse(figures[0], CultureInfo.InvariantCulture) + double.Parse(figures[1], CultureInfo.InvariantCulture);
        return (cpu, double.Parse(figures[2], CultureInfo.InvariantCulture) / 1024);
    }

    /// <summary>The csc command line of a default net10.0 library build of <paramref name="sources"/>.</summary>
    private static string WriteResponseFile(string folder, List<string> sources, bool torchScribe)
    {
        string rsp = Path.Combine(folder, torchScribe ? "with.rsp" : "without.rsp");
        var lines = new List<string>
        {
            "/noconfig", "/nostdlib+", "/nologo", "/target:library", "/nullable:enable", "/langversion:latest",
            "/deterministic+", "/optimize+", "/debug:portable", "/warn:9",
            $"/out:\"{Path.Combine(folder, torchScribe ? "with.dll" : "without.dll")}\"",
        };
        lines.AddRange(Toolchain.ReferenceAssemblies.Concat(Toolchain.Libraries).Select(r => $"/reference:\"{r}\""));
        lines.AddRange(Toolchain.DefaultAnalyzers.Select(a => $"/analyzer:\"{a}\""));
        if (torchScribe)
            lines.AddRange(Toolchain.TorchScribeAnalyzers.Select(a => $"/analyzer:\"{a}\""));
        lines.AddRange(sources.Select(s => $"\"{s}\""));
        File.WriteAllLines(rsp, lines);
        return rsp;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

using System.Globalization;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Infrastructure;

/// <summary>
/// Exports a module, loads the archive with libtorch in a child process, runs it on the same inputs, and compares
/// with the eager C# forward: outputs (bit for bit) in eval and train mode, named_parameters names and
/// values, and the outputs after a torch.jit.save → load round trip.
/// </summary>
internal static class Equivalence
{
    /// <summary>Runs the comparison; returns the archive path (inside <paramref name="folder"/>).</summary>
    public static string AssertExportMatches(
        nn.Module module,
        Func<object> eagerForward,
        object[] arguments,
        TempFolder folder,
        string method = "forward",
        bool train = true,
        long seed = 1234)
    {
        string archive = folder.File("model.pt");
        TorchScript.Save(module, archive);

        var argumentSpecs = arguments.Select((a, i) => Argument(a, folder, i)).ToList();
        var modes = train ? new List<string> { "eval", "train" } : new List<string> { "eval" };
        var result = ScriptRunnerProcess.Run(new
        {
            Archive = archive,
            Output = folder.File("out"),
            Method = method,
            Arguments = argumentSpecs,
            Modes = modes,
            Seed = seed,
            RoundTrip = true,
        }, folder.File("out"));
        Assert.True(result.Succeeded, $"libtorch could not load or run the archive (exit {result.ExitCode}):\n{result.Error}\n{result.Output}\n{Code(archive)}");

        bool wasTraining = module.training;
        try
        {
            foreach (string mode in modes)
            {
                module.train(mode == "train");
                CompareOutputs(Run(eagerForward, seed), result.Folder, mode, archive);
            }
            module.eval();
            CompareOutputs(Run(eagerForward, seed), result.Folder, "roundtrip_eval", archive);
        }
        finally
        {
            module.train(wasTraining);
        }
        CompareTensors(module.named_parameters().Select(p => (p.name, (Tensor)p.parameter)).ToList(), result.Folder, "parameter");
        CompareTensors(module.named_buffers().Select(b => (b.name, b.buffer)).ToList(), result.Folder, "buffer");
        return archive;
    }

    /// <summary>
    /// Runs <paramref name="forward"/> right after seeding libtorch's process-wide generator, as the script runner
    /// does, so dropout draws the same masks on both sides (tests run one at a time: see AssemblyInfo.cs).
    /// </summary>
    public static object Run(Func<object> forward, long seed)
    {
        torch.manual_seed(seed);
        using var _ = torch.no_grad();
        return forward();
    }

    private static void CompareOutputs(object eager, string folder, string prefix, string? archive)
    {
        object[] items = eager switch
        {
            Tensor tensor => new object[] { tensor },
            System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]!).ToArray(),
            _ => new[] { eager },
        };
        for (int i = 0; i < items.Length; i++)
        {
            string path = Path.Combine(folder, $"{prefix}_{i}");
            if (items[i] is Tensor expected)
            {
                Assert.True(File.Exists(path + ".pt"), $"{prefix}: libtorch returned fewer results than C# ({i} of {items.Length})");
                using Tensor actual = torch.load(path + ".pt");
                AssertSame(expected, actual, $"{prefix} result {i}", archive);
            }
            else
            {
                string text = File.ReadAllText(path + ".txt");
                Assert.Equal(Convert.ToString(items[i], CultureInfo.InvariantCulture), text);
            }
        }
    }

    private static void CompareTensors(List<(string Name, Tensor Value)> eager, string folder, string kind)
    {
        string[] names = File.ReadAllLines(Path.Combine(folder, kind + "s.txt"));
        Assert.Equal(eager.Select(e => e.Name), names);
        for (int i = 0; i < names.Length; i++)
        {
            using Tensor loaded = torch.load(Path.Combine(folder, $"{kind}_{i}.pt"));
            Assert.True(eager[i].Value.dtype == loaded.dtype, $"{kind} {names[i]}: dtype {eager[i].Value.dtype} vs {loaded.dtype}");
            // Exactly equal, NaN where the other has NaN (running statistics of NaN input are NaN on both sides).
            Assert.True(eager[i].Value.shape.SequenceEqual(loaded.shape) && (loaded.numel() == 0 || MaxAbsDifference(eager[i].Value, loaded) == 0),
                $"{kind} {names[i]} differs after export");
        }
    }

    /// <summary>
    /// Runs each method of <paramref name="target"/> eagerly and compares its results with what the script runner
    /// wrote for that method into <paramref name="resultFolder"/>; returns one line per mismatching method.
    /// </summary>
    public static List<string> CompareMethods(IEnumerable<System.Reflection.MethodInfo> methods, object target, object[] arguments, string resultFolder)
    {
        var failures = new List<string>();
        foreach (System.Reflection.MethodInfo method in methods)
        {
            // What C# throws, the export must raise, and the other way round; the kinds are not compared.
            bool raised = File.Exists(Path.Combine(resultFolder, method.Name + ".failed.txt"));
            object result;
            try
            {
                // Each method gets its own copies, as each run of the script runner loads the arguments afresh: a method
                // that changes an argument in place (x.long().zero_() on an int64 x) must not reach the next one.
                object[] own = arguments.Select(a => a is TorchSharp.torch.Tensor t ? t.clone() : a).ToArray();
                result = Run(() => method.Invoke(target, own)!, 1234);
            }
            catch (System.Reflection.TargetInvocationException e)
            {
                if (!raised)
                    failures.Add($"{method.Name}: C# throws ({e.InnerException?.GetType().Name}: {e.InnerException?.Message.Split('\n')[0]}) but the export returns");
                continue;
            }
            if (raised)
            {
                failures.Add($"{method.Name}: the export raises but C# returns: {File.ReadAllText(Path.Combine(resultFolder, method.Name + ".failed.txt")).Split('\n')[0]}");
                continue;
            }
            try
            {
                CompareOutputs(result, resultFolder, method.Name, archive: null);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or FileNotFoundException)
            {
                failures.Add($"{method.Name}: {e.Message}");
            }
        }
        return failures;
    }

    /// <summary>
    /// Bit for bit: the same shape, dtype and values (NaN where the other has NaN). Every translation is op for op, so
    /// nothing is allowed to round differently.
    /// </summary>
    public static void AssertSame(Tensor expected, Tensor actual, string what, string? archive = null)
    {
        Assert.True(expected.shape.SequenceEqual(actual.shape),
            $"{what}: shape [{string.Join(",", expected.shape)}] in C#, [{string.Join(",", actual.shape)}] from libtorch");
        Assert.True(expected.dtype == actual.dtype, $"{what}: dtype {expected.dtype} in C#, {actual.dtype} from libtorch");
        if (expected.numel() == 0)
            return;
        double difference = MaxAbsDifference(expected, actual);
        Assert.True(difference == 0, $"{what}: max |eager - exported| = {difference}, not 0" + (archive is null ? "" : "\n" + Code(archive)));
    }

    public static double MaxAbsDifference(Tensor expected, Tensor actual)
    {
        using var scope = torch.NewDisposeScope();
        Tensor a = expected.detach().cpu();
        Tensor b = actual.detach().cpu();
        if (a.dtype == ScalarType.Bool)
            return a.eq(b).all().item<bool>() ? 0 : double.PositiveInfinity;
        Tensor x = a.to(ScalarType.Float64), y = b.to(ScalarType.Float64);
        // Equal values with the same sign (infinities included, -0 apart from 0) and NaN in both places agree; any other
        // NaN makes the maximum NaN, a failure, and a zero of the other sign counts as a difference of 1.
        Tensor agree = x.eq(y).logical_and(x.signbit().eq(y.signbit())).logical_or(x.isnan().logical_and(y.isnan()));
        Tensor difference = torch.where(x.eq(y), torch.ones_like(x), (x - y).abs());
        return torch.where(agree, torch.zeros_like(x), difference).max().item<double>();
    }

    /// <summary>The archive's code files, for failure messages.</summary>
    public static string Code(string archive)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(archive);
        return string.Join("\n", zip.Entries.Where(e => e.FullName.Contains("/code/")).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return $"--- {e.FullName}\n{reader.ReadToEnd()}";
        }));
    }

    /// <summary>Runs an archive's forward in libtorch, in a process of its own, in eval mode; returns its output tensors.</summary>
    public static List<Tensor> RunInLibTorch(string archive, Tensor[] inputs, TempFolder folder)
    {
        var result = ScriptRunnerProcess.Run(new
        {
            Archive = archive,
            Output = folder.File("run"),
            Arguments = inputs.Select((t, i) => Argument(t, folder, i)).ToList(),
            RoundTrip = false,
        }, folder.File("run"));
        Assert.True(result.Succeeded, $"libtorch could not load or run the archive (exit {result.ExitCode}):\n{result.Error}");
        var outputs = new List<Tensor>();
        for (int i = 0; File.Exists(Path.Combine(result.Folder, $"eval_{i}.pt")); i++)
            outputs.Add(torch.load(Path.Combine(result.Folder, $"eval_{i}.pt")));
        return outputs;
    }

    private static string Argument(object argument, TempFolder folder, int index) => argument switch
    {
        Tensor tensor => Save(tensor, folder.File($"input_{index}.pt")),
        null => "none",
        _ => TorchScribe.ScriptRunner.ExactValue.Argument(argument),
    };

    private static string Save(Tensor tensor, string path)
    {
        torch.save(tensor, path);
        return "tensor:" + path;
    }
}

using System.Diagnostics;
using System.Text.Json;
using TorchScribe.Runtime;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>
/// The PyTorch tier: the archives of every [ScriptClass] in the catalog and of every stock module run in a real PyTorch
/// (Debian's python3-torch, 1.13, which .ci/run installs when missing), and must compute what the C# forward computes.
/// Archives that need a newer PyTorch (ModelCatalog's NeedsPyTorch) must fail there instead. Never skipped: without
/// PyTorch the test fails and says how to install it.
/// </summary>
public sealed class PyTorchInteropTests(ITestOutputHelper output)
{
    /// <summary>Debian's own interpreter, which python3-torch installs into (not whichever python3 is first on PATH).</summary>
    private const string Python = "/usr/bin/python3";

    [Fact]
    public void EveryArchiveRunsInPyTorchAndComputesWhatCSharpComputes()
    {
        using var folder = new TempFolder("pytorch-tier");
        int cases = 0;
        foreach (ModelCatalog.Entry entry in ModelCatalog.All.Where(e => e.SaveError is null))
        {
            manual_seed(42);
            var (module, inputs) = entry.Create();
            if (((IScriptModule)module).ScriptDefinition.Errors.Count > 0)
                continue;
            // What the op table knows agrees with what this PyTorch does: an archive for 1.13 is refused exactly when
            // the class needs a newer PyTorch, and the tier below checks the rest does run in 1.13.
            var forOldest = new TorchScriptSaveOptions { MinimumPyTorch = new Version(1, 13) };
            if (entry.NeedsPyTorch is null)
                TorchScript.Save(module, new MemoryStream(), forOldest);
            else
                Assert.Contains($"since {entry.NeedsPyTorch}", Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(module, new MemoryStream(), forOldest)).Message);
            // The op catalogs' other methods run too: every op-table row then runs in this PyTorch.
            var methods = OpTableTests.Catalogs.Contains(entry.Type) ? OpTableTests.ScriptMethods(entry.Type) : new List<System.Reflection.MethodInfo>();
            WriteCase(folder.File(entry.Type.Name), module, inputs, () => ModelCatalog.Forward(module, inputs), entry.NeedsPyTorch,
                methods.Select(m => (m.Name, (Func<object>)(() => m.Invoke(module, inputs)!))));
            cases++;
        }
        foreach (string name in ((IEnumerable<object[]>)BuiltinModuleTests.Modules).Select(row => (string)row[0]))
        {
            manual_seed(42);
            var (module, input) = BuiltinModuleTests.Create(name);
            var model = nn.Sequential(("first", (nn.Module<Tensor, Tensor>)module));
            WriteCase(folder.File("builtin-" + name), model, new object[] { input }, () => model.forward(input), null, Array.Empty<(string, Func<object>)>());
            cases++;
        }

        var run = RunPython(Path.Combine(AppContext.BaseDirectory, "pytorch", "run_archives.py"), folder.Path);
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");
        Assert.Equal(cases, run.Output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnArchiveForAnOlderPyTorchRefusesNewerOpsAndSaysWhich()
    {
        var error = Assert.Throws<TorchScriptExportException>(() =>
            TorchScript.Save(new PyTorch2Ops(), new MemoryStream(), new TorchScriptSaveOptions { MinimumPyTorch = new Version(1, 13) }));
        Assert.Equal("", error.ModulePath);
        Assert.Contains("functional.scaled_dot_product_attention, which PyTorch has only since 2.0, but the archive must load in PyTorch 1.13", error.Message);

        TorchScript.Save(new PyTorch2Ops(), new MemoryStream(), new TorchScriptSaveOptions { MinimumPyTorch = new Version(2, 0) });
        TorchScript.Save(new PyTorch2Ops(), new MemoryStream());
        TorchScript.Save(new OpCatalog(), new MemoryStream(), new TorchScriptSaveOptions { MinimumPyTorch = new Version(1, 13) });
    }

    /// <summary>
    /// Plain classes, NamedTuples and module interfaces are laid out as PyTorch lays them out: the Python twin of
    /// <see cref="LayoutTwin"/>, scripted and saved by PyTorch 1.13, has the same classes (bases, attributes and their
    /// types, __init__, interface methods) in code/ and the same object tree in data.pkl (classes, attribute order,
    /// values, tuples for NamedTuples, tensors); and PyTorch runs TorchScribe's archive to the C# result, bit for bit.
    /// </summary>
    [Fact]
    public void ScriptClassObjectsAreLaidOutAsPyTorchLaysThemOut()
    {
        using var folder = new TempFolder("pytorch-script-classes");
        var model = new LayoutTwin();
        model.eval();
        TorchScript.Save(model, folder.File("torchscribe.pt"));
        Tensor x = tensor(new[] { -3f, 0.25f, 5f });
        Tensor expected;
        using (no_grad())
            expected = model.forward(x);
        File.WriteAllBytes(folder.File("input.bin"), x.bytes.ToArray());
        File.WriteAllBytes(folder.File("expected.bin"), expected.bytes.ToArray());

        var run = RunPython(Path.Combine(AppContext.BaseDirectory, "pytorch", "script_classes.py"), folder.Path);
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");
        using JsonDocument layouts = JsonDocument.Parse(run.Output);
        JsonElement pytorch = layouts.RootElement.GetProperty("pytorch");
        JsonElement ours = layouts.RootElement.GetProperty("torchscribe");
        Assert.Equal(pytorch.GetProperty("code").ToString(), ours.GetProperty("code").ToString());
        Assert.Equal(pytorch.GetProperty("data").ToString(), ours.GetProperty("data").ToString());
        Assert.True(layouts.RootElement.GetProperty("twin_result").GetBoolean(), "the Python twin computes something else than the C# model");
        Assert.True(layouts.RootElement.GetProperty("same_result").GetBoolean(), "PyTorch runs TorchScribe's archive to another result");
    }

    /// <summary>
    /// The archive, the inputs, and the eval-mode C# outputs of the forward and of <paramref name="methods"/>, as raw
    /// little-endian tensors PyTorch reads without TorchSharp.
    /// </summary>
    private static void WriteCase(string folder, nn.Module module, object[] inputs, Func<object> forward, string? needsPyTorch,
        IEnumerable<(string Name, Func<object> Run)> methods)
    {
        Directory.CreateDirectory(folder);
        module.eval();
        TorchScript.Save(module, Path.Combine(folder, "model.pt"));
        var inputSpecs = inputs.Select((input, i) => Raw(folder, $"input_{i}", (Tensor)input)).ToList();
        var expectedSpecs = Expected(folder, "expected", forward);
        var methodSpecs = methods.Select(m => new { name = m.Name, expected = Expected(folder, m.Name, m.Run) }).ToList();
        File.WriteAllText(Path.Combine(folder, "case.json"), JsonSerializer.Serialize(new { inputs = inputSpecs, expected = expectedSpecs, methods = methodSpecs, needsPyTorch }));
    }

    /// <summary>What <paramref name="run"/> returns in eval mode after the seed the PyTorch side sets too, as raw files.</summary>
    private static List<object> Expected(string folder, string prefix, Func<object> run)
    {
        object result;
        using (no_grad())
        {
            manual_seed(1234);
            result = run();
        }
        return Flatten(result).Select((tensor, i) => Raw(folder, $"{prefix}_{i}", tensor)).ToList();
    }

    private static object Raw(string folder, string name, Tensor tensor)
    {
        using Tensor contiguous = tensor.detach().cpu().contiguous();
        File.WriteAllBytes(Path.Combine(folder, name + ".bin"), contiguous.bytes.ToArray());
        return new { file = name + ".bin", dtype = contiguous.dtype.ToString(), shape = contiguous.shape };
    }

    /// <summary>
    /// The tensors of a result, numbers as 0-d tensors of TorchScript's types (int is 64-bit, float is double), which
    /// is how the PyTorch side reads the numbers it gets back.
    /// </summary>
    private static IEnumerable<Tensor> Flatten(object result) => result switch
    {
        Tensor tensor => new[] { tensor },
        System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Flatten(tuple[i]!)),
        bool value => new[] { tensor(value) },
        int or long or short or sbyte or byte or ushort or uint => new[] { tensor(Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture)) },
        float or double => new[] { tensor(Convert.ToDouble(result, System.Globalization.CultureInfo.InvariantCulture), ScalarType.Float64) },
        _ => throw new InvalidOperationException($"a method returned {result.GetType().Name}"),
    };

    private static (int ExitCode, string Output, string Error) RunPython(string script, string folder)
    {
        if (!File.Exists(Python))
            Assert.Fail($"{Python} is missing: install Debian's python3-torch (apt-get install -y python3-torch), as .ci/run does.");
        var start = new ProcessStartInfo(Python, new[] { script, folder }) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PYTHONNOUSERSITE"] = "1";
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (error.Result.Contains("No module named 'torch'", StringComparison.Ordinal))
            Assert.Fail("PyTorch is not installed for " + Python + ": apt-get install -y python3-torch (as .ci/run does).");
        return (process.ExitCode, text, error.Result);
    }
}

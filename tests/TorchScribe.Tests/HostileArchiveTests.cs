using System.IO.Compression;
using System.Text;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>
/// Hostile and damaged archives, each loaded with TorchScript.Load in a child process: the process survives and the
/// TorchScriptLoadException names the problem, where torch.jit.load alone crashes or computes garbage.
/// </summary>
public sealed class HostileArchiveTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "os-system", "the global 'os.system'" },
        { "nested-lists", "nest more than 1000 levels" },
        { "undefined-class", "the class '__torch__.TorchScribe.Tests.Models.Net', which the archive's code does not define" },
        { "missing-attribute", "has no value for 'extra', which its class declares" },
        { "flipped-weight-byte", "its CRC-32 does not match" },
        { "short-storage", "'archive/data/0' has 160 bytes; its 80 elements need 320" },
        { "zip-bomb", "may be a zip bomb" },
        { "stack-underflow", "its stack is empty" },
        { "unknown-opcode", "opcode 0x8c" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LoadSurvivesAndNamesTheProblem(string name, string expected)
    {
        using var folder = new TempFolder("hostile-" + name);
        string archive = Hostile(name, folder);
        var result = ScriptRunnerProcess.Run(new { Archive = archive, Output = folder.File("out"), LoadThroughTorchScribe = true, RoundTrip = false }, folder.File("out"));
        Assert.True(result.Succeeded, $"the loading process did not survive (exit {result.ExitCode}):\n{result.Error}");
        string error = File.ReadAllText(Path.Combine(folder.File("out"), "load-error.txt"));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot load TorchScript archive '{archive}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeLibTorchCannotCompileIsReportedFromAChildProcess()
    {
        using var folder = new TempFolder("hostile-type-error");
        string archive = Hostile("type-error", folder);
        var checkedOnly = ScriptRunnerProcess.Run(new { Archive = archive, Output = folder.File("checked"), LoadThroughTorchScribe = true, RoundTrip = false }, folder.File("checked"));
        Assert.False(checkedOnly.Succeeded);       // the checks cannot see type errors: libtorch aborts the process

        var result = ScriptRunnerProcess.Run(new { Archive = archive, Output = folder.File("out"), LoadThroughTorchScribe = true, CompileInChildProcess = true, RoundTrip = false }, folder.File("out"));
        Assert.True(result.Succeeded, $"the loading process did not survive (exit {result.ExitCode}):\n{result.Error}");
        string error = File.ReadAllText(Path.Combine(folder.File("out"), "load-error.txt"));
        Assert.Contains("libtorch cannot compile its code", error, StringComparison.Ordinal);
        Assert.Contains("Expected a value of type 'Tensor' for argument 'mat2'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTestHostItselfSurvivesCodeLibTorchCannotCompile()
    {
        // Here the child is the test host again (dotnet exec testhost.dll with this project's runtime config and deps).
        using var folder = new TempFolder("host-type-error");
        var options = new TorchScriptLoadOptions { CompileInChildProcess = true };
        var error = Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(Hostile("type-error", folder), options));
        Assert.Contains("libtorch cannot compile its code: Arguments for call are not valid", error.Message);
        using var loaded = TorchScript.Load(folder.File("valid.pt"), options);
        Assert.Equal(new Net().named_parameters().Select(p => p.name), loaded.named_parameters().Select(p => p.name));
    }

    [Fact]
    public void ValidArchivesLoadWhenCompiledInAChildProcessFirst()
    {
        using var folder = new TempFolder("child-compile");
        string archive = folder.File("net.pt");
        TorchScript.Save(new Net(), archive);
        string input = folder.File("x.pt");
        save(randn(4, 8), input);
        var result = ScriptRunnerProcess.Run(new { Archive = archive, Output = folder.File("out"), LoadThroughTorchScribe = true, CompileInChildProcess = true, RoundTrip = false, Arguments = new[] { "tensor:" + input } }, folder.File("out"));
        Assert.False(File.Exists(Path.Combine(folder.File("out"), "load-error.txt")), result.Error);
        Assert.True(result.Succeeded, $"the checked, child-compiled archive did not load and run (exit {result.ExitCode}):\n{result.Error}");
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "eval_0.pt")));
    }

    [Theory]
    [InlineData("os-system")]
    [InlineData("nested-lists")]
    [InlineData("missing-attribute")]
    public void TorchJitLoadAloneWouldCrash(string name)
    {
        using var folder = new TempFolder("unchecked-" + name);
        var result = ScriptRunnerProcess.Run(new { Archive = Hostile(name, folder), Output = folder.File("out"), RoundTrip = false }, folder.File("out"));
        Assert.False(result.Succeeded);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void StateDictsPicklesAndTorchSharpWeightFilesAreNamed()
    {
        using var folder = new TempFolder("foreign");
        string weights = folder.File("weights.dat");
        new Net().save(weights);
        Assert.Contains("TorchSharp's Module.save", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(weights)).Message);

        string pickle = folder.File("legacy.pt");
        File.WriteAllBytes(pickle, new byte[] { 0x80, 0x02, (byte)'N', (byte)'.' });
        Assert.Contains("plain Python pickle", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(pickle)).Message);

        string stateDict = folder.File("state.pt");
        using (var zip = ZipFile.Open(stateDict, ZipArchiveMode.Create))
        {
            foreach (string record in new[] { "archive/data.pkl", "archive/version", "archive/data/0" })
                zip.CreateEntry(record);
        }
        string message = Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(stateDict)).Message;
        Assert.Contains("state dict saved with torch.save", message);
        Assert.DoesNotContain("constants.pkl", message);
    }

    /// <summary>A valid archive of <see cref="Net"/>, broken the way <paramref name="name"/> says.</summary>
    private static string Hostile(string name, TempFolder folder)
    {
        string valid = folder.File("valid.pt");
        TorchScript.Save(new Net(), valid);
        string hostile = folder.File(name + ".pt");
        switch (name)
        {
            case "os-system":
                Rewrite(valid, hostile, (record, content) => record.EndsWith("/data.pkl", StringComparison.Ordinal)
                    ? Pickle("cos\nsystem\nX\u0004\0\0\0echo\u0085R.")
                    : content);
                break;
            case "nested-lists":
                Rewrite(valid, hostile, (record, content) => record.EndsWith("/data.pkl", StringComparison.Ordinal)
                    ? Pickle(new string(']', 200_000) + new string('a', 199_999) + ".")
                    : content);
                break;
            case "undefined-class":
                Rewrite(valid, hostile, (record, content) => record.Contains("/code/", StringComparison.Ordinal)
                    ? Replace(content, "class Net(Module):", "class Other(Module):")
                    : content);
                break;
            case "type-error":
                Rewrite(valid, hostile, (record, content) => record.Contains("/code/", StringComparison.Ordinal)
                    ? Replace(content, "torch.relu(self.linear1.forward(x))", "torch.mm(self.linear1.forward(x), 1)")
                    : content);
                break;
            case "missing-attribute":
                Rewrite(valid, hostile, (record, content) => record.Contains("/code/", StringComparison.Ordinal)
                    ? Replace(content, "class Net(Module):\n", "class Net(Module):\n  extra : int\n")
                    : content);
                break;
            case "short-storage":
                Rewrite(valid, hostile, (record, content) => record.EndsWith("/data/0", StringComparison.Ordinal) ? content.Take(content.Length / 2).ToArray() : content);
                break;
            case "zip-bomb":
                Rewrite(valid, hostile, (_, content) => content, extra: "archive/extra/zeros");
                break;
            case "stack-underflow":
                Rewrite(valid, hostile, (record, content) => record.EndsWith("/data.pkl", StringComparison.Ordinal) ? Pickle("a.") : content);
                break;
            case "unknown-opcode":
                Rewrite(valid, hostile, (record, content) => record.EndsWith("/data.pkl", StringComparison.Ordinal) ? Pickle("\u008c\u0001x.") : content);
                break;
            case "flipped-weight-byte":
                FlipWeightByte(valid, hostile);
                break;
        }
        return hostile;
    }

    /// <summary>Copies an archive record by record, each through <paramref name="edit"/>; stored, as libtorch writes them.</summary>
    private static void Rewrite(string source, string target, Func<string, byte[], byte[]> edit, string? extra = null)
    {
        using ZipArchive input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (ZipArchiveEntry entry in input.Entries)
        {
            using var buffer = new MemoryStream();
            using (Stream content = entry.Open())
                content.CopyTo(buffer);
            using Stream written = output.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
            written.Write(edit(entry.FullName, buffer.ToArray()));
        }
        if (extra is not null)
        {
            // 300 MB of zeros, deflated to a few hundred kilobytes.
            using Stream bomb = output.CreateEntry(extra, CompressionLevel.Fastest).Open();
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++)
                bomb.Write(zeros);
        }
    }

    /// <summary>Flips one byte of the first weight storage inside the zip file, leaving the record's CRC as it was.</summary>
    private static void FlipWeightByte(string source, string target)
    {
        byte[] weights;
        using (ZipArchive zip = ZipFile.OpenRead(source))
        {
            using var buffer = new MemoryStream();
            using (Stream content = zip.Entries.Single(e => e.FullName.EndsWith("/data/0", StringComparison.Ordinal)).Open())
                content.CopyTo(buffer);
            weights = buffer.ToArray();
        }
        byte[] file = File.ReadAllBytes(source);
        int at = file.AsSpan().IndexOf(weights);
        Assert.True(at > 0);
        file[at + weights.Length / 2] ^= 0x40;
        File.WriteAllBytes(target, file);
    }

    private static byte[] Pickle(string opcodes) => new byte[] { 0x80, 0x02 }.Concat(Encoding.Latin1.GetBytes(opcodes)).ToArray();

    /// <summary>The code record with <paramref name="from"/> replaced; other records (other classes' code) as they are.</summary>
    private static byte[] Replace(byte[] content, string from, string to) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace(from, to, StringComparison.Ordinal));
}

using System.IO.Compression;
using System.Text;
using TorchScribe.Export;
using TorchScribe.Export.Archive;
using TorchScribe.Runtime;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>The archive writer: libtorch's exact pickle bytes, determinism, atomic writes, version records, errors.</summary>
public sealed class ArchiveTests
{
    // data.pkl that torch.jit.save writes for the reference cases (a) and (b) of the archive format notes.
    private const string CaseA = "8002635f5f746f7263685f5f0a54734c617965720a710029817d285806000000776569676874710163746f7263682e5f7574696c730a5f72656275696c645f74656e736f725f76320a71022828580700000073746f72616765710363746f7263680a466c6f617453746f726167650a71045801000000307105580300000063707571064b32745171074b00284b0a4b0574284b054b01748863636f6c6c656374696f6e730a4f726465726564446963740a71082952745271095808000000747261696e696e67710a8958160000005f69735f66756c6c5f6261636b776172645f686f6f6b710b4e7562710c2e";
    private const string CaseB = "8002635f5f746f7263685f5f0a4e65740a710029817d285808000000747261696e696e6771018958160000005f69735f66756c6c5f6261636b776172645f686f6f6b71024e58070000006c696e656172317103635f5f746f7263685f5f2e746f7263682e6e6e2e6d6f64756c65732e6c696e6561720a4c696e6561720a710429817d285806000000776569676874710563746f7263682e5f7574696c730a5f72656275696c645f74656e736f725f76320a71062828580700000073746f72616765710763746f7263680a466c6f617453746f726167650a710858010000003071095803000000637075710a4b507451710b4b00284b0a4b0874284b084b01748863636f6c6c656374696f6e730a4f726465726564446963740a710c29527452710d580400000062696173710e6806282868076808580100000031710f680a4b0a745171104b00284b0a74284b017488680c29527452711168018968024e7562580800000074735f6c617965727112635f5f746f7263685f5f0a54734c617965720a711329817d28680568062828680768085801000000327114680a4b32745171154b00284b0a4b0574284b054b017488680c29527452711668018968024e7562756271172e";

    private static ScriptObject TsLayer() => new(
        new ScriptClass(new ScriptClassName("__torch__", "TsLayer"), "", new[] { "weight", "training", "_is_full_backward_hook" }),
        new Dictionary<string, (ScriptType, object?)>
        {
            ["weight"] = (ScriptType.Tensor, Parameter(10, 5)),
            ["training"] = (ScriptType.Bool, false),
            ["_is_full_backward_hook"] = (ScriptType.Optional(ScriptType.Bool), null),
        });

    private static Tensor Parameter(params long[] shape) => nn.Parameter(zeros(shape));

    [Fact]
    public void PicklesCaseAByteForByteLikeLibtorch() =>
        Assert.Equal(CaseA, Convert.ToHexString(new ObjectPickler().Pickle(TsLayer())).ToLowerInvariant());

    [Fact]
    public void PicklesCaseBByteForByteLikeLibtorch()
    {
        var linear = new ScriptObject(
            new ScriptClass(ScriptClassName.TorchNn("linear", "Linear"), "", new[] { "weight", "bias", "training", "_is_full_backward_hook" }),
            new Dictionary<string, (ScriptType, object?)>
            {
                ["weight"] = (ScriptType.Tensor, Parameter(10, 8)),
                ["bias"] = (ScriptType.Tensor, Parameter(10)),
                ["training"] = (ScriptType.Bool, false),
                ["_is_full_backward_hook"] = (ScriptType.Optional(ScriptType.Bool), null),
            });
        var net = new ScriptObject(
            new ScriptClass(new ScriptClassName("__torch__", "Net"), "", new[] { "training", "_is_full_backward_hook", "linear1", "ts_layer" }),
            new Dictionary<string, (ScriptType, object?)>
            {
                ["training"] = (ScriptType.Bool, false),
                ["_is_full_backward_hook"] = (ScriptType.Optional(ScriptType.Bool), null),
                ["linear1"] = (ScriptType.Class("__torch__.torch.nn.modules.linear.Linear"), linear),
                ["ts_layer"] = (ScriptType.Class("__torch__.TsLayer"), TsLayer()),
            });
        Assert.Equal(CaseB, Convert.ToHexString(new ObjectPickler().Pickle(net)).ToLowerInvariant());
    }

    [Fact]
    public void SameModelGivesTheSameBytes()
    {
        var model = new Net();
        var first = new MemoryStream();
        var second = new MemoryStream();
        TorchScript.Save(model, first);
        TorchScript.Save(model, second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void StoragesAreContiguousLittleEndianCopies()
    {
        using var folder = new TempFolder("storage");
        var model = new WithBuffer(arange(12, dtype: ScalarType.Float32).reshape(3, 4).t());   // non-contiguous
        string path = folder.File("buffer.pt");
        TorchScript.Save(model, path);
        using var zip = ZipFile.OpenRead(path);
        using var data = new MemoryStream();
        zip.GetEntry("archive/data/0")!.Open().CopyTo(data);
        float[] values = new float[12];
        Buffer.BlockCopy(data.ToArray(), 0, values, 0, 48);
        Assert.Equal(new float[] { 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11 }, values);
    }

    [Fact]
    public void StoragesLargerThanOneChunkAreWrittenWhole()
    {
        // Storages over 2 GiB cannot be one span; they are written in chunks. Tiny chunks show the seams are exact.
        var model = new WithBuffer(arange(1000, dtype: ScalarType.Float32).reshape(10, 100).t());
        var exporter = new ModuleExporter(new TorchScriptSaveOptions());
        ScriptObject root = exporter.Export(model, "");
        var whole = new MemoryStream();
        var chunked = new MemoryStream();
        ArchiveWriter.Write(whole, root, exporter.CodeFiles(), exporter.FileVersion);
        ArchiveWriter.Write(chunked, root, exporter.CodeFiles(), exporter.FileVersion, chunkBytes: 28);
        Assert.Equal(whole.ToArray(), chunked.ToArray());
    }

    [Theory]
    [InlineData("plain", "3")]
    [InlineData("divides", "4")]
    [InlineData("gelu", "10")]
    public void VersionRecordIsRaisedExactlyForOpsWithUpgraders(string kind, string version)
    {
        nn.Module model = kind switch
        {
            "plain" => nn.Sequential(("a", nn.Linear(2, 2)), ("b", nn.ReLU())),
            "divides" => new Halver(),
            _ => nn.Sequential(("a", nn.GELU())),
        };
        var stream = new MemoryStream();
        TorchScript.Save(model, stream);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        using var reader = new StreamReader(zip.GetEntry("archive/version")!.Open());
        Assert.Equal(version + "\n", reader.ReadToEnd());
    }

    [Fact]
    public void FailedExportLeavesNoFileAndKeepsTheOldOne()
    {
        using var folder = new TempFolder("atomic");
        string path = folder.File("model.pt");
        File.WriteAllText(path, "previous");
        var model = nn.Sequential(("ok", nn.Linear(2, 2)), ("custom", new NotScriptable()));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(model, path));
        Assert.Equal("custom", error.ModulePath);
        Assert.Contains("not a [ScriptClass]", error.Message);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void ScriptClassWithTranslationErrorsNamesThemAtExport()
    {
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.Sequential(("inner", new Chatty())), new MemoryStream()));
        Assert.Equal("inner", error.ModulePath);
        Assert.Contains("TSB0004", error.Message);
        Assert.Contains("Console.WriteLine", error.Message);
    }

    [Fact]
    public void LoadReportsMissingTruncatedAndForeignFiles()
    {
        using var folder = new TempFolder("load");
        Assert.Contains("does not exist", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(folder.File("none.pt"))).Message);

        string garbage = folder.File("garbage.pt");
        File.WriteAllBytes(garbage, Encoding.ASCII.GetBytes("this is not an archive"));
        Assert.Contains("not a valid zip", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(garbage)).Message);

        string complete = folder.File("complete.pt");
        TorchScript.Save(new Net(), complete);
        byte[] bytes = File.ReadAllBytes(complete);
        string truncated = folder.File("truncated.pt");
        File.WriteAllBytes(truncated, bytes.Take(bytes.Length / 2).ToArray());
        Assert.Contains("truncated or corrupt", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(truncated)).Message);

        string stateDict = folder.File("state.pt");
        using (var zip = ZipFile.Open(stateDict, ZipArchiveMode.Create))
        {
            foreach (string name in new[] { "archive/data.pkl", "archive/constants.pkl", "archive/version" })
                zip.CreateEntry(name);
        }
        Assert.Contains("no code", Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(stateDict)).Message);

        var loaded = TorchScript.Load(complete);
        Assert.Equal(new Net().named_parameters().Select(p => p.name), loaded.named_parameters().Select(p => p.name));
    }
}

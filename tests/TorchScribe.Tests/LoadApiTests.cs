using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>The torch.jit-shaped API around Save: loads from streams, typed loads, a device to load onto, Compile.</summary>
public sealed class LoadApiTests
{
    [Fact]
    public void AStreamLoadsAfterTheSameChecksAsAFile()
    {
        manual_seed(5);
        var model = new Net();
        model.eval();
        Tensor x = randn(3, 8);
        using var archive = new MemoryStream();
        TorchScript.Save(model, archive);
        archive.Position = 0;
        using var loaded = TorchScript.Load(archive);
        Assert.Equal(0.0, (model.forward(x) - (Tensor)loaded.forward(x)).abs().max().item<float>());

        var error = Assert.Throws<TorchScriptLoadException>(() => TorchScript.Load(new MemoryStream(new byte[] { 1, 2, 3 })));
        Assert.Equal("<stream>", error.Path);
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath(), "torchscribe-*.pt"), f => File.GetLastWriteTimeUtc(f) > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void TypedLoadsNeedNoCastsAndLoadOntoTheRequestedDevice()
    {
        manual_seed(6);
        var model = new Net();
        model.eval();
        Tensor x = randn(3, 8);
        using var folder = new TempFolder("typed-load");
        string path = folder.File("net.pt");
        TorchScript.Save(model, path);

        using jit.ScriptModule<Tensor, Tensor> typed = TorchScript.Load<Tensor, Tensor>(path, new TorchScriptLoadOptions { Device = CPU });
        Tensor y = typed.forward(x);
        Assert.Equal(0.0, (model.forward(x) - y).abs().max().item<float>());
        Assert.All(typed.parameters(), p => Assert.Equal(TorchSharp.DeviceType.CPU, p.device_type));
    }

    [Fact]
    public void CompileGivesTheModuleAsTorchScriptWithoutAFile()
    {
        manual_seed(7);
        var model = new Net();
        model.eval();
        Tensor x = randn(2, 8);
        using jit.ScriptModule compiled = TorchScript.Compile(model);
        Assert.Equal(0.0, (model.forward(x) - (Tensor)compiled.forward(x)).abs().max().item<float>());
        Assert.Equal(model.named_parameters().Select(p => p.name), compiled.named_parameters().Select(p => p.name));
    }

    [Fact]
    public void StockModulesExportCannotWriteAreNeverCalledScriptClassCandidates()
    {
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.Sequential(("act", nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 }))), new MemoryStream()));
        Assert.Equal("act", error.ModulePath);
        Assert.Contains("stock TorchSharp module TorchScribe cannot export yet", error.Message);
        Assert.DoesNotContain("[ScriptClass] (and partial)", error.Message);
    }
}

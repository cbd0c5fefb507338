using BenchmarkDotNet.Attributes;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Benchmarks;

/// <summary>
/// The exported archive run through torch.jit.load against the eager C# forward: SmallMlp on a 32×128 batch,
/// MediumCnn on a 16×3×64×64 batch.
/// </summary>
public class InferenceBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "torchscribe-bench-" + Guid.NewGuid().ToString("N"));
    private nn.Module<Tensor, Tensor> eager = null!;
    private jit.ScriptModule<Tensor, Tensor> exported = null!;
    private Tensor input = null!;
    private IDisposable noGrad = null!;

    [Params("SmallMlp", "MediumCnn")]
    public string Model { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        bool small = Model == "SmallMlp";
        eager = small ? new GeneratedMlp() : new MediumCnn();
        eager.eval();
        input = small ? torch.randn(32, 128) : torch.randn(16, 3, 64, 64);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "model.pt");
        TorchScript.Save(eager, path);
        exported = torch.jit.load<Tensor, Tensor>(path);
        exported.eval();
        noGrad = torch.no_grad();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        noGrad.Dispose();
        exported.Dispose();
        eager.Dispose();
        input.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void EagerCSharp()
    {
        using Tensor output = eager.forward(input);
    }

    [Benchmark]
    public void ExportedTorchScript()
    {
        using Tensor output = exported.forward(input);
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TorchSharp;

namespace TorchScribe.Benchmarks;

/// <summary>
/// Writing a ~100M-parameter model (400 MB of float32) as a TorchScript archive against TorchSharp's own
/// module.save of the same model. Target ratio: at most 1.2. Measured on disk (the temp folder), where the disk's
/// write-back dominates and varies, and in memory (/dev/shm), which isolates the serialization itself.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ExportBenchmarks
{
    private LargeMlp model = null!;
    private string folder = "";

    [Params("disk", "memory")]
    public string Target { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        model = new LargeMlp();
        string root = Target == "memory" ? "/dev/shm" : Path.GetTempPath();
        folder = Path.Combine(root, "torchscribe-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        long parameters = model.parameters().Sum(p => p.numel());
        Console.WriteLine($"// LargeMlp: {parameters:N0} parameters, written to {folder}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        model.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void TorchSharpModuleSave() => model.save(Path.Combine(folder, "weights.dat"));

    [Benchmark]
    public void TorchScriptSave() => TorchScript.Save(model, Path.Combine(folder, "model.pt"));
}

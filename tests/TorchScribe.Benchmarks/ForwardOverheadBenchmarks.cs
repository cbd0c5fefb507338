using BenchmarkDotNet.Attributes;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Benchmarks;

/// <summary>
/// The cost of the generated forward (dispose scope + alias check) against a hand-written forward with its own
/// dispose scope, on the same weights. Target: within 3%.
/// </summary>
[MemoryDiagnoser]
public class ForwardOverheadBenchmarks
{
    private GeneratedMlp generated = null!;
    private HandWrittenMlp handWritten = null!;
    private Tensor input = null!;
    private IDisposable noGrad = null!;

    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        generated = new GeneratedMlp();
        handWritten = new HandWrittenMlp();
        handWritten.load_state_dict(generated.state_dict());
        generated.eval();
        handWritten.eval();
        input = torch.randn(32, 128);
        noGrad = torch.no_grad();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        noGrad.Dispose();
        input.Dispose();
        generated.Dispose();
        handWritten.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenWithOwnScope()
    {
        using Tensor output = handWritten.forward(input);
    }

    [Benchmark]
    public void Generated()
    {
        using Tensor output = generated.forward(input);
    }
}

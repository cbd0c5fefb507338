using TorchScribe.Tests.Models;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Modules whose registration, device moves and forward are generated, run with real TorchSharp.</summary>
public sealed class GeneratedModuleTests
{
    [Fact]
    public void RegistersTheSameKeysPyTorchWouldForTheSameFields()
    {
        var generated = new Mlp(4, 8, 2);
        var reference = new HandWrittenMlp(4, 8, 2);
        Assert.Equal(new[] { "scale", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias" }, generated.named_parameters().Select(p => p.name));
        Assert.Equal(reference.named_parameters().Select(p => p.name), generated.named_parameters().Select(p => p.name));
        Assert.Equal(reference.state_dict().Keys.OrderBy(k => k), generated.state_dict().Keys.OrderBy(k => k));
        Assert.Equal(new[] { "fc1", "fc2", "scale", "calls" }, Mlp.ComponentNames);
    }

    [Fact]
    public void UsesComponentNamesAndPropertyNamesNotBackingFields()
    {
        var model = new Named();
        Assert.Equal(new[] { "proj.weight", "proj.bias", "Head.weight", "Head.bias" }, model.named_parameters().Select(p => p.name));
    }

    [Fact]
    public void Trains()
    {
        manual_seed(3);
        var model = new Mlp(1, 16, 1);
        var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        Tensor x = linspace(-1, 1, 64).unsqueeze(1);
        Tensor y = 3 * x + 1;
        double first = 0, last = 0;
        for (int step = 0; step < 300; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            Tensor loss = nn.functional.mse_loss(model.forward(x), y);
            loss.backward();
            optimizer.step();
            if (step == 0)
                first = loss.item<float>();
            last = loss.item<float>();
        }
        Assert.True(last < first / 20, $"loss went from {first} to {last}");
    }

    [Fact]
    public void SaveAndLoadRoundTrip()
    {
        var model = new Mlp(4, 8, 2);
        string path = Path.Combine(Path.GetTempPath(), $"mlp-{Guid.NewGuid():N}.bin");
        try
        {
            model.save(path);
            var copy = new Mlp(4, 8, 2);
            copy.load(path);
            Tensor x = randn(3, 4);
            Assert.True(model.forward(x).allclose(copy.forward(x)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void KeepsWorkingAfterMovingToFloat64()
    {
        var model = new Mlp(4, 8, 2);
        model.to(ScalarType.Float64);
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float64, p.dtype));
        Tensor y = model.forward(randn(3, 4, dtype: ScalarType.Float64));
        Assert.Equal(ScalarType.Float64, y.dtype);
        // The fields themselves were re-bound: the parameter the forward reads is the registered one.
        Assert.Equal(ScalarType.Float64, model.get_parameter("scale")!.dtype);
        model.to(ScalarType.Float32);
        Assert.Equal(ScalarType.Float32, model.forward(randn(3, 4)).dtype);
    }

    [Fact]
    public void ModuleBuiltInsideADisposeScopeKeepsItsWeights()
    {
        Mlp model;
        using (NewDisposeScope())
        {
            model = new Mlp(4, 8, 2);
        }
        Assert.All(model.parameters(), p => Assert.False(p.IsInvalid));
        Assert.All(model.buffers(), b => Assert.False(b.IsInvalid));
        Assert.Equal(new long[] { 3, 2 }, model.forward(randn(3, 4)).shape);
    }

    [Fact]
    public void GeneratedForwardLeavesNoTensorsBehindWhereAHandWrittenOneLeaks()
    {
        const int calls = 1000;
        var generated = new Mlp(4, 8, 2);
        var handWritten = new HandWrittenMlp(4, 8, 2);
        using Tensor x = randn(3, 4);

        double generatedPerCall = LiveTensorsPerCall(() => generated.forward(x), calls);
        double handWrittenPerCall = LiveTensorsPerCall(() => handWritten.forward(x), calls);

        Assert.Equal(0, generatedPerCall);
        Assert.True(handWrittenPerCall >= 1, $"the hand-written forward left {handWrittenPerCall} tensors per call");
    }

    /// <summary>Tensors still alive per call after disposing each result (DisposeScopeManager statistics).</summary>
    private static double LiveTensorsPerCall(Func<Tensor> forward, int calls)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        DisposeScopeManager.Statistics.Reset();
        for (int i = 0; i < calls; i++)
        {
            using Tensor result = forward();
        }
        return DisposeScopeManager.Statistics.ThreadTotalLiveCount / (double)calls;
    }

    [Fact]
    public void MismatchedCheckpointNamesTheOffendingKeys()
    {
        var saved = new Mlp(4, 8, 2);
        string path = Path.Combine(Path.GetTempPath(), $"mlp-{Guid.NewGuid():N}.bin");
        try
        {
            saved.save(path);
            var other = new Net();                // different keys
            var exception = Assert.Throws<CheckpointMismatchException>(() => Checkpoint.Load(other, path));
            Assert.Contains("linear1.weight", exception.Mismatch.Missing);
            Assert.Contains("fc1.weight", exception.Mismatch.Unexpected);
            Assert.Contains("linear1.weight", exception.Message);

            var wider = new Mlp(4, 16, 2);        // same keys, other shapes
            var shapes = Assert.Throws<CheckpointMismatchException>(() => Checkpoint.Load(wider, path));
            Assert.Contains(shapes.Mismatch.ShapeMismatches, m => m.StartsWith("fc1.weight: checkpoint [8, 4], module [16, 4]", StringComparison.Ordinal));
            Assert.Empty(shapes.Mismatch.Missing);

            var same = Checkpoint.Load(new Mlp(4, 8, 2), path);
            Tensor x = randn(2, 4);
            Assert.True(saved.forward(x).allclose(same.forward(x)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using TorchScribe.Tests.Models;
using TorchScribe.Tests.Models.Architectures;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>TorchScript.Verify: the export run by libtorch in a child process (the test host again) against the C# forward.</summary>
public sealed class VerifyTests
{
    [Fact]
    public void AnExportThatComputesWhatCSharpComputesIsExact()
    {
        manual_seed(11);
        var model = new Net();
        model.eval();
        TorchScriptVerification result = TorchScript.Verify(model, randn(4, 8));
        Assert.True(result.IsExact, result.ToString());
        OutputDifference output = Assert.Single(result.Outputs);
        Assert.Equal(new long[] { 4, 5 }, output.Shape);
        Assert.Equal(ScalarType.Float32, output.Type);
        Assert.Contains("largest difference 0", result.ToString());
    }

    [Fact]
    public void TrainModeAndSeveralInputsAndOutputsAreCompared()
    {
        manual_seed(12);
        var block = new AttentionBlock(16, 4, 0.1);
        block.train();
        Tensor mask = tensor(new[] { false, false, false, true, true }).repeat(2, 1);
        var two = TorchScript.Verify(block, randn(2, 5, 16), mask);       // dropout in train mode draws the same numbers after the same seed
        Assert.True(two.IsExact, two.ToString());

        var attention = new AttentionCall(true);
        attention.eval();
        Tensor key = randn(6, 3, 8);
        Tensor[] inputs = { randn(5, 3, 8), key, key, tensor(new[] { false, false, false, false, false, true }).repeat(3, 1), randn(5, 6) };
        var tuple = TorchScript.Verify(attention, () => attention.Forward(inputs[0], inputs[1], inputs[2], inputs[3], inputs[4]), inputs);
        Assert.Equal(2, tuple.Outputs.Count);
        Assert.True(tuple.IsExact, tuple.ToString());
    }

    [Fact]
    public void ADifferenceIsMeasuredNotHidden()
    {
        manual_seed(13);
        var model = new Net();
        model.eval();
        Tensor x = randn(4, 8);
        // A C# side that computes something else: the report must show by how much.
        var result = TorchScript.Verify(model, () => model.forward(x) + 0.25, x);
        Assert.False(result.IsExact);
        Assert.False(result.IsWithin(0.2));
        Assert.Equal(0.25, result.LargestDifference, 5);

        var shape = TorchScript.Verify(model, () => model.forward(x).sum(), x);
        Assert.Equal(double.PositiveInfinity, shape.LargestDifference);
        Assert.Contains("libtorch returned Float32 [4, 5]", shape.ToString());
    }
}

using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models.Architectures;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Real-world architectures, written the way TorchSharp users write them, exported and run by libtorch.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void MnistCnn()
    {
        manual_seed(11);
        var model = new MnistCnn();
        Tensor x = randn(4, 1, 28, 28);
        using var folder = new TempFolder("arch-mnist");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void ResNetWithVggStemAndSequentialBlocks()
    {
        manual_seed(12);
        var model = new SmallResNet(5);
        Tensor x = randn(2, 3, 16, 16);
        using var folder = new TempFolder("arch-resnet");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void MobileNetDepthwiseBlock()
    {
        manual_seed(13);
        var model = new DepthwiseSeparable(8, 16, 2);
        Tensor x = randn(2, 8, 10, 10);
        using var folder = new TempFolder("arch-mobilenet");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void TransformerEncoderWithPositionalEncoding()
    {
        manual_seed(14);
        var model = new TransformerModel(ntokens: 50, ninputs: 16, nheads: 2, nhidden: 32, nlayers: 2, dropout: 0.1);
        Tensor tokens = randint(0, 50, new long[] { 7, 3 });
        Tensor mask = triu(full(7, 7, float.NegativeInfinity), 1);
        using var folder = new TempFolder("arch-transformer");
        Equivalence.AssertExportMatches(model, () => model.forward(tokens, mask), new object[] { tokens, mask }, folder);
    }

    [Fact]
    public void HandWrittenAttentionBlock()
    {
        manual_seed(15);
        var model = new AttentionBlock(16, 4, 0.1);
        Tensor x = randn(2, 5, 16);
        Tensor padding = tensor(new[] { false, false, false, true, true }).repeat(2, 1);
        using var folder = new TempFolder("arch-attention");
        Equivalence.AssertExportMatches(model, () => model.forward(x, padding), new object[] { x, padding }, folder);
    }

    [Fact]
    public void EmbeddingBagTextClassifierWithTwoInputs()
    {
        manual_seed(16);
        var model = new TextClassifier(100, 8, 4);
        Tensor text = randint(0, 100, new long[] { 12 });
        Tensor offsets = tensor(new long[] { 0, 3, 7 });
        using var folder = new TempFolder("arch-text");
        Equivalence.AssertExportMatches(model, () => model.forward(text, offsets), new object[] { text, offsets }, folder);
    }
}

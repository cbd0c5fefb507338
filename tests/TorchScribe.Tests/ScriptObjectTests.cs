using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>
/// Plain [ScriptClass]es, NamedTuples and module interfaces, exported and run by libtorch in a child process, eval and
/// train, against the eager C#.
/// </summary>
public sealed class ScriptObjectTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ModuleHoldingAnObject(bool withSpare)
    {
        manual_seed(11);
        var model = new CoderHolder(withSpare);
        Tensor x = randn(3, 4);
        using var folder = new TempFolder($"objects-holder-{withSpare}");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
        string code = Equivalence.Code(archive);
        Assert.Contains("class BoxCoder:", code);
        Assert.Contains("coder : __torch__.TorchScribe.Tests.Models.BoxCoder", code);
    }

    [Fact]
    public void ScriptCodeCreatesPassesReturnsAndListsObjects()
    {
        manual_seed(12);
        var model = new BeamSearch(3);
        Tensor logits = randn(4, 6).log_softmax(1);
        using var folder = new TempFolder("objects-beam");
        Equivalence.AssertExportMatches(model, () => model.forward(logits), new object[] { logits }, folder);
    }

    [Fact]
    public void NamedTupleRecordStruct()
    {
        var model = new SpanModel();
        Tensor x = tensor(new[] { -1.5f, 0f, float.NaN });
        using var folder = new TempFolder("objects-span");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
        Assert.Contains("class Span(NamedTuple):", Equivalence.Code(archive));
    }

    [Fact]
    public void NestedScriptClasses()
    {
        var model = new AnchorModel();
        Tensor x = randn(3);
        using var folder = new TempFolder("objects-nested");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void ModuleInterfaceWithTwoImplementations()
    {
        Tensor x = tensor(new[] { -2f, 0.5f, 3f });
        foreach (IBlock block in new IBlock[] { new ShiftBlock(), new ScaleBlock() })
        {
            var model = new SwappableModel(block);
            using var folder = new TempFolder($"objects-interface-{block.GetType().Name}");
            string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
            string code = Equivalence.Code(archive);
            Assert.Contains("class IBlock(ModuleInterface):", code);
            Assert.Contains("block : __torch__.TorchScribe.Tests.Models.IBlock", code);
        }
    }
}

using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>The three scenarios TorchScribe exists for, exported and run by libtorch.</summary>
public sealed class MotivatingScenarioTests
{
    [Fact]
    public void ScriptClassInsideSequentialOfStockModules()
    {
        manual_seed(1);
        var model = nn.Sequential(("linear1", nn.Linear(8, 10)), ("relu", nn.ReLU()), ("ts_layer", new TsLayer(10, 5)));
        Tensor x = randn(3, 8);
        using var folder = new TempFolder("scenario-a-sequential");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void ScriptClassInsideScriptClass()
    {
        manual_seed(2);
        var model = new Net();
        Tensor x = randn(3, 8);
        using var folder = new TempFolder("scenario-a-net");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    public void ForwardBranchingOnConstants(long a, long b)
    {
        var model = new Consts(a, b);
        Tensor x = randn(2, 3);
        using var folder = new TempFolder($"scenario-b-{a}-{b}");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }

    [Fact]
    public void TwoInstancesWithDifferentConstantsInOneModel()
    {
        var model = nn.Sequential(("first", new Consts(3, 2)), ("second", new Consts(2, 3)));
        Tensor x = randn(2, 3);
        using var folder = new TempFolder("scenario-b-both");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
        string code = Equivalence.Code(archive);
        Assert.Contains("___torch_mangle_", code);
    }

    [Fact]
    public void ForwardOnceCallingANonScriptableHelperExportsOnceFixed()
    {
        manual_seed(3);
        var model = new Squashed();
        Tensor x = randn(4, 6);
        using var folder = new TempFolder("scenario-c-fixed");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }
}

using TorchScribe.Tests.Infrastructure;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>RNN, LSTM, GRU and their cells: saved alone and called from script code, compared in libtorch (eval and train).</summary>
public sealed class RecurrentModuleTests
{
    [Theory]
    [InlineData("GRU", 1, false, false)]
    [InlineData("GRU", 3, true, true)]
    [InlineData("LSTM", 1, true, false)]
    [InlineData("LSTM", 2, false, true)]
    [InlineData("RNN", 2, true, true)]
    [InlineData("RNNRelu", 1, false, false)]
    public void LayersWithoutInitialStateMatch(string kind, long layers, bool batchFirst, bool bidirectional)
    {
        manual_seed(21);
        nn.Module module = kind switch
        {
            // Dropout between layers, so train mode draws from the generator exactly as libtorch's op does.
            "GRU" => layers == 1 ? nn.GRU(3, 4, batchFirst: batchFirst, bidirectional: bidirectional)
                : ScriptModules.GRU(3, 4, layers, batchFirst: batchFirst, dropout: 0.3, bidirectional: bidirectional),
            "LSTM" => layers == 1 ? nn.LSTM(3, 4, batchFirst: batchFirst, bidirectional: bidirectional, bias: false)
                : ScriptModules.LSTM(3, 4, layers, batchFirst: batchFirst, dropout: 0.3, bidirectional: bidirectional),
            "RNN" => ScriptModules.RNN(3, 4, layers, batchFirst: batchFirst, dropout: 0.5, bidirectional: bidirectional),
            _ => ScriptModules.RNN(3, 4, layers, nn.NonLinearities.ReLU),
        };
        Tensor input = randn(5, 2, 3) * 2;
        Func<object> eager = module switch
        {
            TorchSharp.Modules.GRU gru => () => gru.call(input),
            TorchSharp.Modules.LSTM lstm => () => lstm.call(input),
            TorchSharp.Modules.RNN rnn => () => rnn.call(input, null),
            _ => throw new ArgumentException(kind),
        };
        using var folder = new TempFolder("recurrent-" + kind);
        string archive = Equivalence.AssertExportMatches(module, eager, new object?[] { input, null }!, folder);
        string code = Equivalence.Code(archive);
        Assert.Contains("code/__torch__/torch/nn/modules/rnn.py", code);    // PyTorch's module and class names
        Assert.Contains($"class {(kind == "RNNRelu" ? "RNN" : kind)}(Module):", code);
    }

    [Fact]
    public void HostileValuesThroughTheTaggerMatch()
    {
        manual_seed(25);
        var model = new Models.SequenceTagger();
        Tensor tokens = HostileTensors.Plant(randn(2, 7, 6)), h0 = HostileTensors.Plant(randn(4, 2, 8)), c0 = randn(4, 2, 8);
        using var folder = new TempFolder("recurrent-hostile");
        Equivalence.AssertExportMatches(model, () => model.forward(tokens, h0, c0), new object[] { tokens, h0, c0 }, folder);
    }

    [Fact]
    public void StackedBidirectionalLstmWithInitialStateMatches()
    {
        manual_seed(22);
        var model = new Models.SequenceTagger();
        Tensor tokens = randn(2, 7, 6), h0 = randn(4, 2, 8), c0 = randn(4, 2, 8);
        using var folder = new TempFolder("recurrent-tagger");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(tokens, h0, c0), new object[] { tokens, h0, c0 }, folder);
        Assert.Contains("torch.lstm(", Equivalence.Code(archive));
    }

    [Fact]
    public void CellsSteppedInScriptCodeMatch()
    {
        manual_seed(23);
        var model = new Models.CellStepper();
        Tensor steps = randn(4, 3, 4), h0 = randn(3, 5), c0 = randn(3, 5);
        using var folder = new TempFolder("recurrent-cells");
        Equivalence.AssertExportMatches(model, () => model.forward(steps, h0, c0), new object[] { steps, h0, c0 }, folder);
    }

    [Theory]
    [InlineData("GRUCell")]
    [InlineData("RNNCell")]
    public void CellsOnUnbatchedInputMatch(string kind)
    {
        manual_seed(24);
        nn.Module<Tensor, Tensor, Tensor> cell = kind == "GRUCell" ? nn.GRUCell(3, 4) : ScriptModules.RNNCell(3, 4);
        Tensor input = randn(3), h0 = randn(4);
        using var folder = new TempFolder("recurrent-" + kind);
        Equivalence.AssertExportMatches(cell, () => cell.call(input, h0), new object[] { input, h0 }, folder);
    }

    [Fact]
    public void MultiLayerGruFromTorchNnIsAClearExportError()
    {
        var model = nn.Sequential(("encoder", (nn.Module<Tensor, Tensor>)new Models.GruLast(nn.GRU(3, 4, numLayers: 2))));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(model, Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Equal("encoder.gru", error.ModulePath);
        Assert.Contains("ScriptModules.GRU", error.Message);
    }

    [Fact]
    public void RnnFromTorchNnIsAClearExportError()
    {
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.RNN(3, 4), Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Contains("ScriptModules.RNN", error.Message);
    }
}

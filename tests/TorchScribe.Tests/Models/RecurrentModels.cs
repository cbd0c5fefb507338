using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// A sequence tagger: a stacked, bidirectional, batch-first LSTM with dropout between its layers and a given initial
/// state, then a single-layer GRU (created with torch.nn: one layer has no hidden options) and a linear head.
/// </summary>
[ScriptClass]
public partial class SequenceTagger
{
    private readonly LSTM lstm = ScriptModules.LSTM(6, 8, numLayers: 2, batchFirst: true, dropout: 0.25, bidirectional: true);
    private readonly GRU gru = nn.GRU(16, 5, batchFirst: true);
    private readonly Linear head = nn.Linear(5, 3);

    public SequenceTagger() : base(nameof(SequenceTagger))
    {
        RegisterComponents();
    }

    [ScriptMethod]
    public (Tensor, Tensor, Tensor) Forward(Tensor tokens, Tensor h0, Tensor c0)
    {
        var (features, hn, cn) = lstm.call(tokens, (h0, c0));
        var (encoded, _) = gru.call(features);
        return (head.forward(encoded), hn, cn);
    }
}

/// <summary>The three cells stepped over time: GRUCell from zeros, LSTMCell from a given state, RNNCell with ReLU.</summary>
[ScriptClass]
public partial class CellStepper
{
    private readonly GRUCell gru = nn.GRUCell(4, 6);
    private readonly LSTMCell lstm = nn.LSTMCell(6, 5, bias: false);
    private readonly RNNCell rnn = ScriptModules.RNNCell(5, 3, nn.NonLinearities.ReLU);

    public CellStepper() : base(nameof(CellStepper))
    {
        RegisterComponents();
    }

    [ScriptMethod]
    public (Tensor, Tensor) Forward(Tensor steps, Tensor h0, Tensor c0)
    {
        Tensor h = gru.forward(steps[0]);
        (Tensor, Tensor) state = (h0, c0);
        Tensor last = rnn.forward(h0);
        for (long t = 1; t < steps.shape[0]; t++)
        {
            h = gru.call(steps[t], h);
            state = lstm.call(h, state);
            last = rnn.call(state.Item1, last);
        }
        return (last, state.Item2);
    }
}

/// <summary>A GRU given from outside, its last output step returned (for export errors about the GRU it holds).</summary>
[ScriptClass]
public partial class GruLast : nn.Module<Tensor, Tensor>
{
    private readonly GRU gru;

    public GruLast(GRU gru) : base(nameof(GruLast))
    {
        this.gru = gru;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => gru.call(input).Item1[-1];
}

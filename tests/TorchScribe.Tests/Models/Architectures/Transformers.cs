using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace TorchScribe.Tests.Models.Architectures;

/// <summary>Sinusoidal positional encoding as in TorchSharp's sequence-to-sequence example: a buffer plus dropout.</summary>
[ScriptClass]
public partial class PositionalEncoding : Module<Tensor, Tensor>
{
    private readonly Dropout dropout;
    private readonly Tensor pe;

    public PositionalEncoding(long dmodel, double dropout, int maxLen = 5000) : base(nameof(PositionalEncoding))
    {
        this.dropout = Dropout(dropout);
        var pe = zeros(maxLen, dmodel);
        var position = arange(0, maxLen, 1).unsqueeze(1);
        var divTerm = (arange(0, dmodel, 2) * (-Math.Log(10000.0) / dmodel)).exp();
        pe[TensorIndex.Colon, TensorIndex.Slice(0, null, 2)] = (position * divTerm).sin();
        pe[TensorIndex.Colon, TensorIndex.Slice(1, null, 2)] = (position * divTerm).cos();
        this.pe = pe.unsqueeze(0).transpose(0, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor t)
    {
        var x = t + pe[TensorIndex.Slice(null, t.shape[0]), TensorIndex.Slice()];
        return dropout.forward(x);
    }
}

/// <summary>TorchSharp's sequence-to-sequence transformer: embedding, positional encoding, encoder, linear decoder.</summary>
[ScriptClass]
public partial class TransformerModel : Module<Tensor, Tensor, Tensor>
{
    private readonly TransformerEncoder transformer_encoder;
    private readonly PositionalEncoding pos_encoder;
    private readonly Embedding encoder;
    private readonly Linear decoder;
    [ScriptConstant] private readonly long ninputs;

    public TransformerModel(long ntokens, long ninputs, long nheads, long nhidden, long nlayers, double dropout = 0.5) : base(nameof(TransformerModel))
    {
        this.ninputs = ninputs;
        pos_encoder = new PositionalEncoding(ninputs, dropout);
        var encoder_layers = ScriptModules.TransformerEncoderLayer(ninputs, nheads, nhidden, dropout);
        transformer_encoder = ScriptModules.TransformerEncoder(encoder_layers, nlayers);
        encoder = ScriptModules.Embedding(ntokens, ninputs);
        decoder = Linear(ninputs, ntokens);
        RegisterComponents();
    }

    public override Tensor forward(Tensor t, Tensor mask)
    {
        var src = pos_encoder.forward(encoder.forward(t) * Math.Sqrt(ninputs));
        var enc = transformer_encoder.call(src, mask);
        return decoder.forward(enc);
    }
}

/// <summary>A pre-norm transformer block with the attention written out in torch operations.</summary>
[ScriptClass]
public partial class AttentionBlock : Module<Tensor, Tensor, Tensor>
{
    private readonly LayerNorm norm1;
    private readonly LayerNorm norm2;
    private readonly Linear qkv;
    private readonly Linear proj;
    private readonly Sequential mlp;
    private readonly Dropout dropout;
    [ScriptConstant] private readonly long heads;
    [ScriptConstant] private readonly long dim;

    public AttentionBlock(long dim, long heads, double dropout) : base(nameof(AttentionBlock))
    {
        this.dim = dim;
        this.heads = heads;
        norm1 = LayerNorm(dim);
        norm2 = LayerNorm(dim);
        qkv = Linear(dim, dim * 3);
        proj = Linear(dim, dim);
        mlp = Sequential(("fc1", Linear(dim, dim * 4)), ("act", GELU()), ("fc2", Linear(dim * 4, dim)));
        this.dropout = Dropout(dropout);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x, Tensor padding)
    {
        long batch = x.shape[0];
        long tokens = x.shape[1];
        long headDim = dim / heads;

        var parts = qkv.forward(norm1.forward(x)).reshape(batch, tokens, 3, heads, headDim).permute(2, 0, 3, 1, 4);
        var q = parts[0];
        var k = parts[1];
        var v = parts[2];
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(headDim);
        scores = scores.masked_fill(padding.unsqueeze(1).unsqueeze(2), double.NegativeInfinity);
        var attention = dropout.forward(scores.softmax(-1));
        var mixed = attention.matmul(v).transpose(1, 2).reshape(batch, tokens, dim);
        x = x + dropout.forward(proj.forward(mixed));
        return x + dropout.forward(mlp.forward(norm2.forward(x)));
    }
}

/// <summary>TorchSharp's text classification example: an EmbeddingBag over token offsets and a linear layer.</summary>
[ScriptClass]
public partial class TextClassifier : Module<Tensor, Tensor, Tensor>
{
    private readonly EmbeddingBag embedding;
    private readonly Linear fc;

    public TextClassifier(long vocabSize, long embedDim, long classes) : base(nameof(TextClassifier))
    {
        embedding = ScriptModules.EmbeddingBag(vocabSize, embedDim, sparse: false);
        fc = Linear(embedDim, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input, Tensor offsets) => fc.forward(embedding.call(input, offsets));
}

using System.Runtime.CompilerServices;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>
/// Drop-in replacements for TorchSharp's factories of native-backed modules (Embedding, EmbeddingBag,
/// MultiheadAttention, the Transformer modules, GRU, LSTM, RNN, RNNCell). They create exactly the same module and record
/// the options TorchSharp cannot read back, so <see cref="TorchScript.Save(nn.Module, string)"/> can export it.
/// </summary>
/// <remarks>Parameter names and defaults match <c>torch.nn</c>'s factories, so switching is a change of receiver
/// (analyzer TSB0105 offers it as a fix).</remarks>
public static class ScriptModules
{
    private static readonly ConditionalWeakTable<nn.Module, object> Recorded = new();

    /// <inheritdoc cref="nn.Embedding(long, long, long?, double?, double, bool, bool, Device?, ScalarType?)"/>
    public static Embedding Embedding(long num_embeddings, long embedding_dims, long? padding_idx = null, double? max_norm = null,
        double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.Embedding(num_embeddings, embedding_dims, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse, device, dtype),
            new EmbeddingOptions(Normalize(padding_idx, num_embeddings), max_norm, norm_type, scale_grad_by_freq, sparse));

    /// <inheritdoc cref="nn.Embedding_from_pretrained(Tensor, bool, long?, double?, double, bool, bool, Device?, ScalarType?)"/>
    public static Embedding Embedding_from_pretrained(Tensor embeddings, bool freeze = true, long? padding_idx = null, double? max_norm = null,
        double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.Embedding_from_pretrained(embeddings, freeze, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse, device, dtype),
            new EmbeddingOptions(Normalize(padding_idx, embeddings.shape[0]), max_norm, norm_type, scale_grad_by_freq, sparse));

    /// <inheritdoc cref="nn.EmbeddingBag(long, long, double?, double, bool, EmbeddingBagMode, bool, bool, long, Device?, ScalarType?)"/>
    public static EmbeddingBag EmbeddingBag(long num_embeddings, long embedding_dims, double? max_norm = null, double norm_type = 2.0,
        bool scale_grad_by_freq = false, EmbeddingBagMode mode = EmbeddingBagMode.Mean, bool sparse = false, bool include_last_offset = false,
        long padding_index = -1, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.EmbeddingBag(num_embeddings, embedding_dims, max_norm, norm_type, scale_grad_by_freq, mode, sparse, include_last_offset, padding_index, device, dtype),
            new EmbeddingBagOptions(max_norm, norm_type, scale_grad_by_freq, mode, sparse, include_last_offset, padding_index >= 0 ? padding_index : null));

    /// <inheritdoc cref="nn.EmbeddingBag_from_pretrained(Tensor, bool, double?, double, bool, EmbeddingBagMode, bool, bool, long, Device?, ScalarType?)"/>
    public static EmbeddingBag EmbeddingBag_from_pretrained(Tensor embeddings, bool freeze = true, double? max_norm = null, double norm_type = 2.0,
        bool scale_grad_by_freq = false, EmbeddingBagMode mode = EmbeddingBagMode.Mean, bool sparse = false, bool include_last_offset = false,
        long padding_index = -1, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.EmbeddingBag_from_pretrained(embeddings, freeze, max_norm, norm_type, scale_grad_by_freq, mode, sparse, include_last_offset, padding_index, device, dtype),
            new EmbeddingBagOptions(max_norm, norm_type, scale_grad_by_freq, mode, sparse, include_last_offset, padding_index >= 0 ? padding_index : null));

    /// <inheritdoc cref="nn.MultiheadAttention(long, long, double, bool, bool, bool, long?, long?)"/>
    public static MultiheadAttention MultiheadAttention(long embedded_dim, long num_heads, double dropout = 0.0, bool bias = true,
        bool add_bias_kv = false, bool add_zero_attn = false, long? kdim = null, long? vdim = null) =>
        Record(nn.MultiheadAttention(embedded_dim, num_heads, dropout, bias, add_bias_kv, add_zero_attn, kdim, vdim),
            new MultiheadAttentionOptions(embedded_dim, num_heads, dropout, bias, add_bias_kv, add_zero_attn, kdim ?? embedded_dim, vdim ?? embedded_dim));

    /// <inheritdoc cref="nn.TransformerEncoderLayer(long, long, long, double, nn.Activations)"/>
    public static TransformerEncoderLayer TransformerEncoderLayer(long d_model = 512, long nhead = 8, long dim_feedforward = 2048,
        double dropout = 0.1, nn.Activations activation = nn.Activations.ReLU) =>
        Record(nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, activation),
            new TransformerEncoderLayerOptions(d_model, nhead, dim_feedforward, dropout, activation));

    /// <inheritdoc cref="nn.TransformerEncoder(TransformerEncoderLayer, long)"/>
    /// <exception cref="System.ArgumentException">The layer was not created by <see cref="TransformerEncoderLayer"/>.</exception>
    public static TransformerEncoder TransformerEncoder(TransformerEncoderLayer encoder_layer, long num_layers)
    {
        TransformerEncoderLayerOptions layer = OptionsOf<TransformerEncoderLayerOptions>(encoder_layer)
            ?? throw new System.ArgumentException("Create the layer with ScriptModules.TransformerEncoderLayer so its options are known.", nameof(encoder_layer));
        return Record(nn.TransformerEncoder(encoder_layer, num_layers), new TransformerEncoderOptions(layer, num_layers));
    }

    /// <inheritdoc cref="nn.TransformerDecoderLayer(long, long, long, double, nn.Activations)"/>
    public static TransformerDecoderLayer TransformerDecoderLayer(long d_model = 512, long nhead = 8, long dim_feedforward = 2048,
        double dropout = 0.1, nn.Activations activation = nn.Activations.ReLU) =>
        Record(nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout, activation),
            new TransformerDecoderLayerOptions(d_model, nhead, dim_feedforward, dropout, activation));

    /// <inheritdoc cref="nn.TransformerDecoder(TransformerDecoderLayer, long)"/>
    /// <exception cref="System.ArgumentException">The layer was not created by <see cref="TransformerDecoderLayer"/>.</exception>
    public static TransformerDecoder TransformerDecoder(TransformerDecoderLayer decoder_layer, long num_layers)
    {
        TransformerDecoderLayerOptions layer = OptionsOf<TransformerDecoderLayerOptions>(decoder_layer)
            ?? throw new System.ArgumentException("Create the layer with ScriptModules.TransformerDecoderLayer so its options are known.", nameof(decoder_layer));
        return Record(nn.TransformerDecoder(decoder_layer, num_layers), new TransformerDecoderOptions(layer, num_layers));
    }

    /// <inheritdoc cref="nn.Transformer(long, long, long, long, long, double, nn.Activations)"/>
    public static Transformer Transformer(long d_model = 512, long nhead = 8, long num_encoder_layers = 6, long num_decoder_layers = 6,
        long dim_feedforward = 2048, double dropout = 0.1, nn.Activations activation = nn.Activations.ReLU) =>
        Record(nn.Transformer(d_model, nhead, num_encoder_layers, num_decoder_layers, dim_feedforward, dropout, activation),
            new TransformerOptions(
                new TransformerEncoderOptions(new TransformerEncoderLayerOptions(d_model, nhead, dim_feedforward, dropout, activation), num_encoder_layers),
                new TransformerDecoderOptions(new TransformerDecoderLayerOptions(d_model, nhead, dim_feedforward, dropout, activation), num_decoder_layers)));

    /// <inheritdoc cref="nn.GRU(long, long, long, bool, bool, double, bool, Device?, ScalarType?)"/>
    public static GRU GRU(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
        double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.GRU(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype),
            new RecurrentOptions(dropout, nn.NonLinearities.Tanh));

    /// <inheritdoc cref="nn.LSTM(long, long, long, bool, bool, double, bool, Device?, ScalarType?)"/>
    public static LSTM LSTM(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
        double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.LSTM(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype),
            new RecurrentOptions(dropout, nn.NonLinearities.Tanh));

    /// <inheritdoc cref="nn.RNN(long, long, long, nn.NonLinearities, bool, bool, double, bool, Device?, ScalarType?)"/>
    public static RNN RNN(long inputSize, long hiddenSize, long numLayers = 1, nn.NonLinearities nonLinearity = nn.NonLinearities.Tanh,
        bool bias = true, bool batchFirst = false, double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
        Record(nn.RNN(inputSize, hiddenSize, numLayers, nonLinearity, bias, batchFirst, dropout, bidirectional, device, dtype),
            new RecurrentOptions(dropout, nonLinearity));

    /// <inheritdoc cref="nn.RNNCell(long, long, nn.NonLinearities, bool, Device?, ScalarType?)"/>
    public static RNNCell RNNCell(long inputSize, long hiddenSize, nn.NonLinearities nonLinearity = nn.NonLinearities.Tanh, bool bias = true,
        Device? device = null, ScalarType? dtype = null) =>
        Record(nn.RNNCell(inputSize, hiddenSize, nonLinearity, bias, device, dtype), new RecurrentOptions(0.0, nonLinearity));

    internal static TOptions? OptionsOf<TOptions>(nn.Module module) where TOptions : class =>
        Recorded.TryGetValue(module, out object? options) ? options as TOptions : null;

    private static TModule Record<TModule>(TModule module, object options) where TModule : nn.Module
    {
        Recorded.AddOrUpdate(module, options);
        return module;
    }

    /// <summary>libtorch stores a negative padding index counted from the end.</summary>
    private static long? Normalize(long? paddingIndex, long count) => paddingIndex is < 0 ? paddingIndex + count : paddingIndex;
}

internal sealed record EmbeddingOptions(long? PaddingIndex, double? MaxNorm, double NormType, bool ScaleGradByFrequency, bool Sparse);

internal sealed record EmbeddingBagOptions(double? MaxNorm, double NormType, bool ScaleGradByFrequency, EmbeddingBagMode Mode, bool Sparse, bool IncludeLastOffset, long? PaddingIndex);

internal sealed record MultiheadAttentionOptions(long EmbedDim, long NumHeads, double Dropout, bool Bias, bool AddBiasKv, bool AddZeroAttention, long KDim, long VDim);

internal sealed record TransformerEncoderLayerOptions(long DModel, long NHead, long DimFeedforward, double Dropout, nn.Activations Activation);

internal sealed record TransformerEncoderOptions(TransformerEncoderLayerOptions Layer, long NumLayers);

internal sealed record TransformerDecoderLayerOptions(long DModel, long NHead, long DimFeedforward, double Dropout, nn.Activations Activation);

internal sealed record TransformerDecoderOptions(TransformerDecoderLayerOptions Layer, long NumLayers);

/// <summary>nn.Transformer: libtorch gives its encoder and decoder a final LayerNorm each.</summary>
internal sealed record TransformerOptions(TransformerEncoderOptions Encoder, TransformerDecoderOptions Decoder);

/// <summary>What libtorch keeps of a recurrent module and TorchSharp does not expose: dropout between layers, the RNN nonlinearity.</summary>
internal sealed record RecurrentOptions(double Dropout, nn.NonLinearities NonLinearity);

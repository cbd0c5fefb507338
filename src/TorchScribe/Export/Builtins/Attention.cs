using System.Collections.Generic;
using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;
using static TorchSharp.torch;

[assembly: StockModule(typeof(MultiheadAttention), typeof(MultiheadAttentionTranslation), RecordingFactories = new[] { "MultiheadAttention" })]
[assembly: StockModule(typeof(TransformerEncoderLayer), typeof(TransformerEncoderLayerTranslation), RecordingFactories = new[] { "TransformerEncoderLayer" })]
[assembly: StockModule(typeof(TransformerEncoder), typeof(TransformerEncoderTranslation), RecordingFactories = new[] { "TransformerEncoder" })]
[assembly: StockModule(typeof(TransformerDecoderLayer), typeof(TransformerDecoderLayerTranslation), RecordingFactories = new[] { "TransformerDecoderLayer" })]
[assembly: StockModule(typeof(TransformerDecoder), typeof(TransformerDecoderTranslation), RecordingFactories = new[] { "TransformerDecoder" })]
[assembly: StockModule(typeof(Transformer), typeof(TransformerTranslation), RecordingFactories = new[] { "Transformer" })]

namespace TorchScribe.Export.Builtins;

internal sealed class MultiheadAttentionTranslation : StockModuleTranslation<MultiheadAttention>
{
    protected override ModuleDescription Describe(MultiheadAttention attention, string path) =>
        Attention.MultiheadAttention(Attention.FlatTensors(attention), "", Options<MultiheadAttentionOptions>(attention, path, "MultiheadAttention"));
}

internal sealed class TransformerEncoderLayerTranslation : StockModuleTranslation<TransformerEncoderLayer>
{
    protected override ModuleDescription Describe(TransformerEncoderLayer layer, string path) =>
        Attention.TransformerEncoderLayer(Attention.FlatTensors(layer), "", Options<TransformerEncoderLayerOptions>(layer, path, "TransformerEncoderLayer"));
}

internal sealed class TransformerEncoderTranslation : StockModuleTranslation<TransformerEncoder>
{
    protected override ModuleDescription Describe(TransformerEncoder encoder, string path) =>
        Attention.TransformerEncoder(Attention.FlatTensors(encoder), "", Options<TransformerEncoderOptions>(encoder, path, "TransformerEncoder"), norm: false);
}

internal sealed class TransformerDecoderLayerTranslation : StockModuleTranslation<TransformerDecoderLayer>
{
    protected override ModuleDescription Describe(TransformerDecoderLayer layer, string path) =>
        Attention.TransformerDecoderLayer(Attention.FlatTensors(layer), "", Options<TransformerDecoderLayerOptions>(layer, path, "TransformerDecoderLayer"));
}

internal sealed class TransformerDecoderTranslation : StockModuleTranslation<TransformerDecoder>
{
    protected override ModuleDescription Describe(TransformerDecoder decoder, string path) =>
        Attention.TransformerDecoder(Attention.FlatTensors(decoder), "", Options<TransformerDecoderOptions>(decoder, path, "TransformerDecoder"), norm: false);
}

/// <summary>libtorch's Transformer: the encoder and the decoder, each with a final LayerNorm, after checking the shapes.</summary>
internal sealed class TransformerTranslation : StockModuleTranslation<Transformer>
{
    protected override ModuleDescription Describe(Transformer transformer, string path)
    {
        var options = Options<TransformerOptions>(transformer, path, "Transformer");
        var tensors = Attention.FlatTensors(transformer);
        long d = options.Encoder.Layer.DModel;
        var description = new ModuleDescription(ScriptClassName.TorchNn("transformer", "Transformer"));
        description.Members.Add(new MemberValue("encoder", MemberKind.Submodule, null, Attention.TransformerEncoder(tensors, "encoder.", options.Encoder, norm: true)));
        description.Members.Add(new MemberValue("decoder", MemberKind.Submodule, null, Attention.TransformerDecoder(tensors, "decoder.", options.Decoder, norm: true)));
        description.Methods.Add(
            "  def forward(self, src: Tensor, tgt: Tensor, src_mask: Optional[Tensor]=None, tgt_mask: Optional[Tensor]=None, memory_mask: Optional[Tensor]=None, src_key_padding_mask: Optional[Tensor]=None, tgt_key_padding_mask: Optional[Tensor]=None, memory_key_padding_mask: Optional[Tensor]=None) -> Tensor:\n" +
            "    if src.dim() != 3 or tgt.dim() != 3:\n" + Raise("src and tgt should have 3 dimensions", "      ") +
            "    if src.size(1) != tgt.size(1):\n" + Raise("src and tgt should have equal batch size (at dim 1)", "      ") +
            $"    if src.size(2) != {I(d)} or tgt.size(2) != {I(d)}:\n" + Raise("src and tgt should have the same feature size as d_model (at dim 2)", "      ") +
            "    memory = self.encoder.forward(src, src_mask, src_key_padding_mask)\n" +
            "    return self.decoder.forward(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask)\n");
        return description;
    }
}

/// <summary>
/// The insides of libtorch's attention modules, which TorchSharp exposes only as flat tensors: described from those
/// tensors, with PyTorch's submodule layout.
/// </summary>
internal static class Attention
{
    /// <summary>The flat, dotted parameters a native module registers (libtorch's names, e.g. <c>self_attn.in_proj_weight</c>).</summary>
    public static Dictionary<string, Tensor> FlatTensors(nn.Module module) =>
        module.named_parameters(false).Select(p => (p.name, (Tensor)p.parameter))
            .Concat(module.named_buffers(false).Select(b => (b.name, b.buffer)))
            .ToDictionary(t => t.Item1, t => t.Item2);

    public static Tensor? Find(Dictionary<string, Tensor> tensors, string name) => tensors.TryGetValue(name, out Tensor? tensor) ? tensor : null;

        /// <summary>
    /// torch::nn::functional::multi_head_attention_forward, statement by statement: libtorch's C++ MultiheadAttention
    /// is what TorchSharp runs (sequence-first inputs, additive attn_mask, weights averaged over heads).
    /// </summary>
    public static ModuleDescription MultiheadAttention(Dictionary<string, Tensor> tensors, string prefix, MultiheadAttentionOptions options)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("activation", "MultiheadAttention"));
        bool sameDims = options.KDim == options.EmbedDim && options.VDim == options.EmbedDim;
        var own = sameDims ? new List<string> { "in_proj_weight" } : new List<string> { "q_proj_weight", "k_proj_weight", "v_proj_weight" };
        if (options.Bias)
            own.Add("in_proj_bias");
        if (options.AddBiasKv)
            own.AddRange(new[] { "bias_k", "bias_v" });
        foreach (string name in own)
            description.Members.Add(TensorMember(name, MemberKind.Parameter, Find(tensors, prefix + name)));
        description.Members.Add(new MemberValue("out_proj", MemberKind.Submodule, null,
            LinearOf(Find(tensors, prefix + "out_proj.weight")!, Find(tensors, prefix + "out_proj.bias"), "NonDynamicallyQuantizableLinear")));

        long e = options.EmbedDim, h = options.NumHeads;
        string Bias(string slice) => options.Bias ? $"self.in_proj_bias[{slice}]" : "None";
        var s = new StringBuilder();
        s.Append("  def forward(self, query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Optional[Tensor]=None, need_weights: bool=True, attn_mask: Optional[Tensor]=None) -> Tuple[Tensor, Tensor]:\n");
        s.Append("    tgt_len = query.size(0)\n    bsz = query.size(1)\n    embed_dim = query.size(2)\n");
        s.Append($"    head_dim = embed_dim // {I(h)}\n");
        s.Append("    scaling = 1.0 / torch.sqrt(float(head_dim))\n");
        if (sameDims)
        {
            string bias = options.Bias ? "self.in_proj_bias" : "None";
            s.Append("    if torch.equal(query, key) and torch.equal(key, value):\n");
            s.Append($"      qkv = torch.linear(query, self.in_proj_weight, {bias}).chunk(3, -1)\n");
            s.Append("      q = qkv[0]\n      k = qkv[1]\n      v = qkv[2]\n");
            s.Append("    elif torch.equal(key, value):\n");
            s.Append($"      q = torch.linear(query, self.in_proj_weight[0:{I(e)}], {Bias($"0:{I(e)}")})\n");
            s.Append($"      kv = torch.linear(key, self.in_proj_weight[{I(e)}:], {Bias($"{I(e)}:")}).chunk(2, -1)\n");
            s.Append("      k = kv[0]\n      v = kv[1]\n");
            s.Append("    else:\n");
            s.Append($"      q = torch.linear(query, self.in_proj_weight[0:{I(e)}], {Bias($"0:{I(e)}")})\n");
            s.Append($"      k = torch.linear(key, self.in_proj_weight[{I(e)}:{I(2 * e)}], {Bias($"{I(e)}:{I(2 * e)}")})\n");
            s.Append($"      v = torch.linear(value, self.in_proj_weight[{I(2 * e)}:], {Bias($"{I(2 * e)}:")})\n");
        }
        else
        {
            s.Append($"    q = torch.linear(query, self.q_proj_weight, {Bias($"0:{I(e)}")})\n");
            s.Append($"    k = torch.linear(key, self.k_proj_weight, {Bias($"{I(e)}:{I(2 * e)}")})\n");
            s.Append($"    v = torch.linear(value, self.v_proj_weight, {Bias($"{I(2 * e)}:")})\n");
        }
        s.Append("    q = q * scaling\n");
        s.Append("    mask = attn_mask\n    padding = key_padding_mask\n");
        if (options.AddBiasKv)
        {
            s.Append("    k = torch.cat([k, self.bias_k.repeat([1, bsz, 1])])\n");
            s.Append("    v = torch.cat([v, self.bias_v.repeat([1, bsz, 1])])\n");
            AppendZeroColumn(s, "mask");
            AppendZeroColumn(s, "padding");
        }
        s.Append($"    q = q.contiguous().view([tgt_len, bsz * {I(h)}, head_dim]).transpose(0, 1)\n");
        s.Append($"    k = k.contiguous().view([-1, bsz * {I(h)}, head_dim]).transpose(0, 1)\n");
        s.Append($"    v = v.contiguous().view([-1, bsz * {I(h)}, head_dim]).transpose(0, 1)\n");
        s.Append("    src_len = k.size(1)\n");
        if (options.AddZeroAttention)
        {
            s.Append("    src_len = src_len + 1\n");
            s.Append("    k = torch.cat([k, torch.zeros([k.size(0), 1, k.size(2)], dtype=k.dtype, device=k.device)], 1)\n");
            s.Append("    v = torch.cat([v, torch.zeros([v.size(0), 1, v.size(2)], dtype=v.dtype, device=v.device)], 1)\n");
            AppendZeroColumn(s, "mask");
            AppendZeroColumn(s, "padding");
        }
        s.Append("    weights = torch.bmm(q, k.transpose(1, 2))\n");
        s.Append("    if mask is not None:\n      weights.add_(mask.unsqueeze(0))\n");
        s.Append("    if padding is not None:\n");
        s.Append($"      weights = weights.view([bsz, {I(h)}, tgt_len, src_len]).masked_fill(padding.unsqueeze(1).unsqueeze(2), float(\"-inf\")).view([bsz * {I(h)}, tgt_len, src_len])\n");
        s.Append("    weights = torch.softmax(weights, -1)\n");
        s.Append($"    weights = torch.dropout(weights, {F(options.Dropout)}, self.training)\n");
        s.Append("    output = torch.bmm(weights, v)\n");
        s.Append("    output = output.transpose(0, 1).contiguous().view([tgt_len, bsz, embed_dim])\n");
        s.Append("    output = self.out_proj.forward(output)\n");
        s.Append("    if need_weights:\n");
        s.Append($"      averaged = torch.div(torch.sum(weights.view([bsz, {I(h)}, tgt_len, src_len]), [1]), {I(h)})\n");
        s.Append("      return (output, averaged)\n");
        // TorchSharp types the weights as Tensor (an empty handle when not needed): an empty tensor keeps that type.
        s.Append("    return (output, torch.empty([0], dtype=output.dtype, device=output.device))\n");
        description.Methods.Add(s.ToString());
        description.FileVersion = 4;    // div
        return description;
    }

    public static void AppendZeroColumn(StringBuilder s, string name) =>
        s.Append($"    if {name} is not None:\n      {name} = torch.cat([{name}, torch.zeros([{name}.size(0), 1], dtype={name}.dtype, device={name}.device)], 1)\n");

        /// <summary>libtorch's post-norm TransformerEncoderLayer: norm1(src + dropout1(attn)), norm2(ret + dropout2(ff)).</summary>
    public static ModuleDescription TransformerEncoderLayer(Dictionary<string, Tensor> tensors, string prefix, TransformerEncoderLayerOptions options)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("transformer", "TransformerEncoderLayer"));
        var attention = new MultiheadAttentionOptions(options.DModel, options.NHead, options.Dropout, true, false, false, options.DModel, options.DModel);
        void Child(string name, ModuleDescription child) => description.Members.Add(new MemberValue(name, MemberKind.Submodule, null, child));
        Child("self_attn", MultiheadAttention(tensors, prefix + "self_attn.", attention));
        Child("linear1", LinearOf(Find(tensors, prefix + "linear1.weight")!, Find(tensors, prefix + "linear1.bias")));
        Child("dropout", DropoutOf(options.Dropout));
        Child("linear2", LinearOf(Find(tensors, prefix + "linear2.weight")!, Find(tensors, prefix + "linear2.bias")));
        Child("norm1", LayerNormOf(Find(tensors, prefix + "norm1.weight")!, Find(tensors, prefix + "norm1.bias")!, options.DModel));
        Child("norm2", LayerNormOf(Find(tensors, prefix + "norm2.weight")!, Find(tensors, prefix + "norm2.bias")!, options.DModel));
        Child("dropout1", DropoutOf(options.Dropout));
        Child("dropout2", DropoutOf(options.Dropout));
        string activation = Activation(options.Activation, "hidden");
        description.Methods.Add(
            "  def forward(self, src: Tensor, src_mask: Optional[Tensor]=None, src_key_padding_mask: Optional[Tensor]=None) -> Tensor:\n" +
            "    attended = self.self_attn.forward(src, src, src, src_key_padding_mask, True, src_mask)[0]\n" +
            "    ret = self.norm1.forward(torch.add(src, self.dropout1.forward(attended)))\n" +
            "    hidden = self.linear1.forward(ret)\n" +
            $"    hidden = {activation}\n" +
            "    hidden = self.linear2.forward(self.dropout.forward(hidden))\n" +
            "    return self.norm2.forward(torch.add(ret, self.dropout2.forward(hidden)))\n");
        description.FileVersion = ActivationFileVersion(options.Activation);
        return description;
    }

    /// <summary>libtorch's post-norm TransformerDecoderLayer: self-attention, attention over memory, feed-forward, each added and normed.</summary>
    public static ModuleDescription TransformerDecoderLayer(Dictionary<string, Tensor> tensors, string prefix, TransformerDecoderLayerOptions options)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("transformer", "TransformerDecoderLayer"));
        var attention = new MultiheadAttentionOptions(options.DModel, options.NHead, options.Dropout, true, false, false, options.DModel, options.DModel);
        void Child(string name, ModuleDescription child) => description.Members.Add(new MemberValue(name, MemberKind.Submodule, null, child));
        Child("self_attn", MultiheadAttention(tensors, prefix + "self_attn.", attention));
        Child("multihead_attn", MultiheadAttention(tensors, prefix + "multihead_attn.", attention));
        Child("linear1", LinearOf(Find(tensors, prefix + "linear1.weight")!, Find(tensors, prefix + "linear1.bias")));
        Child("dropout", DropoutOf(options.Dropout));
        Child("linear2", LinearOf(Find(tensors, prefix + "linear2.weight")!, Find(tensors, prefix + "linear2.bias")));
        Child("norm1", LayerNormOf(Find(tensors, prefix + "norm1.weight")!, Find(tensors, prefix + "norm1.bias")!, options.DModel));
        Child("norm2", LayerNormOf(Find(tensors, prefix + "norm2.weight")!, Find(tensors, prefix + "norm2.bias")!, options.DModel));
        Child("norm3", LayerNormOf(Find(tensors, prefix + "norm3.weight")!, Find(tensors, prefix + "norm3.bias")!, options.DModel));
        Child("dropout1", DropoutOf(options.Dropout));
        Child("dropout2", DropoutOf(options.Dropout));
        Child("dropout3", DropoutOf(options.Dropout));
        description.Methods.Add(
            $"  def forward(self, tgt: Tensor, memory: Tensor, {DecoderMasks}) -> Tensor:\n" +
            "    attended = self.self_attn.forward(tgt, tgt, tgt, tgt_key_padding_mask, False, tgt_mask)[0]\n" +
            "    x = self.norm1.forward(torch.add(tgt, self.dropout1.forward(attended)))\n" +
            "    attended = self.multihead_attn.forward(x, memory, memory, memory_key_padding_mask, False, memory_mask)[0]\n" +
            "    x = self.norm2.forward(torch.add(x, self.dropout2.forward(attended)))\n" +
            "    hidden = self.linear1.forward(x)\n" +
            $"    hidden = {Activation(options.Activation, "hidden")}\n" +
            "    hidden = self.linear2.forward(self.dropout.forward(hidden))\n" +
            "    return self.norm3.forward(torch.add(x, self.dropout3.forward(hidden)))\n");
        description.FileVersion = ActivationFileVersion(options.Activation);
        return description;
    }

    private const string DecoderMasks =
        "tgt_mask: Optional[Tensor]=None, memory_mask: Optional[Tensor]=None, tgt_key_padding_mask: Optional[Tensor]=None, memory_key_padding_mask: Optional[Tensor]=None";

    /// <summary>The transformer layers' activation (libtorch's F::gelu has no tanh approximation).</summary>
    private static string Activation(nn.Activations activation, string input) =>
        activation == nn.Activations.GELU ? $"torch.gelu({input}, approximate=\"none\")" : $"torch.relu({input})";

    /// <summary>gelu gained <c>approximate</c> at file version 10; the rest needs 4 (div).</summary>
    private static int ActivationFileVersion(nn.Activations activation) => activation == nn.Activations.GELU ? 10 : 4;

    /// <summary>libtorch's TransformerEncoder: the layers in turn (cloned from one prototype), then the final norm if it has one.</summary>
    public static ModuleDescription TransformerEncoder(Dictionary<string, Tensor> tensors, string prefix, TransformerEncoderOptions options, bool norm) =>
        Stack("TransformerEncoder", tensors, prefix, options.NumLayers, options.Layer.DModel, norm,
            i => TransformerEncoderLayer(tensors, $"{prefix}layers.{I(i)}.", options.Layer),
            "src: Tensor, mask: Optional[Tensor]=None, src_key_padding_mask: Optional[Tensor]=None", "src", "mask, src_key_padding_mask");

    /// <summary>libtorch's TransformerDecoder: the layers in turn over the same memory, then the final norm if it has one.</summary>
    public static ModuleDescription TransformerDecoder(Dictionary<string, Tensor> tensors, string prefix, TransformerDecoderOptions options, bool norm) =>
        Stack("TransformerDecoder", tensors, prefix, options.NumLayers, options.Layer.DModel, norm,
            i => TransformerDecoderLayer(tensors, $"{prefix}layers.{I(i)}.", options.Layer),
            $"tgt: Tensor, memory: Tensor, {DecoderMasks}", "tgt", "memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask");

    private static ModuleDescription Stack(string name, Dictionary<string, Tensor> tensors, string prefix, long count, long features, bool norm,
        System.Func<long, ModuleDescription> layer, string parameters, string input, string arguments)
    {
        var layers = new ModuleDescription(ScriptClassName.TorchNn("container", "ModuleList"));
        for (long i = 0; i < count; i++)
            layers.Members.Add(new MemberValue(I(i), MemberKind.Submodule, null, layer(i)));
        var description = new ModuleDescription(ScriptClassName.TorchNn("transformer", name));
        description.Members.Add(new MemberValue("layers", MemberKind.Submodule, null, layers));
        if (norm)
            description.Members.Add(new MemberValue("norm", MemberKind.Submodule, null, LayerNormOf(Find(tensors, prefix + "norm.weight")!, Find(tensors, prefix + "norm.bias")!, features)));
        var source = new StringBuilder($"  def forward(self, {parameters}) -> Tensor:\n    output = {input}\n");
        for (long i = 0; i < count; i++)
            source.Append($"    output = getattr(self.layers, \"{I(i)}\").forward(output, {arguments})\n");
        if (norm)
            source.Append("    output = self.norm.forward(output)\n");
        source.Append("    return output\n");
        description.Methods.Add(source.ToString());
        return description;
    }

    public static ModuleDescription LinearOf(Tensor weight, Tensor? bias, string name = "Linear")
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("linear", name));
        description.Members.Add(TensorMember("weight", MemberKind.Parameter, weight));
        description.Members.Add(TensorMember("bias", MemberKind.Parameter, bias));
        description.Methods.Add(Forward("torch.linear(input, self.weight, self.bias)"));
        return description;
    }

    public static ModuleDescription LayerNormOf(Tensor weight, Tensor bias, long features)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("normalization", "LayerNorm"));
        description.Members.Add(TensorMember("weight", MemberKind.Parameter, weight));
        description.Members.Add(TensorMember("bias", MemberKind.Parameter, bias));
        description.Methods.Add(Forward($"torch.layer_norm(input, [{I(features)}], self.weight, self.bias, 1e-05, False)"));
        return description;
    }

    public static ModuleDescription DropoutOf(double p) => Stateless("dropout", "Dropout", $"torch.dropout(input, {F(p)}, self.training)");
}

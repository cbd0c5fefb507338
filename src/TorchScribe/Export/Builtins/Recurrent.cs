using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;
using static TorchSharp.torch;

[assembly: StockModule(typeof(GRU), typeof(GRUTranslation), RecordingFactories = new[] { "GRU" }, RecordingUnneededParameter = "numLayers", RecordingUnneededValue = RecurrentLayers.DropoutFreeLayers)]
[assembly: StockModule(typeof(LSTM), typeof(LSTMTranslation), RecordingFactories = new[] { "LSTM" }, RecordingUnneededParameter = "numLayers", RecordingUnneededValue = RecurrentLayers.DropoutFreeLayers)]
[assembly: StockModule(typeof(RNN), typeof(RNNTranslation), RecordingFactories = new[] { "RNN" })]
[assembly: StockModule(typeof(GRUCell), typeof(GRUCellTranslation))]
[assembly: StockModule(typeof(LSTMCell), typeof(LSTMCellTranslation))]
[assembly: StockModule(typeof(RNNCell), typeof(RNNCellTranslation), RecordingFactories = new[] { "RNNCell" })]

namespace TorchScribe.Export.Builtins;

internal sealed class GRUTranslation : StockModuleTranslation<GRU>
{
    protected override ModuleDescription Describe(GRU gru, string path) =>
        RecurrentLayers.Describe(gru, path, "GRU", "torch.gru", RecurrentLayers.Dropout(gru, path, "GRU"));
}

internal sealed class LSTMTranslation : StockModuleTranslation<LSTM>
{
    protected override ModuleDescription Describe(LSTM lstm, string path) =>
        RecurrentLayers.Describe(lstm, path, "LSTM", "torch.lstm", RecurrentLayers.Dropout(lstm, path, "LSTM"));
}

internal sealed class RNNTranslation : StockModuleTranslation<RNN>
{
    protected override ModuleDescription Describe(RNN rnn, string path)
    {
        var options = Options<RecurrentOptions>(rnn, path, "RNN");
        string op = options.NonLinearity == nn.NonLinearities.ReLU ? "torch.rnn_relu" : "torch.rnn_tanh";
        return RecurrentLayers.Describe(rnn, path, "RNN", op, options.Dropout);
    }
}

/// <summary>
/// RNN, LSTM and GRU as TorchSharp runs them: a missing initial state is zeros of (layers × directions, batch, hidden),
/// then libtorch's recurrent op over the parameters in registration order. Forward keeps TorchSharp's signature (LSTM
/// takes an optional (h0, c0) and returns (output, hN, cN)), so script code calls it as the C# does.
/// </summary>
internal static class RecurrentLayers
{
    /// <summary>libtorch applies dropout only between layers: a single layer runs the same for any dropout.</summary>
    public const long DropoutFreeLayers = 1;

    public static double Dropout(nn.Module module, string path, string factory) =>
        Hidden<long>(module, path, "_num_layers") == DropoutFreeLayers ? 0.0 : Options<RecurrentOptions>(module, path, factory).Dropout;

    public static ModuleDescription Describe(nn.Module module, string path, string name, string op, double dropout)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("rnn", name));
        var parameters = module.named_parameters(false).Select(p => p.name).ToArray();
        Tensors(description, module, MemberKind.Parameter, parameters);
        long hidden = Hidden<long>(module, path, "_hidden_size"), layers = Hidden<long>(module, path, "_num_layers");
        bool bidirectional = Hidden<bool>(module, path, "_bidirectional"), batchFirst = Hidden<bool>(module, path, "_batch_first");
        bool bias = parameters.Contains("bias_ih_l0");
        string zeros = $"torch.zeros([{I((bidirectional ? 2 : 1) * layers)}, input.size({(batchFirst ? 0 : 1)}), {I(hidden)}], dtype=input.dtype, device=input.device)";
        string weights = "[" + string.Join(", ", parameters.Select(p => "self." + p)) + "]";
        string options = $"{B(bias)}, {I(layers)}, {F(dropout)}, self.training, {B(bidirectional)}, {B(batchFirst)}";
        var source = new StringBuilder();
        if (name == "LSTM")
        {
            source.Append("  def forward(self, input: Tensor, h0_c0: Optional[Tuple[Tensor, Tensor]]=None) -> Tuple[Tensor, Tensor, Tensor]:\n");
            source.Append("    if h0_c0 is None:\n");
            source.Append($"      h0 = {zeros}\n      c0 = {zeros}\n");
            source.Append("    else:\n      h0, c0 = h0_c0\n");
            source.Append($"    output, hn, cn = {op}(input, [h0, c0], {weights}, {options})\n");
            source.Append("    return (output, hn, cn)\n");
        }
        else
        {
            source.Append("  def forward(self, input: Tensor, h0: Optional[Tensor]=None) -> Tuple[Tensor, Tensor]:\n");
            source.Append("    if h0 is None:\n");
            source.Append($"      hx = {zeros}\n");
            source.Append("    else:\n      hx = h0\n");
            source.Append($"    output, hn = {op}(input, hx, {weights}, {options})\n");
            source.Append("    return (output, hn)\n");
        }
        description.Methods.Add(source.ToString());
        return description;
    }
}

internal sealed class GRUCellTranslation : StockModuleTranslation<GRUCell>
{
    protected override ModuleDescription Describe(GRUCell cell, string path) => RecurrentCells.Describe(cell, "GRUCell", "torch.gru_cell");
}

internal sealed class RNNCellTranslation : StockModuleTranslation<RNNCell>
{
    protected override ModuleDescription Describe(RNNCell cell, string path) =>
        RecurrentCells.Describe(cell, "RNNCell",
            Options<RecurrentOptions>(cell, path, "RNNCell").NonLinearity == nn.NonLinearities.ReLU ? "torch.rnn_relu_cell" : "torch.rnn_tanh_cell");
}

internal sealed class LSTMCellTranslation : StockModuleTranslation<LSTMCell>
{
    protected override ModuleDescription Describe(LSTMCell cell, string path) => RecurrentCells.Describe(cell, "LSTMCell", "torch.lstm_cell");
}

/// <summary>
/// The cells as libtorch's C++ modules run them: 1-D input is a batch of one; a missing state is zeros of
/// (input.size(0), hidden). TorchSharp cannot pass an LSTMCell no state (it passes undefined tensors, which libtorch
/// rejects), so that raises here too.
/// </summary>
internal static class RecurrentCells
{
    public static ModuleDescription Describe(nn.Module cell, string name, string op)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("rnn", name));
        Tensors(description, cell, MemberKind.Parameter, "weight_ih", "weight_hh", "bias_ih", "bias_hh");
        long hidden = cell.named_parameters(false).Single(p => p.name == "weight_hh").parameter.shape[1];
        string weights = "self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh";
        var source = new StringBuilder();
        bool lstm = name == "LSTMCell";
        source.Append(lstm
            ? "  def forward(self, input: Tensor, h0_c0: Optional[Tuple[Tensor, Tensor]]=None) -> Tuple[Tensor, Tensor]:\n"
            : "  def forward(self, input: Tensor, h0: Optional[Tensor]=None) -> Tensor:\n");
        source.Append("    if input.dim() != 1 and input.dim() != 2:\n" + Raise("Expected input to be 1D or 2D", "      "));
        source.Append("    is_batched = input.dim() == 2\n");
        source.Append("    r_input = input if is_batched else input.unsqueeze(0)\n");
        if (lstm)
        {
            source.Append("    if h0_c0 is None:\n" + Raise("Input batch size doesn't match hidden0 batch size 0", "      "));
            source.Append("    h0, c0 = h0_c0\n");
            source.Append("    if h0.dim() != 1 and h0.dim() != 2:\n" + Raise("Expected hx[0] to be 1D or 2D", "      "));
            source.Append("    if c0.dim() != 1 and c0.dim() != 2:\n" + Raise("Expected hx[1] to be 1D or 2D", "      "));
            source.Append("    if not is_batched:\n      h0 = h0.unsqueeze(0)\n      c0 = c0.unsqueeze(0)\n");
            source.Append($"    hn, cn = {op}(r_input, [h0, c0], {weights})\n");
            source.Append("    if not is_batched:\n      hn = hn.squeeze(0)\n      cn = cn.squeeze(0)\n");
            source.Append("    return (hn, cn)\n");
        }
        else
        {
            source.Append("    if h0 is None:\n");
            source.Append($"      r_hx = torch.zeros([input.size(0), {I(hidden)}], dtype=input.dtype, device=input.device)\n");
            source.Append("    else:\n");
            source.Append("      if h0.dim() != 1 and h0.dim() != 2:\n" + Raise("Expected hidden to be 1D or 2D", "        "));
            source.Append("      r_hx = h0 if is_batched else h0.unsqueeze(0)\n");
            source.Append($"    ret = {op}(r_input, r_hx, {weights})\n");
            source.Append("    if not is_batched:\n      ret = ret.squeeze(0)\n");
            source.Append("    return ret\n");
        }
        description.Methods.Add(source.ToString());
        return description;
    }
}

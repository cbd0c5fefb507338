using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

internal static partial class BuiltinModules
{
    private static ModuleDescription Linear(Linear linear)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.linear.Linear");
        Tensors(description, linear, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward("torch.linear(input, self.weight, self.bias)"));
        return description;
    }

    private static ModuleDescription Bilinear(Bilinear bilinear)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.linear.Bilinear");
        Tensors(description, bilinear, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add("  def forward(self, input1: Tensor, input2: Tensor) -> Tensor:\n    return torch.bilinear(input1, input2, self.weight, self.bias)\n");
        return description;
    }

    /// <summary>
    /// Conv1d/2d/3d as TorchSharp computes them: a non-zero padding mode pads first and convolves with no padding;
    /// "same"/"valid" padding goes to the string overload; explicit padding to the int-list overload.
    /// </summary>
    private static ModuleDescription Convolution(Convolution conv, string name, int dimensions)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.conv." + name);
        Tensors(description, conv, MemberKind.Parameter, "weight", "bias");
        string op = "torch.conv" + dimensions + "d";
        string stride = Ints(conv.stride.Take(dimensions));
        string dilation = Ints(conv.dilation.Take(dimensions));
        string groups = I(conv.groups);
        string call;
        if (conv.padding_mode != PaddingModes.Zeros)
        {
            string zeros = Ints(Enumerable.Repeat(0L, dimensions));
            call = $"{op}(torch.pad(input, {Ints(ReversedPaddingRepeatedTwice(conv, dimensions))}, {Shared.ScriptSyntax.String(PadMode(conv.padding_mode))}, {(conv.padding_mode == PaddingModes.Constant ? "0.0" : "None")}), self.weight, self.bias, {stride}, {zeros}, {dilation}, {groups})";
        }
        else if (conv.padding_type is { } padding)
        {
            call = $"{op}(input, self.weight, self.bias, {stride}, {Shared.ScriptSyntax.String(padding == Padding.Same ? "same" : "valid")}, {dilation}, {groups})";
        }
        else
        {
            call = $"{op}(input, self.weight, self.bias, {stride}, {Ints((conv.padding ?? new long[dimensions]).Take(dimensions))}, {dilation}, {groups})";
        }
        description.Methods.Add(Forward(call));
        return description;
    }

    /// <summary>What TorchSharp's Convolution computes for F.pad: per dimension, last first, (left, right).</summary>
    private static long[] ReversedPaddingRepeatedTwice(Convolution conv, int dimensions)
    {
        var result = new long[dimensions * 2];
        for (int d = 0; d < dimensions; d++)
        {
            long left, right;
            if (conv.padding_type == Padding.Same)
            {
                long total = conv.dilation[d] * (conv.kernel_size[d] - 1);
                left = total / 2;
                right = total - left;
            }
            else if (conv.padding_type == Padding.Valid)
            {
                left = right = 0;
            }
            else
            {
                left = right = conv.padding![d];
            }
            int at = 2 * (dimensions - 1 - d);
            result[at] = left;
            result[at + 1] = right;
        }
        return result;
    }

    private static string PadMode(PaddingModes mode) => mode switch
    {
        PaddingModes.Reflect => "reflect",
        PaddingModes.Replicate => "replicate",
        PaddingModes.Circular => "circular",
        _ => "constant",
    };

    /// <summary>TorchSharp's ConvTranspose2d passes only output_padding[0] (libtorch broadcasts it to both dimensions).</summary>
    private static ModuleDescription ConvTranspose2d(ConvTranspose2d conv)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.conv.ConvTranspose2d");
        Tensors(description, conv, MemberKind.Parameter, "weight", "bias");
        long outputPadding = conv.output_padding[0];
        description.Methods.Add(Forward(
            $"torch.conv_transpose2d(input, self.weight, self.bias, {Ints(conv.stride.Take(2))}, {Ints(conv.padding!.Take(2))}, {Ints(new[] { outputPadding, outputPadding })}, {I(conv.groups)}, {Ints(conv.dilation.Take(2))})"));
        return description;
    }

    /// <summary>BatchNorm's forward, line by line as TorchSharp's BatchNorm.forward, specialized to this instance.</summary>
    private static ModuleDescription BatchNorm(BatchNorm norm, string name, string badShape, string shapeMessage)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.batchnorm." + name);
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        Tensors(description, norm, MemberKind.Buffer, "running_mean", "running_var", "num_batches_tracked");
        bool tracked = norm.num_batches_tracked is not null;
        bool hasStats = norm.running_mean is not null || norm.running_var is not null;
        string momentum = norm.momentum is { } m ? F(m) : "0.0";
        var source = new System.Text.StringBuilder();
        source.Append("  def forward(self, input: Tensor) -> Tensor:\n");
        source.Append($"    if {badShape}:\n{Raise(shapeMessage, "      ")}");
        source.Append($"    factor = {momentum}\n");
        if (norm.track_running_stats && tracked)
        {
            source.Append("    if self.training:\n");
            source.Append("      num_batches_tracked = self.num_batches_tracked\n");
            source.Append("      if num_batches_tracked is not None:\n");
            source.Append("        num_batches_tracked.add_(1)\n");
            source.Append(norm.momentum is null
                ? "        factor = 1.0 / float(num_batches_tracked)\n"
                : $"        factor = {momentum}\n");
        }
        source.Append($"    bn_training = True if self.training else {B(!hasStats)}\n");
        string statistics = norm.track_running_stats
            ? "self.running_mean, self.running_var"
            : "(None if self.training else self.running_mean), (None if self.training else self.running_var)";
        source.Append($"    return torch.batch_norm(input, self.weight, self.bias, {statistics}, bn_training, factor, {F(norm.eps)}, False)\n");
        description.Methods.Add(source.ToString());
        return description;
    }

    private static ModuleDescription LayerNorm(LayerNorm norm)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.normalization.LayerNorm");
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward($"torch.layer_norm(input, {Ints(norm.normalized_shape)}, self.weight, self.bias, {F(norm.eps)}, False)"));
        return description;
    }

    private static ModuleDescription GroupNorm(GroupNorm norm)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.normalization.GroupNorm");
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    if input.dim() < 3:\n" + Raise("expected at least 3D input", "      ") +
            $"    return torch.group_norm(input, {I(norm.num_groups)}, self.weight, self.bias, {F(norm.eps)}, False)\n");
        return description;
    }

    private static ModuleDescription Gelu(GELU gelu)
    {
        var description = Activation("GELU", $"torch.gelu{Inplace(gelu.inplace)}(input, approximate={Shared.ScriptSyntax.String(gelu.approximate == GELU.Approximate.tanh ? "tanh" : "none")})");
        description.FileVersion = 10;     // gelu gained `approximate` at file version 10
        return description;
    }

    private static ModuleDescription MaxPool1d(MaxPool1d pool) => Stateless("pooling.MaxPool1d",
        $"torch.max_pool1d(input, [{I(pool.kernel_size)}], [{I(pool.stride ?? pool.kernel_size)}], [{I(pool.padding ?? 0)}], [{I(pool.dilation ?? 1)}], {B(pool.ceil_mode)})");

    private static ModuleDescription MaxPool2d(MaxPool2d pool)
    {
        long[] kernel = pool.kernel_size;
        return Stateless("pooling.MaxPool2d",
            $"torch.max_pool2d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[kernel.Length])}, {Ints(pool.dilation ?? Enumerable.Repeat(1L, kernel.Length).ToArray())}, {B(pool.ceil_mode)})");
    }

    private static ModuleDescription AvgPool2d(AvgPool2d pool)
    {
        long[] kernel = pool.kernel_size;
        string divisor = pool.divisor_override is { } d && d != 0 ? I(d) : "None";    // TorchSharp treats 0 as none
        return Stateless("pooling.AvgPool2d",
            $"torch.avg_pool2d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[] { 0 })}, {B(pool.ceil_mode)}, {B(pool.count_include_pad)}, {divisor})");
    }
}

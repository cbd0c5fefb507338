using System.Linq;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using TorchSharp;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(Conv1d), typeof(Conv1dTranslation))]
[assembly: StockModule(typeof(Conv2d), typeof(Conv2dTranslation))]
[assembly: StockModule(typeof(Conv3d), typeof(Conv3dTranslation))]
[assembly: StockModule(typeof(ConvTranspose1d), typeof(ConvTranspose1dTranslation))]
[assembly: StockModule(typeof(ConvTranspose2d), typeof(ConvTranspose2dTranslation))]
[assembly: StockModule(typeof(ConvTranspose3d), typeof(ConvTranspose3dTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class Conv1dTranslation : StockModuleTranslation<Conv1d>
{
    protected override ModuleDescription Describe(Conv1d conv, string path) => Convolution.Describe(conv, "Conv1d", 1);
}

internal sealed class Conv2dTranslation : StockModuleTranslation<Conv2d>
{
    protected override ModuleDescription Describe(Conv2d conv, string path) => Convolution.Describe(conv, "Conv2d", 2);
}

internal sealed class Conv3dTranslation : StockModuleTranslation<Conv3d>
{
    protected override ModuleDescription Describe(Conv3d conv, string path) => Convolution.Describe(conv, "Conv3d", 3);
}

/// <summary>
/// Conv1d/2d/3d as TorchSharp computes them: a non-zero padding mode pads first and convolves with no padding;
/// "same"/"valid" padding goes to the string overload; explicit padding to the int-list overload.
/// </summary>
internal static class Convolution
{
    public static ModuleDescription Describe(TorchSharp.Modules.Convolution conv, string name, int dimensions)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("conv", name));
        Tensors(description, conv, MemberKind.Parameter, "weight", "bias");
        string op = "torch.conv" + dimensions + "d";
        string stride = Ints(conv.stride.Take(dimensions));
        string dilation = Ints(conv.dilation.Take(dimensions));
        string groups = I(conv.groups);
        string call;
        if (conv.padding_mode != PaddingModes.Zeros)
        {
            string zeros = Ints(Enumerable.Repeat(0L, dimensions));
            call = $"{op}(torch.pad(input, {Ints(ReversedPaddingRepeatedTwice(conv, dimensions))}, {ScriptSyntax.String(PadMode(conv.padding_mode))}, {(conv.padding_mode == PaddingModes.Constant ? "0.0" : "None")}), self.weight, self.bias, {stride}, {zeros}, {dilation}, {groups})";
        }
        else if (conv.padding_type is { } padding)
        {
            call = $"{op}(input, self.weight, self.bias, {stride}, {ScriptSyntax.String(padding == Padding.Same ? "same" : "valid")}, {dilation}, {groups})";
        }
        else
        {
            call = $"{op}(input, self.weight, self.bias, {stride}, {Ints((conv.padding ?? new long[dimensions]).Take(dimensions))}, {dilation}, {groups})";
        }
        description.Methods.Add(Forward(call));
        return description;
    }

    /// <summary>What TorchSharp's Convolution computes for F.pad: per dimension, last first, (left, right).</summary>
    private static long[] ReversedPaddingRepeatedTwice(TorchSharp.Modules.Convolution conv, int dimensions)
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

    /// <summary>libtorch's name of a TorchSharp padding mode (zeros pad with the constant 0).</summary>
    public static string PadMode(PaddingModes mode) => mode switch
    {
        PaddingModes.Reflect => "reflect",
        PaddingModes.Replicate => "replicate",
        PaddingModes.Circular => "circular",
        _ => "constant",
    };
}

internal sealed class ConvTranspose1dTranslation : StockModuleTranslation<ConvTranspose1d>
{
    protected override ModuleDescription Describe(ConvTranspose1d conv, string path) => TransposedConvolution.Describe(conv, "ConvTranspose1d", 1);
}

internal sealed class ConvTranspose2dTranslation : StockModuleTranslation<ConvTranspose2d>
{
    protected override ModuleDescription Describe(ConvTranspose2d conv, string path) => TransposedConvolution.Describe(conv, "ConvTranspose2d", 2);
}

internal sealed class ConvTranspose3dTranslation : StockModuleTranslation<ConvTranspose3d>
{
    protected override ModuleDescription Describe(ConvTranspose3d conv, string path) => TransposedConvolution.Describe(conv, "ConvTranspose3d", 3);
}

/// <summary>
/// ConvTranspose1d/2d/3d as TorchSharp calls them: the options per dimension, except output_padding, of which only the
/// first element is passed (libtorch broadcasts it to every dimension).
/// </summary>
internal static class TransposedConvolution
{
    public static ModuleDescription Describe(ConvolutionTranspose conv, string name, int dimensions)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("conv", name));
        Tensors(description, conv, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward(
            $"torch.conv_transpose{dimensions}d(input, self.weight, self.bias, {Ints(conv.stride.Take(dimensions))}, {Ints(conv.padding!.Take(dimensions))}, " +
            $"{Ints(Enumerable.Repeat(conv.output_padding[0], dimensions))}, {I(conv.groups)}, {Ints(conv.dilation.Take(dimensions))})"));
        return description;
    }
}

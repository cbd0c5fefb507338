using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(ReLU), typeof(ReLUTranslation))]
[assembly: StockModule(typeof(LeakyReLU), typeof(LeakyReLUTranslation))]
[assembly: StockModule(typeof(GELU), typeof(GELUTranslation))]
[assembly: StockModule(typeof(SiLU), typeof(SiLUTranslation))]
[assembly: StockModule(typeof(Tanh), typeof(TanhTranslation))]
[assembly: StockModule(typeof(Sigmoid), typeof(SigmoidTranslation))]
[assembly: StockModule(typeof(Softmax), typeof(SoftmaxTranslation))]
[assembly: StockModule(typeof(LogSoftmax), typeof(LogSoftmaxTranslation))]
[assembly: StockModule(typeof(Dropout), typeof(DropoutTranslation))]
[assembly: StockModule(typeof(ELU), typeof(ELUTranslation))]
[assembly: StockModule(typeof(CELU), typeof(CELUTranslation))]
[assembly: StockModule(typeof(ReLU6), typeof(ReLU6Translation))]
[assembly: StockModule(typeof(SELU), typeof(SELUTranslation))]
[assembly: StockModule(typeof(Mish), typeof(MishTranslation))]
[assembly: StockModule(typeof(Hardswish), typeof(HardswishTranslation))]
[assembly: StockModule(typeof(Hardsigmoid), typeof(HardsigmoidTranslation))]
[assembly: StockModule(typeof(LogSigmoid), typeof(LogSigmoidTranslation))]
[assembly: StockModule(typeof(Softplus), typeof(SoftplusTranslation))]
[assembly: StockModule(typeof(Softsign), typeof(SoftsignTranslation))]
[assembly: StockModule(typeof(Tanhshrink), typeof(TanhshrinkTranslation))]
[assembly: StockModule(typeof(Softshrink), typeof(SoftshrinkTranslation))]
[assembly: StockModule(typeof(Hardshrink), typeof(HardshrinkTranslation))]
[assembly: StockModule(typeof(Threshold), typeof(ThresholdTranslation))]
[assembly: StockModule(typeof(GLU), typeof(GLUTranslation))]
[assembly: StockModule(typeof(Softmin), typeof(SoftminTranslation))]
[assembly: StockModule(typeof(Softmax2d), typeof(Softmax2dTranslation))]
[assembly: StockModule(typeof(PixelShuffle), typeof(PixelShuffleTranslation))]
[assembly: StockModule(typeof(PixelUnshuffle), typeof(PixelUnshuffleTranslation))]
[assembly: StockModule(typeof(PReLU), typeof(PReLUTranslation))]
[assembly: StockModule(typeof(RReLU), typeof(RReLUTranslation))]
[assembly: StockModule(typeof(Hardtanh), typeof(HardtanhTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class ReLUTranslation : StockModuleTranslation<ReLU>
{
    protected override ModuleDescription Describe(ReLU relu, string path) => Activation("ReLU", $"torch.relu{Inplace(relu.inplace)}(input)");
}

internal sealed class LeakyReLUTranslation : StockModuleTranslation<LeakyReLU>
{
    protected override ModuleDescription Describe(LeakyReLU leaky, string path) =>
        Activation("LeakyReLU", $"torch.leaky_relu{Inplace(leaky.inplace)}(input, {F(leaky.negative_slope)})");
}

internal sealed class GELUTranslation : StockModuleTranslation<GELU>
{
    protected override ModuleDescription Describe(GELU gelu, string path)
    {
        var description = Activation("GELU", $"torch.gelu{Inplace(gelu.inplace)}(input, approximate={ScriptSyntax.String(gelu.approximate == GELU.Approximate.tanh ? "tanh" : "none")})");
        description.FileVersion = 10;     // gelu gained `approximate` at file version 10
        return description;
    }
}

internal sealed class SiLUTranslation : StockModuleTranslation<SiLU>
{
    protected override ModuleDescription Describe(SiLU silu, string path) => Activation("SiLU", $"torch.silu{Inplace(silu.inplace)}(input)");
}

internal sealed class TanhTranslation : StockModuleTranslation<Tanh>
{
    protected override ModuleDescription Describe(Tanh tanh, string path) => Activation("Tanh", $"torch.tanh{Inplace(tanh.inplace)}(input)");
}

internal sealed class SigmoidTranslation : StockModuleTranslation<Sigmoid>
{
    protected override ModuleDescription Describe(Sigmoid sigmoid, string path) => Activation("Sigmoid", $"torch.sigmoid{Inplace(sigmoid.inplace)}(input)");
}

internal sealed class SoftmaxTranslation : StockModuleTranslation<Softmax>
{
    protected override ModuleDescription Describe(Softmax softmax, string path) => Activation("Softmax", $"torch.softmax(input, {I(softmax.dim)}, None)");
}

internal sealed class LogSoftmaxTranslation : StockModuleTranslation<LogSoftmax>
{
    protected override ModuleDescription Describe(LogSoftmax logSoftmax, string path) => Activation("LogSoftmax", $"torch.log_softmax(input, {I(logSoftmax.dim)}, None)");
}

internal sealed class DropoutTranslation : StockModuleTranslation<Dropout>
{
    protected override ModuleDescription Describe(Dropout dropout, string path) =>
        Stateless("dropout", "Dropout", $"torch.dropout{(dropout.inplace ? "_" : "")}(input, {F(dropout.p)}, self.training)");
}

// The activations below are what PyTorch's modules compute, op for op (Softsign, Tanhshrink and Softmin are written out
// the way torch.nn.functional writes them), so libtorch and TorchSharp round alike.

internal sealed class ELUTranslation : StockModuleTranslation<ELU>
{
    protected override ModuleDescription Describe(ELU elu, string path) => Activation("ELU", $"torch.elu{Inplace(elu.inplace)}(input, {F(elu.alpha)}, 1, 1)");
}

internal sealed class CELUTranslation : StockModuleTranslation<CELU>
{
    protected override ModuleDescription Describe(CELU celu, string path) => Activation("CELU", $"torch.celu{Inplace(celu.inplace)}(input, {F(celu.alpha)})");
}

internal sealed class ReLU6Translation : StockModuleTranslation<ReLU6>
{
    protected override ModuleDescription Describe(ReLU6 relu6, string path) => Activation("ReLU6", $"torch.hardtanh{Inplace(relu6.inplace)}(input, 0., 6.)");
}

internal sealed class SELUTranslation : StockModuleTranslation<SELU>
{
    protected override ModuleDescription Describe(SELU selu, string path) => Activation("SELU", $"torch.selu{Inplace(selu.inplace)}(input)");
}

internal sealed class MishTranslation : StockModuleTranslation<Mish>
{
    // TorchSharp's mish is input * tanh(softplus(input)), which rounds differently from aten's fused mish.
    protected override ModuleDescription Describe(Mish mish, string path) =>
        Activation("Mish", mish.inplace ? "input.mul_(torch.tanh(torch.softplus(input, 1.0, 20.0)))" : "torch.mul(input, torch.tanh(torch.softplus(input, 1.0, 20.0)))");
}

internal sealed class HardswishTranslation : StockModuleTranslation<Hardswish>
{
    protected override ModuleDescription Describe(Hardswish hardswish, string path) => Activation("Hardswish", $"torch.hardswish{Inplace(hardswish.inplace)}(input)");
}

internal sealed class HardsigmoidTranslation : StockModuleTranslation<Hardsigmoid>
{
    protected override ModuleDescription Describe(Hardsigmoid hardsigmoid, string path) => Activation("Hardsigmoid", $"torch.hardsigmoid{Inplace(hardsigmoid.inplace)}(input)");
}

internal sealed class LogSigmoidTranslation : StockModuleTranslation<LogSigmoid>
{
    protected override ModuleDescription Describe(LogSigmoid logSigmoid, string path) => Activation("LogSigmoid", "torch.log_sigmoid(input)");
}

internal sealed class SoftplusTranslation : StockModuleTranslation<Softplus>
{
    protected override ModuleDescription Describe(Softplus softplus, string path) =>
        Activation("Softplus", $"torch.softplus(input, {F(softplus.beta)}, {F(softplus.threshold)})");
}

internal sealed class SoftsignTranslation : StockModuleTranslation<Softsign>
{
    protected override ModuleDescription Describe(Softsign softsign, string path) => Activation("Softsign", "torch.div(input, torch.add(torch.abs(input), 1))");
}

internal sealed class TanhshrinkTranslation : StockModuleTranslation<Tanhshrink>
{
    protected override ModuleDescription Describe(Tanhshrink tanhshrink, string path) => Activation("Tanhshrink", "torch.sub(input, torch.tanh(input))");
}

internal sealed class SoftshrinkTranslation : StockModuleTranslation<Softshrink>
{
    protected override ModuleDescription Describe(Softshrink softshrink, string path) => Activation("Softshrink", $"torch.softshrink(input, {F(softshrink.lambda)})");
}

internal sealed class HardshrinkTranslation : StockModuleTranslation<Hardshrink>
{
    protected override ModuleDescription Describe(Hardshrink hardshrink, string path) => Activation("Hardshrink", $"torch.hardshrink(input, {F(hardshrink.lambda)})");
}

internal sealed class ThresholdTranslation : StockModuleTranslation<Threshold>
{
    protected override ModuleDescription Describe(Threshold threshold, string path) =>
        Activation("Threshold", $"torch.threshold{Inplace(threshold.inplace)}(input, {F(threshold.threshold)}, {F(threshold.value)})");
}

internal sealed class GLUTranslation : StockModuleTranslation<GLU>
{
    protected override ModuleDescription Describe(GLU glu, string path) => Activation("GLU", $"torch.glu(input, {I(glu.dim)})");
}

internal sealed class SoftminTranslation : StockModuleTranslation<Softmin>
{
    protected override ModuleDescription Describe(Softmin softmin, string path) => Activation("Softmin", $"torch.softmax(torch.neg(input), {I(softmin.dim)}, None)");
}

internal sealed class Softmax2dTranslation : StockModuleTranslation<Softmax2d>
{
    protected override ModuleDescription Describe(Softmax2d softmax2d, string path) => Activation("Softmax2d", "torch.softmax(input, -3, None)");
}

internal sealed class PixelShuffleTranslation : StockModuleTranslation<PixelShuffle>
{
    protected override ModuleDescription Describe(PixelShuffle shuffle, string path) =>
        Stateless("pixelshuffle", "PixelShuffle", $"torch.pixel_shuffle(input, {I(shuffle.upscale_factor)})");
}

internal sealed class PixelUnshuffleTranslation : StockModuleTranslation<PixelUnshuffle>
{
    protected override ModuleDescription Describe(PixelUnshuffle unshuffle, string path) =>
        Stateless("pixelshuffle", "PixelUnshuffle", $"torch.pixel_unshuffle(input, {I(unshuffle.downscale_factor)})");
}

internal sealed class PReLUTranslation : StockModuleTranslation<PReLU>
{
    protected override ModuleDescription Describe(PReLU prelu, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("activation", "PReLU"));
        Tensors(description, prelu, MemberKind.Parameter, "weight");
        description.Methods.Add(Forward("torch.prelu(input, self.weight)"));
        return description;
    }
}

/// <summary>TorchSharp's RReLU calls Tensor.rrelu, which leaves training off: the fixed mean slope in any mode.</summary>
internal sealed class RReLUTranslation : StockModuleTranslation<RReLU>
{
    protected override ModuleDescription Describe(RReLU rrelu, string path) =>
        Activation("RReLU", $"torch.rrelu{Inplace(rrelu.inplace)}(input, {F(rrelu.lower)}, {F(rrelu.upper)}, False)");
}

/// <summary>
/// TorchSharp 0.107's Tensor.hardtanh returns its input unchanged (it drops libtorch's result), so only the in-place
/// Hardtanh clamps; export refuses the other rather than write a Hardtanh that PyTorch would read as clamping.
/// </summary>
internal sealed class HardtanhTranslation : StockModuleTranslation<Hardtanh>
{
    protected override ModuleDescription Describe(Hardtanh hardtanh, string path) => hardtanh.inplace
        ? Activation("Hardtanh", $"torch.hardtanh_(input, {F(hardtanh.min_val)}, {F(hardtanh.max_val)})")
        : throw new TorchScriptExportException(path,
            "TorchSharp's Hardtanh(inplace: false) returns its input unchanged (TorchSharp 0.107's Tensor.hardtanh drops the result), so no export computes what it does; use nn.Hardtanh(min_val, max_val, inplace: true) or torch.clamp in a [ScriptClass].");
}

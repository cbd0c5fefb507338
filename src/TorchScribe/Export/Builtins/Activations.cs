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

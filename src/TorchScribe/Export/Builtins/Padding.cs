using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using TorchSharp;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(ConstantPad1d), typeof(PaddingTranslation<ConstantPad1d>))]
[assembly: StockModule(typeof(ConstantPad2d), typeof(PaddingTranslation<ConstantPad2d>))]
[assembly: StockModule(typeof(ConstantPad3d), typeof(PaddingTranslation<ConstantPad3d>))]
[assembly: StockModule(typeof(ZeroPad2d), typeof(PaddingTranslation<ZeroPad2d>))]
[assembly: StockModule(typeof(ReflectionPad1d), typeof(PaddingTranslation<ReflectionPad1d>))]
[assembly: StockModule(typeof(ReflectionPad2d), typeof(PaddingTranslation<ReflectionPad2d>))]
[assembly: StockModule(typeof(ReflectionPad3d), typeof(PaddingTranslation<ReflectionPad3d>))]
[assembly: StockModule(typeof(ReplicationPad1d), typeof(PaddingTranslation<ReplicationPad1d>))]
[assembly: StockModule(typeof(ReplicationPad2d), typeof(PaddingTranslation<ReplicationPad2d>))]
[assembly: StockModule(typeof(ReplicationPad3d), typeof(PaddingTranslation<ReplicationPad3d>))]

namespace TorchScribe.Export.Builtins;

/// <summary>
/// The padding modules as TorchSharp runs them (nn.functional.pad with the module's mode): constant padding takes the
/// module's value; reflect and replicate take none, as libtorch's functional passes them.
/// </summary>
internal sealed class PaddingTranslation<TPad> : StockModuleTranslation<TPad> where TPad : PadBase
{
    protected override ModuleDescription Describe(TPad pad, string path)
    {
        string mode = Convolution.PadMode(Hidden<PaddingModes>(pad, path, "padding_mode"));
        string value = mode == "constant" ? F(pad.value) : "None";
        return Stateless("padding", typeof(TPad).Name, $"torch.pad(input, {Ints(pad.padding)}, {ScriptSyntax.String(mode)}, {value})");
    }
}

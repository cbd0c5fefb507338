using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(Linear), typeof(LinearTranslation))]
[assembly: StockModule(typeof(Bilinear), typeof(BilinearTranslation))]
[assembly: StockModule(typeof(Identity), typeof(IdentityTranslation))]
[assembly: StockModule(typeof(Flatten), typeof(FlattenTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class LinearTranslation : StockModuleTranslation<Linear>
{
    protected override ModuleDescription Describe(Linear linear, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("linear", "Linear"));
        Tensors(description, linear, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward("torch.linear(input, self.weight, self.bias)"));
        return description;
    }
}

internal sealed class BilinearTranslation : StockModuleTranslation<Bilinear>
{
    protected override ModuleDescription Describe(Bilinear bilinear, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("linear", "Bilinear"));
        Tensors(description, bilinear, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add("  def forward(self, input1: Tensor, input2: Tensor) -> Tensor:\n    return torch.bilinear(input1, input2, self.weight, self.bias)\n");
        return description;
    }
}

internal sealed class IdentityTranslation : StockModuleTranslation<Identity>
{
    protected override ModuleDescription Describe(Identity identity, string path) => Stateless("linear", "Identity", "input");
}

internal sealed class FlattenTranslation : StockModuleTranslation<Flatten>
{
    protected override ModuleDescription Describe(Flatten flatten, string path) =>
        Stateless("flatten", "Flatten", $"torch.flatten(input, {I(flatten.start_dim)}, {I(flatten.end_dim)})");
}

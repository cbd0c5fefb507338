using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(Dropout1d), typeof(Dropout1dTranslation))]
[assembly: StockModule(typeof(Dropout2d), typeof(Dropout2dTranslation))]
[assembly: StockModule(typeof(Dropout3d), typeof(Dropout3dTranslation))]
[assembly: StockModule(typeof(AlphaDropout), typeof(AlphaDropoutTranslation))]
[assembly: StockModule(typeof(FeatureAlphaDropout), typeof(FeatureAlphaDropoutTranslation))]

namespace TorchScribe.Export.Builtins;

/// <summary>
/// Dropout2d/3d as libtorch's C++ functional runs them (TorchSharp calls it): input of the batched rank goes to
/// feature_dropout as is, any other rank as a batch of one; in place, the input's own shape is changed and restored.
/// </summary>
internal static class FeatureDropout
{
    public static ModuleDescription Describe(string name, double p, bool inplace, long batchedRank)
    {
        string suffix = Inplace(inplace);
        var description = new ModuleDescription(ScriptClassName.TorchNn("dropout", name));
        description.Methods.Add("  def forward(self, input: Tensor) -> Tensor:\n" +
            $"    is_batched = input.dim() == {I(batchedRank)}\n" +
            "    x = input\n" +
            $"    if not is_batched:\n      x = x.unsqueeze{suffix}(0)\n" +
            $"    result = torch.feature_dropout{suffix}(x, {F(p)}, self.training)\n" +
            $"    if not is_batched:\n      result = result.squeeze{suffix}(0)\n" +
            "    return result\n");
        return description;
    }
}

internal sealed class Dropout2dTranslation : StockModuleTranslation<Dropout2d>
{
    protected override ModuleDescription Describe(Dropout2d dropout, string path) => FeatureDropout.Describe("Dropout2d", dropout.p, dropout.inplace, 4);
}

internal sealed class Dropout3dTranslation : StockModuleTranslation<Dropout3d>
{
    protected override ModuleDescription Describe(Dropout3d dropout, string path) => FeatureDropout.Describe("Dropout3d", dropout.p, dropout.inplace, 5);
}

/// <summary>TorchSharp's Dropout1d: 3-D input only, run as Dropout2d of input.unsqueeze(-1), squeezed back.</summary>
internal sealed class Dropout1dTranslation : StockModuleTranslation<Dropout1d>
{
    protected override ModuleDescription Describe(Dropout1d dropout, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("dropout", "Dropout1d"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    if input.dim() != 3:\n" + Raise("tensor passed to Dropout1d must be of the shape (N,C,L", "      ") +
            $"    return torch.feature_dropout{Inplace(dropout.inplace)}(input.unsqueeze(-1), {F(dropout.p)}, self.training).squeeze(-1)\n");
        return description;
    }
}

internal sealed class AlphaDropoutTranslation : StockModuleTranslation<AlphaDropout>
{
    protected override ModuleDescription Describe(AlphaDropout dropout, string path) =>
        Stateless("dropout", "AlphaDropout", $"torch.alpha_dropout{Inplace(dropout.inplace)}(input, {F(dropout.p)}, self.training)");
}

internal sealed class FeatureAlphaDropoutTranslation : StockModuleTranslation<FeatureAlphaDropout>
{
    protected override ModuleDescription Describe(FeatureAlphaDropout dropout, string path) =>
        Stateless("dropout", "FeatureAlphaDropout", $"torch.feature_alpha_dropout{Inplace(dropout.inplace)}(input, {F(dropout.p)}, self.training)");
}

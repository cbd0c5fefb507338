using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(CosineSimilarity), typeof(CosineSimilarityTranslation))]
[assembly: StockModule(typeof(PairwiseDistance), typeof(PairwiseDistanceTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class CosineSimilarityTranslation : StockModuleTranslation<CosineSimilarity>
{
    protected override ModuleDescription Describe(CosineSimilarity similarity, string path) =>
        TwoInputs("CosineSimilarity", $"torch.cosine_similarity(x1, x2, {I(similarity.dim)}, {F(similarity.eps)})");

    /// <summary>A two-input module of torch.nn.modules.distance returning <paramref name="expression"/> of x1 and x2.</summary>
    internal static ModuleDescription TwoInputs(string name, string expression)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("distance", name));
        description.Methods.Add($"  def forward(self, x1: Tensor, x2: Tensor) -> Tensor:\n    return {expression}\n");
        return description;
    }
}

internal sealed class PairwiseDistanceTranslation : StockModuleTranslation<PairwiseDistance>
{
    protected override ModuleDescription Describe(PairwiseDistance distance, string path) =>
        CosineSimilarityTranslation.TwoInputs("PairwiseDistance", $"torch.pairwise_distance(x1, x2, {F(distance.norm)}, {F(distance.eps)}, {B(distance.keepdim)})");
}

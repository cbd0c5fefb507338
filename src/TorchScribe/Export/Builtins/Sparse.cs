using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(Embedding), typeof(EmbeddingTranslation), RecordingFactories = new[] { "Embedding", "Embedding_from_pretrained" })]
[assembly: StockModule(typeof(EmbeddingBag), typeof(EmbeddingBagTranslation), RecordingFactories = new[] { "EmbeddingBag", "EmbeddingBag_from_pretrained" })]

namespace TorchScribe.Export.Builtins;

internal sealed class EmbeddingTranslation : StockModuleTranslation<Embedding>
{
    protected override ModuleDescription Describe(Embedding embedding, string path) =>
        Describe(embedding, Options<EmbeddingOptions>(embedding, path, "Embedding"));

    /// <summary>libtorch's Embedding forward: optional max-norm renormalization (in place, without grad), then embedding.</summary>
    private static ModuleDescription Describe(Embedding embedding, EmbeddingOptions options)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("sparse", "Embedding"));
        Tensors(description, embedding, MemberKind.Parameter, "weight");
        var source = new StringBuilder("  def forward(self, input: Tensor) -> Tensor:\n");
        if (options.MaxNorm is { } maxNorm)
        {
            source.Append("    input = input.contiguous()\n");
            source.Append(NoGrad("    ", $"torch.embedding_renorm_(self.weight, input, {F(maxNorm)}, {F(options.NormType)})"));
        }
        source.Append($"    return torch.embedding(self.weight, input, {I(options.PaddingIndex ?? -1)}, {B(options.ScaleGradByFrequency)}, {B(options.Sparse)})\n");
        description.Methods.Add(source.ToString());
        return description;
    }
}

internal sealed class EmbeddingBagTranslation : StockModuleTranslation<EmbeddingBag>
{
    protected override ModuleDescription Describe(EmbeddingBag bag, string path) =>
        Describe(bag, Options<EmbeddingBagOptions>(bag, path, "EmbeddingBag"));

    /// <summary>
    /// libtorch's EmbeddingBag forward (torch::nn::functional::embedding_bag): 2-D input becomes fixed-size bags,
    /// optional max-norm renormalization, then aten::embedding_bag's first result.
    /// </summary>
    private static ModuleDescription Describe(EmbeddingBag bag, EmbeddingBagOptions options)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("sparse", "EmbeddingBag"));
        Tensors(description, bag, MemberKind.Parameter, "weight");
        int mode = options.Mode switch { EmbeddingBagMode.Sum => 0, EmbeddingBagMode.Mean => 1, _ => 2 };
        var source = new StringBuilder();
        source.Append("  def forward(self, input: Tensor, offsets: Optional[Tensor]=None, per_sample_weights: Optional[Tensor]=None) -> Tensor:\n");
        source.Append("    indices = input\n");
        source.Append("    weights = per_sample_weights\n");
        source.Append("    if indices.dim() == 2:\n");
        source.Append("      if offsets is not None:\n" + Raise("if input is 2D, then offsets has to be None", "        "));
        source.Append("      bags = torch.arange(0, indices.numel(), indices.size(1), dtype=4, device=indices.device)\n");
        source.Append("      indices = indices.reshape([-1])\n");
        source.Append("      if weights is not None:\n        weights = weights.reshape([-1])\n");
        source.Append("    else:\n");
        source.Append("      if offsets is None:\n" + Raise("offsets has to be a 1D Tensor but got null", "        "));
        source.Append("      bags = unchecked_cast(Tensor, offsets)\n");
        if (options.MaxNorm is { } maxNorm)
            source.Append(NoGrad("    ", $"torch.embedding_renorm_(self.weight, indices, {F(maxNorm)}, {F(options.NormType)})"));
        string padding = options.PaddingIndex is { } p ? I(p) : "None";
        source.Append($"    result = torch.embedding_bag(self.weight, indices, bags, {B(options.ScaleGradByFrequency)}, {mode}, {B(options.Sparse)}, weights, {B(options.IncludeLastOffset)}, {padding})\n");
        source.Append("    return result[0]\n");
        description.Methods.Add(source.ToString());
        return description;
    }
}

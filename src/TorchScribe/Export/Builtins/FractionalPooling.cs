using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(FractionalMaxPool2d), typeof(FractionalMaxPool2dTranslation))]
[assembly: StockModule(typeof(FractionalMaxPool3d), typeof(FractionalMaxPool3dTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class FractionalMaxPool2dTranslation : StockModuleTranslation<FractionalMaxPool2d>
{
    protected override ModuleDescription Describe(FractionalMaxPool2d pool, string path) =>
        FractionalPooling.Describe(path, "FractionalMaxPool2d", pool.kernel_size, pool.output_size, pool.output_ratio);
}

internal sealed class FractionalMaxPool3dTranslation : StockModuleTranslation<FractionalMaxPool3d>
{
    protected override ModuleDescription Describe(FractionalMaxPool3d pool, string path) =>
        FractionalPooling.Describe(path, "FractionalMaxPool3d", pool.kernel_size, pool.output_size, pool.output_ratio);
}

/// <summary>
/// fractional_max_pool as libtorch's C++ functional runs it (TorchSharp calls it): the output size given or truncated
/// from input size × ratio, and fresh uniform samples of (batch, channels, rank) from the process generator, drawn
/// exactly as libtorch draws them, so a seeded run matches.
/// </summary>
internal static class FractionalPooling
{
    public static ModuleDescription Describe(string path, string name, long[] kernel, long[]? outputSize, double[]? ratio)
    {
        int rank = kernel.Length;
        if (outputSize is null == ratio is null)
            throw new TorchScriptExportException(path, $"TorchSharp's {name} needs exactly one of output_size and output_ratio; its forward fails otherwise.");
        var source = new StringBuilder("  def forward(self, input: Tensor) -> Tensor:\n");
        if (rank == 3 && ratio is not null)
            source.Append("    if input.dim() != 5:\n" + Raise("FractionalMaxPool3d: input tensor must have 5 dimensions: [N, C, D, H, W]", "      "));
        string size = outputSize is not null ? Ints(outputSize)
            : "[" + string.Join(", ", Enumerable.Range(0, rank).Select(d => $"int(float(input.size({I(d - rank)})) * {F(ratio![d])})")) + "]";
        source.Append($"    n_batch = 1 if input.dim() == {I(rank + 1)} else input.size(0)\n");
        source.Append($"    samples = torch.rand([n_batch, input.size({I(-rank - 1)}), {I(rank)}], dtype=input.dtype, device=input.device)\n");
        source.Append($"    return torch.fractional_max_pool{rank}d(input, {Ints(kernel)}, {size}, samples)[0]\n");
        var description = new ModuleDescription(ScriptClassName.TorchNn("pooling", name));
        description.Methods.Add(source.ToString());
        return description;
    }
}

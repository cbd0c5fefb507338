using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;
using static TorchSharp.torch;

[assembly: StockModule(typeof(Upsample), typeof(UpsampleTranslation))]

namespace TorchScribe.Export.Builtins;

/// <summary>
/// Upsample as TorchSharp runs it, through libtorch's C++ interpolate: the output size is the given size or
/// floor(input size × scale factor) per spatial dimension; the scale factors go to the op too unless
/// recompute_scale_factor; each mode has its op for one input rank and raises for the others.
/// </summary>
internal sealed class UpsampleTranslation : StockModuleTranslation<Upsample>
{
    protected override ModuleDescription Describe(Upsample upsample, string path)
    {
        long[] size = upsample.size.ToArray();
        double[] scales = upsample.scale_factor.ToArray();
        bool nearest = upsample.mode == UpsampleMode.Nearest;
        if (nearest && upsample.align_corners is not null)
            throw new TorchScriptExportException(path, "TorchSharp's Upsample in nearest mode with align_corners set fails in every forward (align_corners is for the interpolating modes).");
        if (size.Length == 0 == (scales.Length == 0))
            throw new TorchScriptExportException(path, "TorchSharp's Upsample needs exactly one of size and scale_factor; its forward fails otherwise.");
        string align = B(upsample.align_corners ?? false);
        var source = new StringBuilder("  def forward(self, input: Tensor) -> Tensor:\n");
        foreach (int rank in nearest ? new[] { 1, 2, 3 } : new[] { Rank(upsample.mode) })
        {
            string op = upsample.mode switch
            {
                UpsampleMode.Nearest => $"torch.upsample_nearest{rank}d",
                UpsampleMode.Linear => "torch.upsample_linear1d",
                UpsampleMode.Bilinear => "torch.upsample_bilinear2d",
                UpsampleMode.Bicubic => "torch.upsample_bicubic2d",
                _ => "torch.upsample_trilinear3d",
            };
            source.Append($"    if input.dim() == {I(rank + 2)}:\n");
            if (scales.Length > 0 && scales.Length != rank)
            {
                source.Append(Raise("scale_factor shape must match input shape", "      "));
                continue;
            }
            string outputSize = size.Length > 0 ? Ints(size)
                : "[" + string.Join(", ", Enumerable.Range(0, rank).Select(d => $"int(float(input.size({I(d + 2)})) * {F(scales[d])})")) + "]";
            string scaleArguments = string.Join(", ", Enumerable.Range(0, rank).Select(d =>
                scales.Length > 0 && upsample.recompute_scale_factor != true ? F(scales[d]) : "None"));
            source.Append($"      return {op}(input, {outputSize}, {(nearest ? "" : align + ", ")}{scaleArguments})\n");
        }
        source.Append(Raise($"Upsample ({upsample.mode}) got input of an unsupported rank", "    "));
        var description = new ModuleDescription(ScriptClassName.TorchNn("upsampling", "Upsample"));
        description.Methods.Add(source.ToString());
        return description;
    }

    private static int Rank(UpsampleMode mode) => mode switch
    {
        UpsampleMode.Linear => 1,
        UpsampleMode.Trilinear => 3,
        _ => 2,
    };
}

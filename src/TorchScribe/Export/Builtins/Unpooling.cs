using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(MaxUnpool1d), typeof(MaxUnpool1dTranslation))]
[assembly: StockModule(typeof(MaxUnpool2d), typeof(MaxUnpool2dTranslation))]
[assembly: StockModule(typeof(MaxUnpool3d), typeof(MaxUnpool3dTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class MaxUnpool1dTranslation : StockModuleTranslation<MaxUnpool1d>
{
    protected override ModuleDescription Describe(MaxUnpool1d unpool, string path) => Unpooling.Describe(path, "MaxUnpool1d",
        new[] { unpool.kernel_size }, unpool.stride is { } s ? new[] { s } : null, unpool.padding is { } p ? new[] { p } : null);
}

internal sealed class MaxUnpool2dTranslation : StockModuleTranslation<MaxUnpool2d>
{
    protected override ModuleDescription Describe(MaxUnpool2d unpool, string path) =>
        Unpooling.Describe(path, "MaxUnpool2d", unpool.kernel_size, unpool.stride, unpool.padding);
}

internal sealed class MaxUnpool3dTranslation : StockModuleTranslation<MaxUnpool3d>
{
    protected override ModuleDescription Describe(MaxUnpool3d unpool, string path) =>
        Unpooling.Describe(path, "MaxUnpool3d", unpool.kernel_size, unpool.stride, unpool.padding);
}

/// <summary>
/// max_unpool as libtorch's C++ functional computes it (TorchSharp calls it): the default output size from the input's
/// last dimensions, or the given one, which must have rank+2 elements (the C++ code drops a bare spatial size) within a
/// stride of the default. TorchSharp hands libtorch the stride only together with a padding, so without a padding
/// the stride is the kernel size.
/// </summary>
internal static class Unpooling
{
    public static ModuleDescription Describe(string path, string name, long[] kernel, long[]? stride, long[]? padding)
    {
        int rank = kernel.Length;
        if (padding is not null && stride is null)
            throw new TorchScriptExportException(path, $"TorchSharp's {name} with a padding but no stride fails in every forward (libtorch gets an empty stride); give it a stride.");
        long[] strides = padding is null ? kernel : stride!;
        long[] paddings = padding ?? new long[rank];
        var source = new StringBuilder();
        source.Append("  def forward(self, input: Tensor, indices: Tensor, output_size: Optional[List[int]]=None) -> Tensor:\n");
        string defaults = string.Join(", ", Enumerable.Range(0, rank).Select(d =>
            $"(input.size({I(d - rank)}) - 1) * {I(strides[d])} + {I(kernel[d])} - {I(2 * paddings[d])}"));
        source.Append($"    size = [{defaults}]\n");
        source.Append("    if output_size is not None:\n");
        source.Append($"      if len(output_size) != {I(rank + 2)}:\n" + Raise($"output_size should be a sequence containing {rank} or {rank + 2} elements", "        "));
        source.Append("      given = output_size[2:]\n");
        for (int d = 0; d < rank; d++)
            source.Append($"      if given[{d}] < size[{d}] - {I(strides[d])} or given[{d}] > size[{d}] + {I(strides[d])}:\n" + Raise("invalid output_size", "        "));
        source.Append("      size = given\n");
        source.Append(rank switch
        {
            1 => "    return torch.max_unpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), [size[0], 1]).squeeze(-1)\n",
            2 => "    return torch.max_unpool2d(input, indices, size)\n",
            _ => $"    return torch.max_unpool3d(input, indices, size, {Ints(strides)}, {Ints(paddings)})\n",
        });
        var description = new ModuleDescription(ScriptClassName.TorchNn("pooling", name));
        description.Methods.Add(source.ToString());
        return description;
    }
}

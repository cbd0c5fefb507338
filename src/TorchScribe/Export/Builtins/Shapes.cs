using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(ChannelShuffle), typeof(ChannelShuffleTranslation))]
[assembly: StockModule(typeof(Unflatten), typeof(UnflattenTranslation))]
[assembly: StockModule(typeof(Fold), typeof(FoldTranslation))]
[assembly: StockModule(typeof(Unfold), typeof(UnfoldTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class ChannelShuffleTranslation : StockModuleTranslation<ChannelShuffle>
{
    protected override ModuleDescription Describe(ChannelShuffle shuffle, string path) =>
        Stateless("channelshuffle", "ChannelShuffle", $"torch.channel_shuffle(input, {I(shuffle.groups)})");
}

internal sealed class UnflattenTranslation : StockModuleTranslation<Unflatten>
{
    protected override ModuleDescription Describe(Unflatten unflatten, string path) =>
        Stateless("flatten", "Unflatten", $"torch.unflatten(input, {I(unflatten.dim)}, {Ints(unflatten.unflattened_size)})");
}

/// <summary>Fold is col2im, as libtorch's C++ functional calls it for 2-D and 3-D input.</summary>
internal sealed class FoldTranslation : StockModuleTranslation<Fold>
{
    protected override ModuleDescription Describe(Fold fold, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("fold", "Fold"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    if input.dim() != 3 and input.dim() != 2:\n" + Raise("Input Error: Only unbatched (2D) or batched (3D) input Tensors are supported", "      ") +
            $"    return torch.col2im(input, {Pair(fold.output_size)}, {Pair(fold.kernel_size)}, {Pair(fold.dilation)}, {Pair(fold.padding)}, {Pair(fold.stride)})\n");
        return description;
    }

    internal static string Pair((long, long) value) => Ints(new[] { value.Item1, value.Item2 });
}

/// <summary>Unfold is im2col, as libtorch's C++ functional calls it for 3-D and 4-D input.</summary>
internal sealed class UnfoldTranslation : StockModuleTranslation<Unfold>
{
    protected override ModuleDescription Describe(Unfold unfold, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("fold", "Unfold"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    if input.dim() != 4 and input.dim() != 3:\n" + Raise("Input Error: Only unbatched (3D) or batched (4D) input Tensors are supported", "      ") +
            $"    return torch.im2col(input, {FoldTranslation.Pair(unfold.kernel_size)}, {FoldTranslation.Pair(unfold.dilation)}, {FoldTranslation.Pair(unfold.padding)}, {FoldTranslation.Pair(unfold.stride)})\n");
        return description;
    }
}

using System.Linq;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(MaxPool1d), typeof(MaxPool1dTranslation))]
[assembly: StockModule(typeof(MaxPool2d), typeof(MaxPool2dTranslation))]
[assembly: StockModule(typeof(AvgPool2d), typeof(AvgPool2dTranslation))]
[assembly: StockModule(typeof(AdaptiveAvgPool2d), typeof(AdaptiveAvgPool2dTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class MaxPool1dTranslation : StockModuleTranslation<MaxPool1d>
{
    protected override ModuleDescription Describe(MaxPool1d pool, string path) => Stateless("pooling", "MaxPool1d",
        $"torch.max_pool1d(input, [{I(pool.kernel_size)}], [{I(pool.stride ?? pool.kernel_size)}], [{I(pool.padding ?? 0)}], [{I(pool.dilation ?? 1)}], {B(pool.ceil_mode)})");
}

internal sealed class MaxPool2dTranslation : StockModuleTranslation<MaxPool2d>
{
    protected override ModuleDescription Describe(MaxPool2d pool, string path)
    {
        long[] kernel = pool.kernel_size;
        return Stateless("pooling", "MaxPool2d",
            $"torch.max_pool2d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[kernel.Length])}, {Ints(pool.dilation ?? Enumerable.Repeat(1L, kernel.Length).ToArray())}, {B(pool.ceil_mode)})");
    }
}

internal sealed class AvgPool2dTranslation : StockModuleTranslation<AvgPool2d>
{
    protected override ModuleDescription Describe(AvgPool2d pool, string path)
    {
        long[] kernel = pool.kernel_size;
        string divisor = pool.divisor_override is { } d && d != 0 ? I(d) : "None";    // TorchSharp treats 0 as none
        return Stateless("pooling", "AvgPool2d",
            $"torch.avg_pool2d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[] { 0 })}, {B(pool.ceil_mode)}, {B(pool.count_include_pad)}, {divisor})");
    }
}

internal sealed class AdaptiveAvgPool2dTranslation : StockModuleTranslation<AdaptiveAvgPool2d>
{
    protected override ModuleDescription Describe(AdaptiveAvgPool2d pool, string path) =>
        Stateless("pooling", "AdaptiveAvgPool2d", $"torch.adaptive_avg_pool2d(input, {Ints(pool.output_size)})");
}

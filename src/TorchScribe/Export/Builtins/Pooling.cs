using System.Linq;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(MaxPool1d), typeof(MaxPool1dTranslation))]
[assembly: StockModule(typeof(MaxPool2d), typeof(MaxPool2dTranslation))]
[assembly: StockModule(typeof(AvgPool2d), typeof(AvgPool2dTranslation))]
[assembly: StockModule(typeof(AdaptiveAvgPool2d), typeof(AdaptiveAvgPool2dTranslation))]
[assembly: StockModule(typeof(MaxPool3d), typeof(MaxPool3dTranslation))]
[assembly: StockModule(typeof(AvgPool1d), typeof(AvgPool1dTranslation))]
[assembly: StockModule(typeof(AvgPool3d), typeof(AvgPool3dTranslation))]
[assembly: StockModule(typeof(AdaptiveAvgPool1d), typeof(AdaptiveAvgPool1dTranslation))]
[assembly: StockModule(typeof(AdaptiveAvgPool3d), typeof(AdaptiveAvgPool3dTranslation))]
[assembly: StockModule(typeof(AdaptiveMaxPool1d), typeof(AdaptiveMaxPool1dTranslation))]
[assembly: StockModule(typeof(AdaptiveMaxPool2d), typeof(AdaptiveMaxPool2dTranslation))]
[assembly: StockModule(typeof(LPPool1d), typeof(LPPool1dTranslation))]
[assembly: StockModule(typeof(LPPool2d), typeof(LPPool2dTranslation))]

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

internal sealed class MaxPool3dTranslation : StockModuleTranslation<MaxPool3d>
{
    protected override ModuleDescription Describe(MaxPool3d pool, string path)
    {
        long[] kernel = pool.kernel_size;
        return Stateless("pooling", "MaxPool3d",
            $"torch.max_pool3d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[kernel.Length])}, {Ints(pool.dilation ?? Enumerable.Repeat(1L, kernel.Length).ToArray())}, {B(pool.ceil_mode)})");
    }
}

internal sealed class AvgPool1dTranslation : StockModuleTranslation<AvgPool1d>
{
    protected override ModuleDescription Describe(AvgPool1d pool, string path) => Stateless("pooling", "AvgPool1d",
        $"torch.avg_pool1d(input, [{I(pool.kernel_size)}], [{I(pool.stride ?? pool.kernel_size)}], [{I(pool.padding ?? 0)}], {B(pool.ceil_mode)}, {B(pool.count_include_pad)})");
}

internal sealed class AvgPool3dTranslation : StockModuleTranslation<AvgPool3d>
{
    protected override ModuleDescription Describe(AvgPool3d pool, string path)
    {
        long[] kernel = pool.kernel_size;
        string divisor = pool.divisor_override is { } d ? I(d) : "None";
        return Stateless("pooling", "AvgPool3d",
            $"torch.avg_pool3d(input, {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, {Ints(pool.padding ?? new long[] { 0 })}, {B(pool.ceil_mode)}, {B(pool.count_include_pad)}, {divisor})");
    }
}

internal sealed class AdaptiveAvgPool1dTranslation : StockModuleTranslation<AdaptiveAvgPool1d>
{
    protected override ModuleDescription Describe(AdaptiveAvgPool1d pool, string path) =>
        Stateless("pooling", "AdaptiveAvgPool1d", $"torch.adaptive_avg_pool1d(input, [{I(pool.output_size)}])");
}

internal sealed class AdaptiveAvgPool3dTranslation : StockModuleTranslation<AdaptiveAvgPool3d>
{
    protected override ModuleDescription Describe(AdaptiveAvgPool3d pool, string path) =>
        Stateless("pooling", "AdaptiveAvgPool3d", $"torch.adaptive_avg_pool3d(input, {Ints(pool.output_size)})");
}

internal sealed class AdaptiveMaxPool1dTranslation : StockModuleTranslation<AdaptiveMaxPool1d>
{
    protected override ModuleDescription Describe(AdaptiveMaxPool1d pool, string path) =>
        Stateless("pooling", "AdaptiveMaxPool1d", $"torch.adaptive_max_pool1d(input, [{I(pool.output_size)}])[0]");
}

internal sealed class AdaptiveMaxPool2dTranslation : StockModuleTranslation<AdaptiveMaxPool2d>
{
    protected override ModuleDescription Describe(AdaptiveMaxPool2d pool, string path) =>
        Stateless("pooling", "AdaptiveMaxPool2d", $"torch.adaptive_max_pool2d(input, {Ints(pool.output_size)})[0]");
}

/// <summary>
/// LPPool as libtorch's C++ functional computes it (TorchSharp calls it): average-pool input**p with count_include_pad,
/// then (sign(out) * relu(|out|)) * kernel area, to the power 1/p.
/// </summary>
internal static class PowerAveragePooling
{
    public static string Expression(string pool, double norm, long area) =>
        $"torch.pow(torch.mul(torch.mul(torch.sign({pool}), torch.relu(torch.abs({pool}))), {I(area)}), {F(1.0 / norm)})";
}

internal sealed class LPPool1dTranslation : StockModuleTranslation<LPPool1d>
{
    protected override ModuleDescription Describe(LPPool1d pool, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("pooling", "LPPool1d"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            $"    out = torch.avg_pool1d(torch.pow(input, {F(pool.norm_type)}), [{I(pool.kernel_size)}], [{I(pool.stride ?? pool.kernel_size)}], [0], {B(pool.ceil_mode)}, True)\n" +
            $"    return {PowerAveragePooling.Expression("out", pool.norm_type, pool.kernel_size)}\n");
        return description;
    }
}

internal sealed class LPPool2dTranslation : StockModuleTranslation<LPPool2d>
{
    protected override ModuleDescription Describe(LPPool2d pool, string path)
    {
        long[] kernel = pool.kernel_size;
        var description = new ModuleDescription(ScriptClassName.TorchNn("pooling", "LPPool2d"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            $"    out = torch.avg_pool2d(torch.pow(input, {F(pool.norm_type)}), {Ints(kernel)}, {Ints(pool.stride ?? kernel)}, [0], {B(pool.ceil_mode)}, True, None)\n" +
            $"    return {PowerAveragePooling.Expression("out", pool.norm_type, kernel[0] * kernel[1])}\n");
        return description;
    }
}

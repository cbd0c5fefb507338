using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(BatchNorm1d), typeof(BatchNorm1dTranslation))]
[assembly: StockModule(typeof(BatchNorm2d), typeof(BatchNorm2dTranslation))]
[assembly: StockModule(typeof(BatchNorm3d), typeof(BatchNorm3dTranslation))]
[assembly: StockModule(typeof(InstanceNorm1d), typeof(InstanceNorm1dTranslation))]
[assembly: StockModule(typeof(InstanceNorm2d), typeof(InstanceNorm2dTranslation))]
[assembly: StockModule(typeof(InstanceNorm3d), typeof(InstanceNorm3dTranslation))]
[assembly: StockModule(typeof(LocalResponseNorm), typeof(LocalResponseNormTranslation))]
[assembly: StockModule(typeof(LayerNorm), typeof(LayerNormTranslation))]
[assembly: StockModule(typeof(GroupNorm), typeof(GroupNormTranslation))]

namespace TorchScribe.Export.Builtins;

internal sealed class BatchNorm1dTranslation : StockModuleTranslation<BatchNorm1d>
{
    protected override ModuleDescription Describe(BatchNorm1d norm, string path) =>
        BatchNormalization.Describe(norm, "BatchNorm1d", "input.dim() != 2 and input.dim() != 3", "expected 2D or 3D input");
}

internal sealed class BatchNorm2dTranslation : StockModuleTranslation<BatchNorm2d>
{
    protected override ModuleDescription Describe(BatchNorm2d norm, string path) =>
        BatchNormalization.Describe(norm, "BatchNorm2d", "input.dim() != 4", "expected 4D input");
}

internal sealed class BatchNorm3dTranslation : StockModuleTranslation<BatchNorm3d>
{
    protected override ModuleDescription Describe(BatchNorm3d norm, string path) =>
        BatchNormalization.Describe(norm, "BatchNorm3d", "input.dim() != 5", "expected 5D input");
}

/// <summary>BatchNorm's forward, line by line as TorchSharp's BatchNorm.forward, specialized to this instance.</summary>
internal static class BatchNormalization
{
    public static ModuleDescription Describe(BatchNorm norm, string name, string badShape, string shapeMessage)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("batchnorm", name));
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        Tensors(description, norm, MemberKind.Buffer, "running_mean", "running_var", "num_batches_tracked");
        bool tracked = norm.num_batches_tracked is not null;
        bool hasStats = norm.running_mean is not null || norm.running_var is not null;
        string momentum = norm.momentum is { } m ? F(m) : "0.0";
        var source = new System.Text.StringBuilder();
        source.Append("  def forward(self, input: Tensor) -> Tensor:\n");
        source.Append($"    if {badShape}:\n{Raise(shapeMessage, "      ")}");
        source.Append($"    factor = {momentum}\n");
        if (norm.track_running_stats && tracked)
        {
            source.Append("    if self.training:\n");
            source.Append("      num_batches_tracked = self.num_batches_tracked\n");
            source.Append("      if num_batches_tracked is not None:\n");
            source.Append("        num_batches_tracked.add_(1)\n");
            source.Append(norm.momentum is null
                ? "        factor = 1.0 / float(num_batches_tracked)\n"
                : $"        factor = {momentum}\n");
        }
        source.Append($"    bn_training = True if self.training else {B(!hasStats)}\n");
        string statistics = norm.track_running_stats
            ? "self.running_mean, self.running_var"
            : "(None if self.training else self.running_mean), (None if self.training else self.running_var)";
        source.Append($"    return torch.batch_norm(input, self.weight, self.bias, {statistics}, bn_training, factor, {F(norm.eps)}, False)\n");
        description.Methods.Add(source.ToString());
        return description;
    }
}

internal sealed class LayerNormTranslation : StockModuleTranslation<LayerNorm>
{
    protected override ModuleDescription Describe(LayerNorm norm, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("normalization", "LayerNorm"));
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward($"torch.layer_norm(input, {Ints(norm.normalized_shape)}, self.weight, self.bias, {F(norm.eps)}, False)"));
        return description;
    }
}

internal sealed class GroupNormTranslation : StockModuleTranslation<GroupNorm>
{
    protected override ModuleDescription Describe(GroupNorm norm, string path)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("normalization", "GroupNorm"));
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    if input.dim() < 3:\n" + Raise("expected at least 3D input", "      ") +
            $"    return torch.group_norm(input, {I(norm.num_groups)}, self.weight, self.bias, {F(norm.eps)}, False)\n");
        return description;
    }
}

internal sealed class InstanceNorm1dTranslation : StockModuleTranslation<InstanceNorm1d>
{
    protected override ModuleDescription Describe(InstanceNorm1d norm, string path) => InstanceNormalization.Describe(norm, "InstanceNorm1d", 1);
}

internal sealed class InstanceNorm2dTranslation : StockModuleTranslation<InstanceNorm2d>
{
    protected override ModuleDescription Describe(InstanceNorm2d norm, string path) => InstanceNormalization.Describe(norm, "InstanceNorm2d", 2);
}

internal sealed class InstanceNorm3dTranslation : StockModuleTranslation<InstanceNorm3d>
{
    protected override ModuleDescription Describe(InstanceNorm3d norm, string path) => InstanceNormalization.Describe(norm, "InstanceNorm3d", 3);
}

/// <summary>
/// TorchSharp's InstanceNorm forward: input of rank spatial+1 or spatial+2, the channel size checked, unbatched input
/// as a batch of one; input statistics in training or without running statistics.
/// </summary>
internal static class InstanceNormalization
{
    public static ModuleDescription Describe(InstanceNorm norm, string name, int spatial)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("instancenorm", name));
        Tensors(description, norm, MemberKind.Parameter, "weight", "bias");
        Tensors(description, norm, MemberKind.Buffer, "running_mean", "running_var", "num_batches_tracked");
        long batchDimensions = spatial + 1;
        string useInputStats = norm.track_running_stats ? "self.training" : "True";
        string Call(string input) =>
            $"torch.instance_norm({input}, self.weight, self.bias, self.running_mean, self.running_var, {useInputStats}, {F(norm.momentum ?? 0.1)}, {F(norm.eps)}, False)";
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            $"    if input.dim() != {I(spatial + 1)} and input.dim() != {I(spatial + 2)}:\n" +
            Raise($"expected {spatial + 1}D or {spatial + 2}D input", "      ") +
            $"    feature_dim = input.dim() - {I(batchDimensions)}\n" +
            $"    if input.size(feature_dim) != {I(norm.num_features)}:\n" +
            Raise($"expected input's size at the feature dim to match num_features ({norm.num_features})", "      ") +
            "    if feature_dim == 0:\n" +
            $"      return {Call("input.unsqueeze(0)")}.squeeze(0)\n" +
            $"    return {Call("input")}\n");
        return description;
    }
}

/// <summary>local_response_norm as libtorch's C++ functional computes it, op for op.</summary>
internal sealed class LocalResponseNormTranslation : StockModuleTranslation<LocalResponseNorm>
{
    protected override ModuleDescription Describe(LocalResponseNorm norm, string path)
    {
        long size = norm.size;
        var description = new ModuleDescription(ScriptClassName.TorchNn("normalization", "LocalResponseNorm"));
        description.Methods.Add(
            "  def forward(self, input: Tensor) -> Tensor:\n" +
            "    dim = input.dim()\n" +
            "    if dim < 3:\n" + Raise("Expected 3D or higher dimensionality input", "      ") +
            "    div = torch.mul(input, input).unsqueeze(1)\n" +
            "    if dim == 3:\n" +
            $"      div = torch.pad(div, [0, 0, {I(size / 2)}, {I((size - 1) / 2)}], \"constant\", 0.0)\n" +
            $"      div = torch.avg_pool2d(div, [{I(size)}, 1], [1], [0], False, True, None).squeeze(1)\n" +
            "    else:\n" +
            "      sizes = input.size()\n" +
            "      div = div.view([sizes[0], 1, sizes[1], sizes[2], -1])\n" +
            $"      div = torch.pad(div, [0, 0, 0, 0, {I(size / 2)}, {I((size - 1) / 2)}], \"constant\", 0.0)\n" +
            $"      div = torch.avg_pool3d(div, [{I(size)}, 1, 1], [1], [0], False, True, None).squeeze(1)\n" +
            "      div = div.view(sizes)\n" +
            $"    div = torch.pow(torch.add(torch.mul(div, {F(norm.alpha)}), {F(norm.k)}), {F(norm.beta)})\n" +
            "    return torch.div(input, div)\n");
        return description;
    }
}

using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;

[assembly: StockModule(typeof(BatchNorm1d), typeof(BatchNorm1dTranslation))]
[assembly: StockModule(typeof(BatchNorm2d), typeof(BatchNorm2dTranslation))]
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

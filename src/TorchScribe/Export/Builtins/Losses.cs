using System;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchSharp.Modules;
using static TorchScribe.Export.Builtins.StockModuleCode;
using static TorchSharp.torch;

[assembly: StockModule(typeof(BCELoss), typeof(BCELossTranslation))]
[assembly: StockModule(typeof(BCEWithLogitsLoss), typeof(BCEWithLogitsLossTranslation))]
[assembly: StockModule(typeof(CTCLoss), typeof(CTCLossTranslation))]
[assembly: StockModule(typeof(CosineEmbeddingLoss), typeof(CosineEmbeddingLossTranslation))]
[assembly: StockModule(typeof(CrossEntropyLoss), typeof(CrossEntropyLossTranslation))]
[assembly: StockModule(typeof(GaussianNLLLoss), typeof(GaussianNLLLossTranslation))]
[assembly: StockModule(typeof(HingeEmbeddingLoss), typeof(HingeEmbeddingLossTranslation))]
[assembly: StockModule(typeof(HuberLoss), typeof(HuberLossTranslation))]
[assembly: StockModule(typeof(KLDivLoss), typeof(KLDivLossTranslation))]
[assembly: StockModule(typeof(L1Loss), typeof(L1LossTranslation))]
[assembly: StockModule(typeof(MSELoss), typeof(MSELossTranslation))]
[assembly: StockModule(typeof(MarginRankingLoss), typeof(MarginRankingLossTranslation))]
[assembly: StockModule(typeof(MultiLabelMarginLoss), typeof(MultiLabelMarginLossTranslation))]
[assembly: StockModule(typeof(MultiLabelSoftMarginLoss), typeof(MultiLabelSoftMarginLossTranslation))]
[assembly: StockModule(typeof(MultiMarginLoss), typeof(MultiMarginLossTranslation))]
[assembly: StockModule(typeof(NLLLoss), typeof(NLLLossTranslation))]
[assembly: StockModule(typeof(PoissonNLLLoss), typeof(PoissonNLLLossTranslation))]
[assembly: StockModule(typeof(SmoothL1Loss), typeof(SmoothL1LossTranslation))]
[assembly: StockModule(typeof(SoftMarginLoss), typeof(SoftMarginLossTranslation))]
[assembly: StockModule(typeof(TripletMarginLoss), typeof(TripletMarginLossTranslation))]
[assembly: StockModule(typeof(TripletMarginWithDistanceLoss), typeof(TripletMarginWithDistanceLossTranslation))]

namespace TorchScribe.Export.Builtins;

/// <summary>
/// The losses as TorchSharp computes them, through libtorch's C++ functionals: the aten op each calls, with the same
/// preparation (broadcasting, weight expansion), or the C++/C# op sequence where there is no single op. Forward keeps
/// TorchSharp's inputs; weights are plain tensor attributes, as TorchSharp does not register them.
/// </summary>
internal static class LossCode
{
    public static ModuleDescription Describe(string name, string[] inputs, string body, params (string Name, Tensor? Value)[] tensors)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("loss", name));
        foreach (var (tensorName, value) in tensors)
            description.Members.Add(new MemberValue(tensorName, MemberKind.Attribute, value is null ? ScriptType.Optional(ScriptType.Tensor) : ScriptType.Tensor, value));
        var source = new StringBuilder($"  def forward(self, {string.Join(", ", Array.ConvertAll(inputs, i => i + ": Tensor"))}) -> Tensor:\n");
        source.Append(body);
        description.Methods.Add(source.ToString());
        return description;
    }

    public static string R(nn.Reduction reduction) => I((long)reduction);

    /// <summary>Returns <paramref name="loss"/> reduced as <paramref name="reduction"/> says.</summary>
    public static string Reduce(string loss, nn.Reduction reduction) => reduction switch
    {
        nn.Reduction.Mean => $"    return torch.mean({loss})\n",
        nn.Reduction.Sum => $"    return torch.sum({loss})\n",
        _ => $"    return {loss}\n",
    };

    public static string Return(string expression) => $"    return {expression}\n";

    public static string SameSizes(string message) =>
        "    if input.size() != target.size():\n" + Raise(message, "      ");

    public static readonly string[] InputTarget = { "input", "target" };
    public static readonly string[] TwoInputsTarget = { "input1", "input2", "target" };
    public static readonly string[] Triplet = { "anchor", "positive", "negative" };
}

internal sealed class BCELossTranslation : StockModuleTranslation<BCELoss>
{
    protected override ModuleDescription Describe(BCELoss loss, string path) => LossCode.Describe("BCELoss", LossCode.InputTarget,
        LossCode.SameSizes("Using a target size that is different to the input size is deprecated") +
        (loss.weight is null
            ? LossCode.Return($"torch.binary_cross_entropy(input, target, None, {LossCode.R(loss.reduction)})")
            : "    weight = self.weight\n    assert weight is not None\n" +
              LossCode.Return($"torch.binary_cross_entropy(input, target, torch.broadcast_tensors([target, weight])[1], {LossCode.R(loss.reduction)})")),
        ("weight", loss.weight));
}

internal sealed class BCEWithLogitsLossTranslation : StockModuleTranslation<BCEWithLogitsLoss>
{
    protected override ModuleDescription Describe(BCEWithLogitsLoss loss, string path) => LossCode.Describe("BCEWithLogitsLoss", LossCode.InputTarget,
        LossCode.SameSizes("Target size must be the same as input size") +
        LossCode.Return($"torch.binary_cross_entropy_with_logits(input, target, self.weight, self.pos_weight, {LossCode.R(loss.reduction)})"),
        ("weight", loss.weight), ("pos_weight", loss.pos_weights));
}

internal sealed class CTCLossTranslation : StockModuleTranslation<CTCLoss>
{
    protected override ModuleDescription Describe(CTCLoss loss, string path) => LossCode.Describe("CTCLoss",
        new[] { "log_probs", "targets", "input_lengths", "target_lengths" },
        LossCode.Return($"torch.ctc_loss(log_probs, targets, input_lengths, target_lengths, {I(loss.blank)}, {LossCode.R(loss.reduction)}, {B(loss.zero_infinity)})"));
}

internal sealed class CosineEmbeddingLossTranslation : StockModuleTranslation<CosineEmbeddingLoss>
{
    protected override ModuleDescription Describe(CosineEmbeddingLoss loss, string path) => LossCode.Describe("CosineEmbeddingLoss", LossCode.TwoInputsTarget,
        LossCode.Return($"torch.cosine_embedding_loss(input1, input2, target, {F(loss.margin)}, {LossCode.R(loss.reduction)})"));
}

internal sealed class CrossEntropyLossTranslation : StockModuleTranslation<CrossEntropyLoss>
{
    protected override ModuleDescription Describe(CrossEntropyLoss loss, string path) => LossCode.Describe("CrossEntropyLoss", LossCode.InputTarget,
        LossCode.Return($"torch.cross_entropy_loss(input, target, self.weight, {LossCode.R(loss.reduction)}, {I(loss.ignore_index ?? -100)}, {F(loss.label_smoothing)})"),
        ("weight", loss.weight));
}

/// <summary>GaussianNLLLoss is C# in TorchSharp: its steps, op for op (the sum before the halving, eps as the float it is).</summary>
internal sealed class GaussianNLLLossTranslation : StockModuleTranslation<GaussianNLLLoss>
{
    protected override ModuleDescription Describe(GaussianNLLLoss loss, string path)
    {
        var body = new StringBuilder();
        body.Append("    i = input.view([input.size(0), -1])\n");
        body.Append("    t = target.view([target.size(0), -1])\n");
        body.Append("    v = var.view([t.size(0), -1])\n");
        body.Append("    if v.size(1) != i.size(1) and v.size(1) != 1:\n" + Raise("var is of incorrect size", "      "));
        body.Append("    if bool(torch.any(torch.lt(v, 0))):\n" + Raise("var has negative entry/entries", "      "));
        body.Append($"    v = torch.clamp_min(v, {F(loss.eps)}).detach()\n");
        body.Append("    loss = torch.mul(torch.sum(torch.add(torch.log(v), torch.div(torch.pow(torch.sub(i, t), 2), v)).view([i.size(0), -1]), [1]), 0.5)\n");
        if (loss.full)
            body.Append($"    loss = torch.add(loss, 0.5 * float(i.size(1)) * {F(MathF.Log(2 * MathF.PI))})\n");
        body.Append(LossCode.Reduce("loss", loss.reduction));
        return LossCode.Describe("GaussianNLLLoss", new[] { "input", "target", "var" }, body.ToString());
    }
}

internal sealed class HingeEmbeddingLossTranslation : StockModuleTranslation<HingeEmbeddingLoss>
{
    protected override ModuleDescription Describe(HingeEmbeddingLoss loss, string path) => LossCode.Describe("HingeEmbeddingLoss", LossCode.InputTarget,
        LossCode.Return($"torch.hinge_embedding_loss(input, target, {F(loss.margin)}, {LossCode.R(loss.reduction)})"));
}

internal sealed class HuberLossTranslation : StockModuleTranslation<HuberLoss>
{
    protected override ModuleDescription Describe(HuberLoss loss, string path) => LossCode.Describe("HuberLoss", LossCode.InputTarget,
        "    b = torch.broadcast_tensors([input, target])\n" + LossCode.Return($"torch.huber_loss(b[0], b[1], {LossCode.R(loss.reduction)}, {F(loss.delta)})"));
}

internal sealed class KLDivLossTranslation : StockModuleTranslation<KLDivLoss>
{
    protected override ModuleDescription Describe(KLDivLoss loss, string path) => LossCode.Describe("KLDivLoss", LossCode.InputTarget,
        LossCode.Return($"torch.kl_div(input, target, {LossCode.R(loss.reduction)}, log_target={B(loss.log_target)})"));
}

internal sealed class L1LossTranslation : StockModuleTranslation<L1Loss>
{
    protected override ModuleDescription Describe(L1Loss loss, string path) => LossCode.Describe("L1Loss", LossCode.InputTarget,
        LossCode.Return($"torch.l1_loss(input, target, {LossCode.R(loss.reduction)})"));
}

internal sealed class MSELossTranslation : StockModuleTranslation<MSELoss>
{
    protected override ModuleDescription Describe(MSELoss loss, string path) => LossCode.Describe("MSELoss", LossCode.InputTarget,
        "    b = torch.broadcast_tensors([input, target])\n" + LossCode.Return($"torch.mse_loss(b[0], b[1], {LossCode.R(loss.reduction)})"));
}

internal sealed class MarginRankingLossTranslation : StockModuleTranslation<MarginRankingLoss>
{
    protected override ModuleDescription Describe(MarginRankingLoss loss, string path) => LossCode.Describe("MarginRankingLoss", LossCode.TwoInputsTarget,
        "    if input1.dim() != input2.dim() or input1.dim() != target.dim():\n" + Raise("margin_ranking_loss : All input tensors should have same dimension", "      ") +
        LossCode.Return($"torch.margin_ranking_loss(input1, input2, target, {F(loss.margin)}, {LossCode.R(loss.reduction)})"));
}

internal sealed class MultiLabelMarginLossTranslation : StockModuleTranslation<MultiLabelMarginLoss>
{
    protected override ModuleDescription Describe(MultiLabelMarginLoss loss, string path) => LossCode.Describe("MultiLabelMarginLoss", LossCode.InputTarget,
        LossCode.Return($"torch.multilabel_margin_loss(input, target, {LossCode.R(loss.reduction)})"));
}

/// <summary>libtorch's C++ multilabel_soft_margin_loss, op for op (the last dimension is the class dimension).</summary>
internal sealed class MultiLabelSoftMarginLossTranslation : StockModuleTranslation<MultiLabelSoftMarginLoss>
{
    protected override ModuleDescription Describe(MultiLabelSoftMarginLoss loss, string path)
    {
        var body = new StringBuilder();
        body.Append("    loss = torch.neg(torch.add(torch.mul(target, torch.log_sigmoid(input)), torch.mul(torch.rsub(target, 1), torch.log_sigmoid(torch.neg(input)))))\n");
        if (loss.weight is not null)
            body.Append("    weight = self.weight\n    assert weight is not None\n    loss = torch.mul(loss, weight)\n");
        body.Append("    class_dim = input.dim() - 1\n");
        body.Append("    loss = torch.div(torch.sum(loss, [class_dim]), input.size(class_dim))\n");
        body.Append(LossCode.Reduce("loss", loss.reduction));
        return LossCode.Describe("MultiLabelSoftMarginLoss", LossCode.InputTarget, body.ToString(), ("weight", loss.weight));
    }
}

internal sealed class MultiMarginLossTranslation : StockModuleTranslation<MultiMarginLoss>
{
    protected override ModuleDescription Describe(MultiMarginLoss loss, string path) => LossCode.Describe("MultiMarginLoss", LossCode.InputTarget,
        LossCode.Return($"torch.multi_margin_loss(input, target, {I(loss.p)}, {F(loss.margin)}, self.weight, {LossCode.R(loss.reduction)})"),
        ("weight", loss.weight));
}

internal sealed class NLLLossTranslation : StockModuleTranslation<NLLLoss>
{
    protected override ModuleDescription Describe(NLLLoss loss, string path) => LossCode.Describe("NLLLoss", LossCode.InputTarget,
        "    if input.dim() < 2:\n" + Raise("Expected 2 or more dimensions", "      ") +
        "    if input.size(0) != target.size(0):\n" + Raise("Expected input batch_size to match target batch_size", "      ") +
        LossCode.Return($"torch.nll_loss_nd(input, target, self.weight, {LossCode.R(loss.reduction)}, -100)"),
        ("weight", loss.weight));
}

/// <summary>
/// TorchSharp 0.107 passes PoissonNLLLoss's eps as a float where libtorch reads a double: the double libtorch sees has
/// the float's bits in its low half (a subnormal). The export uses that value, which is what TorchSharp computes with.
/// </summary>
internal sealed class PoissonNLLLossTranslation : StockModuleTranslation<PoissonNLLLoss>
{
    protected override ModuleDescription Describe(PoissonNLLLoss loss, string path)
    {
        double eps = BitConverter.Int64BitsToDouble((uint)BitConverter.SingleToInt32Bits(loss.eps));
        return LossCode.Describe("PoissonNLLLoss", LossCode.InputTarget,
            LossCode.Return($"torch.poisson_nll_loss(input, target, {B(loss.log_input)}, {B(loss.full)}, {F(eps)}, {LossCode.R(loss.reduction)})"));
    }
}

internal sealed class SmoothL1LossTranslation : StockModuleTranslation<SmoothL1Loss>
{
    protected override ModuleDescription Describe(SmoothL1Loss loss, string path) => LossCode.Describe("SmoothL1Loss", LossCode.InputTarget,
        "    b = torch.broadcast_tensors([input, target])\n" + LossCode.Return($"torch.smooth_l1_loss(b[0], b[1], {LossCode.R(loss.reduction)}, {F(loss.beta)})"));
}

internal sealed class SoftMarginLossTranslation : StockModuleTranslation<SoftMarginLoss>
{
    protected override ModuleDescription Describe(SoftMarginLoss loss, string path) => LossCode.Describe("SoftMarginLoss", LossCode.InputTarget,
        LossCode.Return($"torch.soft_margin_loss(input, target, {LossCode.R(loss.reduction)})"));
}

internal sealed class TripletMarginLossTranslation : StockModuleTranslation<TripletMarginLoss>
{
    protected override ModuleDescription Describe(TripletMarginLoss loss, string path) => LossCode.Describe("TripletMarginLoss", LossCode.Triplet,
        LossCode.Return($"torch.triplet_margin_loss(anchor, positive, negative, {F(loss.margin)}, {F(loss.p)}, {F(Hidden<double>(loss, path, "eps"))}, {B(Hidden<bool>(loss, path, "swap"))}, {LossCode.R(loss.reduction)})"));
}

/// <summary>
/// libtorch's C++ triplet_margin_with_distance_loss with its default distance (pairwise_distance), op for op; a custom
/// distance is a .NET delegate, which no archive can hold.
/// </summary>
internal sealed class TripletMarginWithDistanceLossTranslation : StockModuleTranslation<TripletMarginWithDistanceLoss>
{
    protected override ModuleDescription Describe(TripletMarginWithDistanceLoss loss, string path)
    {
        if (Hidden<object>(loss, path, "distance") is not null)
            throw new TorchScriptExportException(path, "TripletMarginWithDistanceLoss with a distance function cannot be exported: the function is .NET code. Compute the loss in a [ScriptClass] method that calls the distance there.");
        var body = new StringBuilder();
        body.Append("    dist_pos = torch.pairwise_distance(anchor, positive, 2.0, 1e-06, False)\n");
        body.Append("    dist_neg = torch.pairwise_distance(anchor, negative, 2.0, 1e-06, False)\n");
        if (Hidden<bool>(loss, path, "swap"))
            body.Append("    dist_neg = torch.min(dist_neg, torch.pairwise_distance(positive, negative, 2.0, 1e-06, False))\n");
        body.Append($"    loss = torch.clamp_min(torch.add(torch.sub(dist_pos, dist_neg), {F(loss.margin)}), 0)\n");
        body.Append(LossCode.Reduce("loss", loss.reduction));
        return LossCode.Describe("TripletMarginWithDistanceLoss", LossCode.Triplet, body.ToString());
    }
}

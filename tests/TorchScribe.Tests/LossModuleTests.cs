using TorchScribe.Tests.Infrastructure;
using TorchSharp;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Every stock loss, saved alone and run by libtorch on the same inputs, for each reduction where it has one.</summary>
public sealed class LossModuleTests
{
    public static readonly TheoryData<string, nn.Reduction> Losses = Cases();

    private static TheoryData<string, nn.Reduction> Cases()
    {
        var data = new TheoryData<string, nn.Reduction>();
        string[] names =
        {
            "BCELoss", "BCELossWeighted", "BCEWithLogitsLoss", "BCEWithLogitsLossWeighted", "CTCLoss", "CosineEmbeddingLoss",
            "CrossEntropyLoss", "CrossEntropyLossSmoothed", "GaussianNLLLoss", "GaussianNLLLossFull", "HingeEmbeddingLoss", "HuberLoss",
            "KLDivLoss", "KLDivLossProbabilities", "L1Loss", "MSELoss", "MSELossBroadcast", "MarginRankingLoss", "MultiLabelMarginLoss",
            "MultiLabelSoftMarginLoss", "MultiLabelSoftMarginLossWeighted", "MultiMarginLoss", "NLLLoss", "PoissonNLLLoss",
            "PoissonNLLLossRates", "SmoothL1Loss", "SoftMarginLoss", "TripletMarginLoss", "TripletMarginLossSwap", "TripletMarginWithDistanceLoss",
        };
        foreach (string name in names)
            foreach (nn.Reduction reduction in new[] { nn.Reduction.None, nn.Reduction.Mean, nn.Reduction.Sum })
                data.Add(name, reduction);
        return data;
    }

    [Theory]
    [MemberData(nameof(Losses))]
    public void ExportedLossMatchesTorchSharp(string name, nn.Reduction reduction)
    {
        manual_seed(31);
        var (module, inputs) = Create(name, reduction);
        var forward = module.GetType().GetMethods().First(m => m.Name == "forward" && m.GetParameters().Length == inputs.Length);
        using var folder = new TempFolder($"loss-{name}-{reduction}");
        Equivalence.AssertExportMatches(module, () => forward.Invoke(module, inputs)!, inputs, folder);
    }

    /// <summary>Losses whose first input may be any real: NaN, ±Inf, -0, the largest float, a subnormal and 1e6 planted in it.</summary>
    [Theory]
    [InlineData("BCEWithLogitsLossWeighted")]
    [InlineData("CosineEmbeddingLoss")]
    [InlineData("CrossEntropyLoss")]
    [InlineData("GaussianNLLLoss")]
    [InlineData("HingeEmbeddingLoss")]
    [InlineData("HuberLoss")]
    [InlineData("KLDivLoss")]
    [InlineData("L1Loss")]
    [InlineData("MSELossBroadcast")]
    [InlineData("MarginRankingLoss")]
    [InlineData("MultiLabelSoftMarginLossWeighted")]
    [InlineData("MultiMarginLoss")]
    [InlineData("PoissonNLLLoss")]
    [InlineData("SmoothL1Loss")]
    [InlineData("SoftMarginLoss")]
    [InlineData("TripletMarginLossSwap")]
    [InlineData("TripletMarginWithDistanceLoss")]
    public void HostileValuesMatchTorchSharp(string name)
    {
        manual_seed(32);
        var (module, inputs) = Create(name, nn.Reduction.None);
        inputs[0] = HostileTensors.Plant((Tensor)inputs[0]);
        var forward = module.GetType().GetMethods().First(m => m.Name == "forward" && m.GetParameters().Length == inputs.Length);
        using var folder = new TempFolder($"hostile-loss-{name}");
        Equivalence.AssertExportMatches(module, () => forward.Invoke(module, inputs)!, inputs, folder);
    }

    internal static (nn.Module Module, object[] Inputs) Create(string name, nn.Reduction r)
    {
        Tensor logits = randn(4, 5) * 3, probabilities = rand(4, 5).clamp(0.01, 0.99), labels = rand(4, 5).round();
        Tensor classes = tensor(new long[] { 0, 4, 2, -100 }), signs = tensor(new float[] { 1, -1, -1, 1 });
        return name switch
        {
            "BCELoss" => (nn.BCELoss(reduction: r), new object[] { probabilities, labels }),
            "BCELossWeighted" => (nn.BCELoss(rand(5) + 0.5, r), new object[] { probabilities, labels }),
            "BCEWithLogitsLoss" => (nn.BCEWithLogitsLoss(reduction: r), new object[] { logits, labels }),
            "BCEWithLogitsLossWeighted" => (nn.BCEWithLogitsLoss(rand(5) + 0.5, r, rand(5) * 3), new object[] { logits, labels }),
            "CTCLoss" => (nn.CTCLoss(blank: 0, reduction: r, zero_infinity: true),
                new object[] { randn(12, 3, 6).log_softmax(2), randint(1, 6, new long[] { 3, 5 }), tensor(new long[] { 12, 10, 4 }), tensor(new long[] { 5, 3, 4 }) }),
            "CosineEmbeddingLoss" => (nn.CosineEmbeddingLoss(0.2, r), new object[] { randn(4, 5), randn(4, 5), signs }),
            "CrossEntropyLoss" => (nn.CrossEntropyLoss(rand(5) + 0.5, ignore_index: -100, reduction: r), new object[] { logits, classes }),
            "CrossEntropyLossSmoothed" => (new CrossEntropyLoss(null, 2, r, 0.1), new object[] { logits, tensor(new long[] { 0, 2, 3, 2 }) }),
            "GaussianNLLLoss" => (nn.GaussianNLLLoss(reduction: r), new object[] { randn(4, 5), randn(4, 5), rand(4, 1) }),
            "GaussianNLLLossFull" => (nn.GaussianNLLLoss(full: true, eps: 0.5f, reduction: r), new object[] { randn(4, 5), randn(4, 5), rand(4, 5) }),
            "HingeEmbeddingLoss" => (nn.HingeEmbeddingLoss(0.7, r), new object[] { randn(4, 5), torch.where(rand(4, 5) > 0.5, 1.0f, -1.0f) }),
            "HuberLoss" => (nn.HuberLoss(0.5, r), new object[] { randn(4, 5) * 2, randn(4, 5) }),
            "KLDivLoss" => (nn.KLDivLoss(reduction: r), new object[] { logits.log_softmax(1), randn(4, 5).log_softmax(1) }),
            "KLDivLossProbabilities" => (nn.KLDivLoss(false, r), new object[] { logits.log_softmax(1), probabilities }),
            "L1Loss" => (nn.L1Loss(r), new object[] { randn(4, 5), randn(4, 5) }),
            "MSELoss" => (nn.MSELoss(r), new object[] { randn(4, 5), randn(4, 5) }),
            "MSELossBroadcast" => (nn.MSELoss(r), new object[] { randn(4, 5), randn(5) }),
            "MarginRankingLoss" => (nn.MarginRankingLoss(0.3, r), new object[] { randn(6), randn(6), tensor(new float[] { 1, -1, 1, 1, -1, -1 }) }),
            "MultiLabelMarginLoss" => (nn.MultiLabelMarginLoss(r), new object[] { randn(2, 4), tensor(new long[,] { { 3, 0, -1, 1 }, { 1, 2, 3, -1 } }) }),
            "MultiLabelSoftMarginLoss" => (nn.MultiLabelSoftMarginLoss(reduction: r), new object[] { logits, labels }),
            "MultiLabelSoftMarginLossWeighted" => (nn.MultiLabelSoftMarginLoss(rand(5) + 0.5, r), new object[] { randn(new long[] { 2, 3, 5 }), rand(new long[] { 2, 3, 5 }).round() }),
            "MultiMarginLoss" => (nn.MultiMarginLoss(2, 0.8, rand(5) + 0.5, r), new object[] { logits, tensor(new long[] { 0, 4, 2, 1 }) }),
            "NLLLoss" => (nn.NLLLoss(rand(5) + 0.5, r), new object[] { logits.log_softmax(1), classes }),
            "PoissonNLLLoss" => (nn.PoissonNLLLoss(true, true, 1e-8f, r), new object[] { randn(4, 5), rand(4, 5) * 4 }),
            "PoissonNLLLossRates" => (nn.PoissonNLLLoss(false, false, 0.1f, r), new object[] { torch.cat(new[] { zeros(1, 5), rand(3, 5) * 2 }), rand(4, 5) * 4 }),
            "SmoothL1Loss" => (nn.SmoothL1Loss(r, 0.4), new object[] { randn(4, 5) * 2, randn(4, 5) }),
            "SoftMarginLoss" => (nn.SoftMarginLoss(r), new object[] { randn(4), signs }),
            "TripletMarginLoss" => (nn.TripletMarginLoss(0.5, 3, reduction: r), new object[] { randn(4, 5), randn(4, 5), randn(4, 5) }),
            "TripletMarginLossSwap" => (new TripletMarginLoss(1.0, 1, 1e-5, true, r), new object[] { randn(4, 5), randn(4, 5), randn(4, 5) }),
            "TripletMarginWithDistanceLoss" => (nn.TripletMarginWithDistanceLoss(null, 0.4, true, r), new object[] { randn(4, 5), randn(4, 5), randn(4, 5) }),
            _ => throw new ArgumentException(name),
        };
    }

    [Fact]
    public void TripletLossWithADistanceFunctionIsAClearExportError()
    {
        var loss = nn.TripletMarginWithDistanceLoss((a, b) => (a - b).abs().sum(1));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(loss, Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Contains("distance function", error.Message);
    }
}

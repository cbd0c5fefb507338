using TorchScribe.Tests.Infrastructure;
using TorchSharp;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Every stock module TorchScribe translates, exported inside a Sequential and run by libtorch.</summary>
public sealed class BuiltinModuleTests
{
    public static readonly TheoryData<string> Modules = new()
    {
        "Linear", "LinearNoBias", "Identity", "Flatten", "Conv1d", "Conv2d", "Conv2dSame", "Conv2dReflect", "Conv2dGroups", "Conv3d",
        "ConvTranspose2d", "BatchNorm1d", "BatchNorm2d", "BatchNorm2dNoAffine", "LayerNorm", "GroupNorm", "Dropout", "ReLU", "LeakyReLU",
        "GELU", "GELUTanh", "SiLU", "Tanh", "Sigmoid", "Softmax", "LogSoftmax", "MaxPool1d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d",
        "NamedSequential", "Embedding", "EmbeddingMaxNorm",
        "ELU", "CELU", "ReLU6", "SELU", "Mish", "Hardswish", "Hardsigmoid", "LogSigmoid", "Softplus", "Softsign",
        "Tanhshrink", "Softshrink", "Hardshrink", "Threshold", "GLU", "Softmin", "Softmax2d", "PixelShuffle", "PixelUnshuffle",
        "ConstantPad1d", "ConstantPad2d", "ConstantPad3d", "ZeroPad2d", "ReflectionPad1d", "ReflectionPad2d", "ReflectionPad3d",
        "ReplicationPad1d", "ReplicationPad2d", "ReplicationPad3d",
        "MaxPool3d", "AvgPool1d", "AvgPool3d", "AvgPool3dDivisor", "AdaptiveAvgPool1d", "AdaptiveAvgPool3d", "AdaptiveMaxPool1d",
        "AdaptiveMaxPool2d", "LPPool1d", "LPPool2d", "LPPool2dFractionalNorm",
        "Dropout1d", "Dropout2d", "Dropout2dUnbatched", "Dropout3d", "Dropout2dInplace", "AlphaDropout", "FeatureAlphaDropout",
        "BatchNorm3d", "InstanceNorm1d", "InstanceNorm1dUnbatched", "InstanceNorm2dTracked", "InstanceNorm3dAffine", "LocalResponseNorm3d",
        "LocalResponseNorm4d", "ConvTranspose1d", "ConvTranspose3d", "ChannelShuffle", "Unflatten", "Fold", "Unfold", "PReLU", "RReLU",
        "HardtanhInplace", "UpsampleNearest", "UpsampleNearestSize", "UpsampleLinear", "UpsampleBilinearAligned", "UpsampleBicubic",
        "UpsampleTrilinearRecomputed", "MishInplace", "FractionalMaxPool2d", "FractionalMaxPool2dRatio", "FractionalMaxPool3d", "FractionalMaxPool3dRatio",
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void ExportedModuleMatchesTorchSharp(string name)
    {
        manual_seed(42);
        var (module, input) = Create(name);
        var model = nn.Sequential(("first", (nn.Module<Tensor, Tensor>)module));
        using var folder = new TempFolder("builtin-" + name);
        Equivalence.AssertExportMatches(model, () => model.forward(input), new object[] { input }, folder);
    }

    /// <summary>The same modules on input with NaN, ±Inf, -0, the largest float, a subnormal and 1e6 planted in it.</summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void HostileValuesMatchTorchSharp(string name)
    {
        manual_seed(43);
        var (module, friendly) = Create(name);
        Tensor input = HostileTensors.Plant(friendly);
        var model = nn.Sequential(("first", (nn.Module<Tensor, Tensor>)module));
        using var folder = new TempFolder("hostile-" + name);
        Equivalence.AssertExportMatches(model, () => model.forward(input), new object[] { input }, folder);
    }

    internal static (nn.Module Module, Tensor Input) Create(string name) => name switch
    {
        "Linear" => (nn.Linear(4, 3), randn(2, 4)),
        "ELU" => (nn.ELU(0.7), randn(2, 4) * 3),
        "CELU" => (nn.CELU(0.7), randn(2, 4) * 3),
        "ReLU6" => (nn.ReLU6(), randn(2, 4) * 5),
        "SELU" => (nn.SELU(), randn(2, 4) * 3),
        "Mish" => (nn.Mish(), randn(2, 4) * 3),
        "Hardswish" => (nn.Hardswish(), randn(2, 4) * 4),
        "Hardsigmoid" => (nn.Hardsigmoid(), randn(2, 4) * 4),
        "LogSigmoid" => (nn.LogSigmoid(), randn(2, 4) * 3),
        "Softplus" => (nn.Softplus(2, 5), randn(2, 4) * 4),
        "Softsign" => (nn.Softsign(), randn(2, 4) * 3),
        "Tanhshrink" => (nn.Tanhshrink(), randn(2, 4) * 3),
        "Softshrink" => (nn.Softshrink(0.6), randn(2, 4)),
        "Hardshrink" => (nn.Hardshrink(0.6), randn(2, 4)),
        "Threshold" => (nn.Threshold(0.2, -1.0), randn(2, 4)),
        "GLU" => (nn.GLU(1), randn(2, 6)),
        "Softmin" => (nn.Softmin(1), randn(2, 4)),
        "Softmax2d" => (nn.Softmax2d(), randn(2, 3, 4, 4)),
        "PixelShuffle" => (nn.PixelShuffle(2), randn(1, 8, 3, 3)),
        "PixelUnshuffle" => (nn.PixelUnshuffle(2), randn(1, 2, 4, 6)),
        "LinearNoBias" => (nn.Linear(4, 3, hasBias: false), randn(2, 4)),
        "MishInplace" => (nn.Sequential(nn.Linear(4, 4), nn.Mish(inplace: true)), randn(2, 4) * 3),
        "FractionalMaxPool2d" => (nn.FractionalMaxPool2d(2, output_size: 5), randn(2, 3, 9, 9)),
        "FractionalMaxPool2dRatio" => (nn.FractionalMaxPool2d(2, output_ratio: 0.6), randn(3, 9, 8)),
        "FractionalMaxPool3d" => (nn.FractionalMaxPool3d(2, output_size: 3), randn(new long[] { 2, 3, 6, 6, 6 })),
        "FractionalMaxPool3dRatio" => (nn.FractionalMaxPool3d(2, output_ratio: 0.5), randn(new long[] { 2, 3, 6, 7, 8 })),
        "UpsampleNearest" => (nn.Upsample(scale_factor: new[] { 2.0, 1.5 }), randn(1, 2, 3, 5)),
        "UpsampleNearestSize" => (nn.Upsample(size: new long[] { 7 }), randn(2, 3, 4)),
        "UpsampleLinear" => (nn.Upsample(scale_factor: new[] { 2.5 }, mode: UpsampleMode.Linear), randn(2, 3, 4)),
        "UpsampleBilinearAligned" => (nn.Upsample(size: new long[] { 5, 7 }, mode: UpsampleMode.Bilinear, align_corners: true), randn(1, 2, 3, 4)),
        "UpsampleBicubic" => (nn.Upsample(scale_factor: new[] { 1.7, 2.0 }, mode: UpsampleMode.Bicubic), randn(1, 2, 3, 4)),
        "UpsampleTrilinearRecomputed" => (nn.Upsample(scale_factor: new[] { 1.5, 2.0, 1.3 }, mode: UpsampleMode.Trilinear, recompute_scale_factor: true), randn(new long[] { 1, 2, 3, 4, 5 })),
        "ConstantPad1d" => (nn.ConstantPad1d((1, 2), -1.5), randn(2, 3, 4)),
        "ConstantPad2d" => (nn.ConstantPad2d(2, 0.5), randn(2, 3, 4)),
        "ConstantPad3d" => (nn.ConstantPad3d(1, 2.5), randn(new long[] { 1, 2, 3, 3, 3 })),
        "ZeroPad2d" => (nn.ZeroPad2d((1, 0, 2, 1)), randn(1, 2, 3, 3)),
        "ReflectionPad1d" => (nn.ReflectionPad1d((2, 1)), randn(2, 3, 5)),
        "ReflectionPad2d" => (nn.ReflectionPad2d(2), randn(1, 2, 4, 4)),
        "ReflectionPad3d" => (nn.ReflectionPad3d(1), randn(new long[] { 1, 2, 3, 3, 3 })),
        "ReplicationPad1d" => (nn.ReplicationPad1d(3), randn(2, 3, 4)),
        "ReplicationPad2d" => (nn.ReplicationPad2d((1, 2, 0, 3)), randn(1, 2, 4, 4)),
        "ReplicationPad3d" => (nn.ReplicationPad3d(2), randn(new long[] { 1, 2, 3, 3, 3 })),
        "MaxPool3d" => (nn.MaxPool3d(2, stride: 1, padding: 1), randn(new long[] { 1, 2, 4, 4, 4 })),
        "AvgPool1d" => (nn.AvgPool1d(3, stride: 2, padding: 1, count_include_pad: false), randn(2, 3, 9)),
        "AvgPool3d" => (nn.AvgPool3d(2, ceil_mode: true), randn(new long[] { 1, 2, 5, 5, 5 })),
        "AvgPool3dDivisor" => (nn.AvgPool3d(2, stride: 1, divisor_override: 3), randn(new long[] { 1, 2, 4, 4, 4 })),
        "AdaptiveAvgPool1d" => (nn.AdaptiveAvgPool1d(4), randn(2, 3, 9)),
        "AdaptiveAvgPool3d" => (nn.AdaptiveAvgPool3d(new long[] { 2, 3, 1 }), randn(new long[] { 1, 2, 5, 6, 4 })),
        "AdaptiveMaxPool1d" => (nn.AdaptiveMaxPool1d(4), randn(2, 3, 9)),
        "AdaptiveMaxPool2d" => (nn.AdaptiveMaxPool2d(new long[] { 3, 2 }), randn(2, 3, 7, 5)),
        "LPPool1d" => (nn.LPPool1d(2, 3, stride: 2), randn(2, 3, 9)),
        "LPPool2d" => (nn.LPPool2d(3, new long[] { 2, 3 }), randn(1, 2, 6, 6)),
        "LPPool2dFractionalNorm" => (nn.LPPool2d(1.5, 2), randn(1, 2, 6, 6)),    // NaN where the window sum is negative, as in TorchSharp
        "Dropout1d" => (nn.Dropout1d(0.4), randn(4, 6, 5)),
        "Dropout2d" => (nn.Dropout2d(0.4), randn(4, 6, 3, 3)),
        "Dropout2dUnbatched" => (nn.Dropout2d(0.5), randn(6, 3, 3)),
        "Dropout3d" => (nn.Dropout3d(0.3), randn(new long[] { 2, 6, 2, 3, 3 })),
        "Dropout2dInplace" => (nn.Sequential(nn.Linear(3, 3), nn.Dropout2d(0.5, inplace: true)), randn(4, 6, 3, 3)),
        "AlphaDropout" => (nn.AlphaDropout(0.3), randn(8, 8)),
        "FeatureAlphaDropout" => (nn.FeatureAlphaDropout(0.3), randn(4, 6, 3, 3)),
        "BatchNorm3d" => (nn.BatchNorm3d(2, momentum: 0.4), randn(new long[] { 3, 2, 3, 3, 3 })),
        "InstanceNorm1d" => (nn.InstanceNorm1d(3), randn(2, 3, 6)),
        "InstanceNorm1dUnbatched" => (nn.InstanceNorm1d(3, affine: true), randn(3, 6)),
        "InstanceNorm2dTracked" => (nn.InstanceNorm2d(3, momentum: 0.3, track_running_stats: true), randn(2, 3, 4, 4)),
        "InstanceNorm3dAffine" => (WithWeights(nn.InstanceNorm3d(2, eps: 1e-3, affine: true)), randn(new long[] { 2, 2, 3, 3, 3 })),
        "LocalResponseNorm3d" => (nn.LocalResponseNorm(3, alpha: 0.01, beta: 0.8, k: 2), randn(2, 5, 7)),
        "LocalResponseNorm4d" => (nn.LocalResponseNorm(4), randn(2, 6, 3, 3)),
        "ConvTranspose1d" => (nn.ConvTranspose1d(3, 2, 3, stride: 2, padding: 1, output_padding: 1, dilation: 2), randn(2, 3, 6)),
        "ConvTranspose3d" => (nn.ConvTranspose3d(2, 4, 3, stride: 2, padding: 1, output_padding: 1, groups: 2), randn(new long[] { 1, 2, 3, 3, 3 })),
        "ChannelShuffle" => (nn.ChannelShuffle(3), randn(2, 6, 2, 2)),
        "Unflatten" => (nn.Unflatten(1, new long[] { 2, 3 }), randn(4, 6, 5)),
        "Fold" => (nn.Fold((4, 5), (2, 2), padding: (1, 0), stride: (1, 2)), randn(2, 12, 10)),
        "Unfold" => (nn.Unfold((2, 3), dilation: (1, 2), padding: (1, 1), stride: (2, 2)), randn(2, 3, 6, 7)),
        "PReLU" => (nn.PReLU(3, 0.1), randn(2, 3, 4) * 3),
        "RReLU" => (nn.RReLU(0.1, 0.4), randn(2, 4) * 3),
        "HardtanhInplace" => (nn.Sequential(nn.Linear(4, 4), nn.Hardtanh(-0.5, 0.7, inplace: true)), randn(2, 4) * 2),
        "Identity" => (nn.Identity(), randn(2, 4)),
        "Flatten" => (nn.Flatten(), randn(2, 3, 4)),
        "Conv1d" => (nn.Conv1d(3, 4, 3, stride: 2, padding: 1), randn(2, 3, 9)),
        "Conv2d" => (nn.Conv2d(3, 4, 3, padding: 1, dilation: 2), randn(2, 3, 8, 8)),
        "Conv2dSame" => (nn.Conv2d(3, 4, 3, Padding.Same), randn(2, 3, 8, 8)),
        "Conv2dReflect" => (nn.Conv2d(3, 4, 3, padding: 1, padding_mode: PaddingModes.Reflect), randn(2, 3, 8, 8)),
        "Conv2dGroups" => (nn.Conv2d(4, 4, 3, groups: 4, bias: false), randn(2, 4, 8, 8)),
        "Conv3d" => (nn.Conv3d(2, 3, 3, padding: 1), randn(new long[] { 1, 2, 5, 5, 5 })),
        "ConvTranspose2d" => (nn.ConvTranspose2d(3, 2, 3, stride: 2, padding: 1, output_padding: 1), randn(2, 3, 5, 5)),
        "BatchNorm1d" => (nn.BatchNorm1d(4), randn(6, 4)),
        "BatchNorm2d" => (nn.BatchNorm2d(3, momentum: 0.2), randn(4, 3, 5, 5)),
        "BatchNorm2dNoAffine" => (nn.BatchNorm2d(3, affine: false, track_running_stats: false), randn(4, 3, 5, 5)),
        "LayerNorm" => (nn.LayerNorm(new long[] { 3, 4 }, eps: 1e-6), randn(2, 3, 4)),
        "GroupNorm" => (WithWeights(nn.GroupNorm(2, 4)), randn(2, 4, 3, 3)),
        "Dropout" => (nn.Dropout(0.3), randn(8, 8)),
        "ReLU" => (nn.ReLU(), randn(2, 4)),
        "LeakyReLU" => (nn.LeakyReLU(0.2), randn(2, 4)),
        "GELU" => (nn.GELU(), randn(2, 4)),
        "GELUTanh" => (nn.GELU(GELU.Approximate.tanh), randn(2, 4)),
        "SiLU" => (nn.SiLU(), randn(2, 4)),
        "Tanh" => (nn.Tanh(), randn(2, 4)),
        "Sigmoid" => (nn.Sigmoid(), randn(2, 4)),
        "Softmax" => (nn.Softmax(1), randn(2, 4)),
        "LogSoftmax" => (nn.LogSoftmax(-1), randn(2, 4)),
        "MaxPool1d" => (nn.MaxPool1d(3, stride: 2, padding: 1), randn(2, 3, 9)),
        "MaxPool2d" => (nn.MaxPool2d(2), randn(2, 3, 8, 8)),
        "AvgPool2d" => (nn.AvgPool2d(3, stride: 2, padding: 1, count_include_pad: false), randn(2, 3, 8, 8)),
        "AdaptiveAvgPool2d" => (nn.AdaptiveAvgPool2d(new long[] { 2, 3 }), randn(2, 3, 8, 8)),
        "NamedSequential" => (nn.Sequential(("conv2d-first", nn.Conv2d(3, 2, 1)), ("relu", nn.ReLU())), randn(1, 3, 4, 4)),
        "Embedding" => (ScriptModules.Embedding(10, 4, padding_idx: 0), tensor(new long[] { 1, 0, 9, 3 })),
        "EmbeddingMaxNorm" => (ScriptModules.Embedding(10, 4, max_norm: 1.0), tensor(new long[] { 1, 2, 9 })),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [InlineData("CosineSimilarity")]
    [InlineData("PairwiseDistance")]
    public void TwoInputModulesMatch(string name)
    {
        manual_seed(11);
        nn.Module<Tensor, Tensor, Tensor> module = name == "CosineSimilarity" ? nn.CosineSimilarity(0, 1e-6) : nn.PairwiseDistance(3, 1e-4, keepdim: true);
        Tensor a = randn(4, 5), b = randn(4, 5);
        using var folder = new TempFolder("builtin-" + name);
        Equivalence.AssertExportMatches(module, () => module.forward(a, b), new object[] { a, b }, folder);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void MaxUnpoolMatches(int rank, bool withPadding)
    {
        manual_seed(12);
        Tensor x = randn(rank switch { 1 => new long[] { 2, 3, 8 }, 2 => new long[] { 2, 3, 6, 6 }, _ => new long[] { 1, 2, 4, 4, 4 } });
        long? padding = withPadding ? 1 : null;
        (Tensor pooled, Tensor indices) = rank switch
        {
            1 => nn.MaxPool1d(2).forward_with_indices(x),
            2 => nn.MaxPool2d(2, stride: 2, padding: 1).forward_with_indices(x),
            _ => nn.MaxPool3d(2, stride: 2, padding: 1).forward_with_indices(x),
        };
        nn.Module<Tensor, Tensor, long[], Tensor> unpool = rank switch
        {
            1 => nn.MaxUnpool1d(2),
            2 => nn.MaxUnpool2d(2, stride: 2, padding: padding),
            _ => nn.MaxUnpool3d(2, stride: 2, padding: padding),
        };
        using var folder = new TempFolder("builtin-unpool" + rank);
        Equivalence.AssertExportMatches(unpool, () => unpool.forward(pooled, indices, null!), new object?[] { pooled, indices, null }!, folder);
    }

    [Fact]
    public void HardtanhOutOfPlaceIsAClearExportError()
    {
        // TorchSharp 0.107's Hardtanh(inplace: false) returns its input: no archive computes that as Hardtanh.
        Tensor x = tensor(new[] { -3.0f, 0.5f, 3.0f });
        Assert.Equal(new[] { -3.0f, 0.5f, 3.0f }, nn.Hardtanh().forward(x).data<float>().ToArray());
        var model = nn.Sequential(("clamp", nn.Hardtanh()));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(model, Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Equal("clamp", error.ModulePath);
        Assert.Contains("inplace: true", error.Message);
    }

    [Fact]
    public void BilinearMatches()
    {
        manual_seed(5);
        var model = nn.Bilinear(3, 4, 2);
        Tensor a = randn(5, 3), b = randn(5, 4);
        using var folder = new TempFolder("builtin-bilinear");
        Equivalence.AssertExportMatches(model, () => model.forward(a, b), new object[] { a, b }, folder);
    }

    [Theory]
    [InlineData(EmbeddingBagMode.Mean, false)]
    [InlineData(EmbeddingBagMode.Sum, true)]
    [InlineData(EmbeddingBagMode.Max, false)]
    public void EmbeddingBagMatches(EmbeddingBagMode mode, bool twoDimensional)
    {
        manual_seed(6);
        var bag = ScriptModules.EmbeddingBag(20, 4, mode: mode);
        Tensor input = twoDimensional ? tensor(new long[] { 1, 2, 3, 4, 5, 6 }).reshape(2, 3) : tensor(new long[] { 1, 2, 3, 4, 5, 6 });
        Tensor? offsets = twoDimensional ? null : tensor(new long[] { 0, 2 });
        using var folder = new TempFolder("builtin-embeddingbag-" + mode);
        Equivalence.AssertExportMatches(bag, () => bag.call(input, offsets, null), new object?[] { input, offsets, null }!, folder);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void MultiheadAttentionMatches(bool selfAttention, bool withMasks)
    {
        manual_seed(7);
        var model = new Models.AttentionCall(withMasks);
        Tensor query = randn(5, 3, 8);
        Tensor key = selfAttention ? query : randn(6, 3, 8);
        Tensor value = selfAttention ? query : key;
        Tensor padding = tensor(new[] { false, false, false, false, false, true }).repeat(3, 1);
        Tensor mask = randn(5, 6);
        using var folder = new TempFolder("builtin-mha");
        Equivalence.AssertExportMatches(model, () => model.forward(query, key, value, padding, mask), new object[] { query, key, value, padding, mask }, folder);
    }

    [Fact]
    public void ModuleListAndModuleDictMatch()
    {
        manual_seed(10);
        var model = new Models.Containers();
        Tensor x = randn(2, 4);
        using var folder = new TempFolder("builtin-containers");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
        Assert.Contains("getattr(self.layers, \"2\")", Equivalence.Code(archive));
    }

    [Theory]
    [InlineData(nn.Activations.ReLU)]
    [InlineData(nn.Activations.GELU)]
    public void TransformerEncoderLayerMatches(nn.Activations activation)
    {
        manual_seed(8);
        var layer = ScriptModules.TransformerEncoderLayer(8, 2, 16, 0.0, activation);
        Tensor src = randn(5, 3, 8);
        using var folder = new TempFolder("builtin-tel");
        Equivalence.AssertExportMatches(layer, () => layer.forward(src), new object[] { src }, folder);
    }

    [Fact]
    public void TransformerEncoderMatches()
    {
        manual_seed(9);
        var encoder = ScriptModules.TransformerEncoder(ScriptModules.TransformerEncoderLayer(8, 2, 16, 0.1), 2);
        Tensor src = randn(5, 3, 8);
        Tensor mask = triu(full(5, 5, float.NegativeInfinity), 1);
        using var folder = new TempFolder("builtin-encoder");
        Equivalence.AssertExportMatches(encoder, () => encoder.call(src, mask), new object[] { src, mask, null! }, folder);
    }

    [Theory]
    [InlineData(nn.Activations.ReLU)]
    [InlineData(nn.Activations.GELU)]
    public void TransformerDecoderLayerMatches(nn.Activations activation)
    {
        manual_seed(13);
        var layer = ScriptModules.TransformerDecoderLayer(8, 2, 16, 0.1, activation);
        Tensor tgt = randn(4, 3, 8), memory = randn(6, 3, 8);
        Tensor mask = triu(full(4, 4, float.NegativeInfinity), 1);
        using var folder = new TempFolder("builtin-decoder-layer");
        Equivalence.AssertExportMatches(layer, () => layer.call(tgt, memory, mask), new object[] { tgt, memory, mask, null!, null!, null! }, folder);
    }

    [Fact]
    public void TransformerDecoderMatches()
    {
        manual_seed(14);
        var decoder = ScriptModules.TransformerDecoder(ScriptModules.TransformerDecoderLayer(8, 2, 16, 0.1), 2);
        Tensor tgt = randn(4, 3, 8), memory = randn(6, 3, 8);
        Tensor memoryPadding = tensor(new[] { false, false, false, false, true, true }).repeat(3, 1);
        using var folder = new TempFolder("builtin-decoder");
        Equivalence.AssertExportMatches(decoder, () => decoder.call(tgt, memory, null!, null, null, memoryPadding),
            new object[] { tgt, memory, null!, null!, null!, memoryPadding }, folder);
    }

    [Fact]
    public void TransformerMatches()
    {
        manual_seed(15);
        var transformer = ScriptModules.Transformer(8, 2, 2, 1, 16, 0.1, nn.Activations.GELU);
        Tensor src = randn(5, 3, 8), tgt = randn(4, 3, 8);
        Tensor tgtMask = triu(full(4, 4, float.NegativeInfinity), 1);
        Tensor srcPadding = tensor(new[] { false, false, false, false, true }).repeat(3, 1);
        using var folder = new TempFolder("builtin-transformer");
        string archive = Equivalence.AssertExportMatches(transformer, () => transformer.call(src, tgt, null!, tgtMask, null, srcPadding),
            new object[] { src, tgt, null!, tgtMask, null!, srcPadding, null!, null! }, folder);
        Assert.Contains("self.norm.forward(output)", Equivalence.Code(archive));    // libtorch's Transformer norms its encoder and decoder
    }

    [Fact]
    public void ParameterListAndParameterDictMatch()
    {
        manual_seed(16);
        var model = new Models.ParameterHolders();
        Tensor x = randn(3, 4);
        using var folder = new TempFolder("builtin-parameter-containers");
        string archive = Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
        Assert.Contains("getattr(self.offsets, \"high\")", Equivalence.Code(archive));
    }

    [Fact]
    public void NativeModuleNotCreatedThroughScriptModulesIsAClearExportError()
    {
        var model = nn.Sequential(("embed", nn.Embedding(10, 4)));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(model, Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Equal("embed", error.ModulePath);
        Assert.Contains("ScriptModules.Embedding", error.Message);
    }

    /// <summary>TorchSharp's GroupNorm and InstanceNorm leave their affine parameters uninitialized (or 1 and 0); give them values.</summary>
    private static TNorm WithWeights<TNorm>(TNorm norm) where TNorm : nn.Module
    {
        using (no_grad())
        {
            foreach (var (name, parameter) in norm.named_parameters())
                parameter.uniform_(name == "weight" ? 0.5 : -0.5, name == "weight" ? 1.5 : 0.5);
        }
        return norm;
    }

    [Fact]
    public void EveryStockModuleTheCompilerAcceptsIsExported()
    {
        var exercised = ((IEnumerable<object[]>)Modules).Select(m => Create((string)m[0]).Module.GetType())
            .Concat(new[] { typeof(Sequential), typeof(Bilinear), typeof(CosineSimilarity), typeof(PairwiseDistance), typeof(Hardtanh), typeof(Dropout2d), typeof(ModuleList<>), typeof(ModuleDict<>), typeof(EmbeddingBag),
                typeof(MultiheadAttention), typeof(TransformerEncoderLayer), typeof(TransformerEncoder),
                typeof(TransformerDecoderLayer), typeof(TransformerDecoder), typeof(Transformer),
                typeof(ParameterList), typeof(ParameterDict) })   // the dedicated tests above
            .Concat(new[] { typeof(GRU), typeof(LSTM), typeof(RNN), typeof(GRUCell), typeof(LSTMCell), typeof(RNNCell) })   // RecurrentModuleTests
            .Concat(new[] { typeof(MaxUnpool1d), typeof(MaxUnpool2d), typeof(MaxUnpool3d) })
            .Concat(((IEnumerable<object[]>)LossModuleTests.Losses).Select(c => LossModuleTests.Create((string)c[0], nn.Reduction.Mean).Module.GetType()))
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .ToHashSet();
        var untested = Export.Builtins.StockModuleTable.ModuleTypes.Where(t => !exercised.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(untested.Count == 0, "stock modules the compiler accepts but no test exports: " + string.Join(", ", untested));
    }
}

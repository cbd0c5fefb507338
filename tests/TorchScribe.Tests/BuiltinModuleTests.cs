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

    [Fact]
    public void NativeModuleNotCreatedThroughScriptModulesIsAClearExportError()
    {
        var model = nn.Sequential(("embed", nn.Embedding(10, 4)));
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(model, Path.Combine(Path.GetTempPath(), $"x-{Guid.NewGuid():N}.pt")));
        Assert.Equal("embed", error.ModulePath);
        Assert.Contains("ScriptModules.Embedding", error.Message);
    }

    /// <summary>TorchSharp's GroupNorm leaves its affine parameters uninitialized; give them values.</summary>
    private static GroupNorm WithWeights(GroupNorm norm)
    {
        using (no_grad())
        {
            norm.weight!.uniform_(0.5, 1.5);
            norm.bias!.uniform_(-0.5, 0.5);
        }
        return norm;
    }

    [Fact]
    public void EveryStockModuleTheCompilerAcceptsIsExported()
    {
        var exercised = ((IEnumerable<object[]>)Modules).Select(m => Create((string)m[0]).Module.GetType())
            .Concat(new[] { typeof(Sequential), typeof(Bilinear), typeof(ModuleList<>), typeof(ModuleDict<>), typeof(EmbeddingBag),
                typeof(MultiheadAttention), typeof(TransformerEncoderLayer), typeof(TransformerEncoder) })   // the dedicated tests above
            .Concat(new[] { typeof(GRU), typeof(LSTM), typeof(RNN), typeof(GRUCell), typeof(LSTMCell), typeof(RNNCell) })   // RecurrentModuleTests
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .ToHashSet();
        var untested = Export.Builtins.StockModuleTable.ModuleTypes.Where(t => !exercised.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(untested.Count == 0, "stock modules the compiler accepts but no test exports: " + string.Join(", ", untested));
    }
}

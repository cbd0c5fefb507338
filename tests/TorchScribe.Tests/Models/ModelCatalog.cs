using System;
using System.Collections.Generic;
using System.Linq;
using TorchScribe.Tests.Models.Architectures;
using TorchScribe.Tests.Models.Fixtures;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// One instance and one set of example inputs for every [ScriptClass] of this assembly, so that properties which
/// must hold for all of them are checked on all of them (ExportInvariantTests fails on a class missing here).
/// </summary>
public static class ModelCatalog
{
    /// <param name="SaveError">For a class whose instances cannot be saved though it builds clean (names only known at run
    /// time): what the TorchScriptExportException says.</param>
    /// <param name="NeedsPyTorch">The oldest PyTorch version that loads the archive, where it is newer than the PyTorch
    /// tier's 1.13 (an op added later, such as scaled_dot_product_attention in 2.0).</param>
    public sealed record Entry(Type Type, Func<(nn.Module Module, object[] Inputs)> Create, string? SaveError = null, string? NeedsPyTorch = null);

    public static IReadOnlyList<Entry> All { get; } = new List<Entry>
    {
        Of(() => (new Net(), new object[] { randn(4, 8) })),
        Of(() => (new TsLayer(10, 5), new object[] { randn(3, 10) })),
        Of(() => (new Consts(3, 2), new object[] { randn(4) })),
        Of(() => (new Squashed(), new object[] { randn(2, 6) })),
        Of(() =>
        {
            Tensor key = randn(6, 3, 8);
            return (new AttentionCall(true), new object[] { randn(5, 3, 8), key, key, tensor(new[] { false, false, false, false, false, true }).repeat(3, 1), randn(5, 6) });
        }),
        Of(() => (new Containers(), new object[] { randn(3, 4) })),
        Of(() => (new SequenceTagger(), new object[] { randn(2, 7, 6), randn(4, 2, 8), randn(4, 2, 8) })),
        Of(() => (new CellStepper(), new object[] { randn(4, 3, 4), randn(3, 5), randn(3, 5) })),
        Of(() => (new GruLast(nn.GRU(3, 4)), new object[] { randn(5, 2, 3) })),
        Of(() => (new ParameterHolders(), new object[] { randn(3, 4) })),
        Of(() => (new Mlp(4, 8, 2), new object[] { randn(3, 4) })),
        Of(() => (new Named(), new object[] { randn(3, 3) })),
        Of(() => (new WithBuffer(arange(12, dtype: ScalarType.Float32).reshape(3, 4)), new object[] { randn(3, 4) })),
        Of(() => (new Halver(), new object[] { randn(3) })),
        Of(() => (new Chatty(), new object[] { randn(3) })),
        Of(() => (new ForwardBuffer(), new object[] { randn(3) }), saveError: "its buffer 'forward' cannot be saved under that name"),
        Of(() => (new Größe(), new object[] { randn(3) })),
        Of(() => (new Gr__e(), new object[] { randn(3) })),
        Of(() => (new LanguageSubset(), new object[] { rand(4, 4) + 0.1 })),
        Of(() => (new OpCatalog(), new object[] { rand(4, 4) + 0.1, rand(4, 4) + 0.1 })),
        Of(() => (new PyTorch2Ops(), new object[] { rand(4, 4) + 0.1, rand(4, 4) + 0.1 }), needsPyTorch: "2.0"),
        Of(() => (new ExactSemantics(), new object[] { randn(3) })),
        Of(() => (new ExactControlFlow(), new object[] { randn(3) })),
        Of(() => (new Differ(), new object[] { randn(3) })),
        Of(() => (new TensorApiCases(), new object[] { randn(3, 8) })),
        Of(() => (new MnistCnn(), new object[] { randn(2, 1, 28, 28) })),
        Of(() => (new BasicBlock(4, 8, 2), new object[] { randn(2, 4, 8, 8) })),
        Of(() => (new SmallResNet(5), new object[] { randn(2, 3, 16, 16) })),
        Of(() => (new DepthwiseSeparable(8, 16, 2), new object[] { randn(2, 8, 10, 10) })),
        Of(() => (new PositionalEncoding(16, 0.1), new object[] { randn(7, 3, 16) })),
        Of(() => (new TransformerModel(50, 16, 2, 32, 2, 0.1), new object[] { randint(0, 50, new long[] { 7, 3 }), triu(full(7, 7, float.NegativeInfinity), 1) })),
        Of(() => (new AttentionBlock(16, 4, 0.1), new object[] { randn(2, 5, 16), tensor(new[] { false, false, false, true, true }).repeat(2, 1) })),
        Of(() => (new TextClassifier(100, 8, 4), new object[] { randint(0, 100, new long[] { 12 }), tensor(new long[] { 0, 3, 7 }) })),
        Of(() => (new Feature(2, 3), new object[] { randn(4, 2) })),
        Of(() => (new ComposedRegressor(), new object[] { randn(4, 2) })),
        Of(() => (new Stack("k"), new object[] { randn(2, 3) })),
        Of(() => (new StackRunner(), new object[] { randn(2, 3) })),
        Of(() => (new Outer.Nested(), new object[] { randn(2, 3) })),
        Of(() => (new SplitModel(0.5), new object[] { randn(2, 3) })),
        Of(() => (new CoderHolder(true), new object[] { randn(3, 4) })),
        Of(() => (new BeamSearch(2), new object[] { randn(3, 5).log_softmax(1) })),
        Of(() => (new SpanModel(), new object[] { randn(3) })),
        Of(() => (new AnchorModel(), new object[] { randn(3) })),
        Of(() => (new ShiftBlock(), new object[] { randn(3) })),
        Of(() => (new ScaleBlock(), new object[] { randn(3) })),
        Of(() => (new SwappableModel(new ScaleBlock()), new object[] { randn(3) })),
        Of(() => (new LayoutTwin(), new object[] { randn(3) })),
        Of(() => (new SharedCoder(), new object[] { randn(3) }), saveError: "holds the same TorchScribe.Tests.Models.BoxCoder object as 'first'"),
        Of(() => (new DefaultSpanHolder(), new object[] { randn(3) }), saveError: "'span.Values' as TorchScript: is null, and TorchScribe.Tests.Models.Span.Values has the TorchScript type Tensor"),
    };

    /// <summary>The module's TorchSharp forward for these inputs (found by their types: catalog modules take 1 to 6).</summary>
    public static object Forward(nn.Module module, object[] inputs)
    {
        var types = inputs.Select(i => i.GetType()).Select(t => t == typeof(Tensor) || t.IsSubclassOf(typeof(Tensor)) ? typeof(Tensor) : t).ToArray();
        var forward = module.GetType().GetMethod("forward", types)
            ?? throw new InvalidOperationException($"{module.GetType().Name} has no forward taking these inputs");
        return forward.Invoke(module, inputs)!;
    }

    private static Entry Of<TModule>(Func<(TModule Module, object[] Inputs)> create, string? saveError = null, string? needsPyTorch = null) where TModule : nn.Module =>
        new(typeof(TModule), () =>
        {
            var (module, inputs) = create();
            return (module, inputs);
        }, saveError, needsPyTorch);
}

using TorchScribe.Analyzers.Analyzers;
using TorchScribe.CodeFixes;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>Every code fix, applied one by one and through FixAll (the testing library runs both).</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task MakePartial() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, MakePartialCodeFix>("""
        [ScriptClass]
        public class {|TSB0100:First|} : Module<Tensor, Tensor>
        {
            public First() : base("First") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        sealed class {|TSB0100:Second|} : Module<Tensor, Tensor>
        {
            public Second() : base("Second") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, """
        [ScriptClass]
        public partial class First : Module<Tensor, Tensor>
        {
            public First() : base("First") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        sealed partial class Second : Module<Tensor, Tensor>
        {
            public Second() : base("Second") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task MakeConstantsReadOnly() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, MakeReadOnlyCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [ScriptConstant] private int {|TSB0101:a|} = 1;
            [ScriptConstant] long {|TSB0101:b|} = 2;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * a + b;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [ScriptConstant] private readonly int a = 1;
            [ScriptConstant] readonly long b = 2;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * a + b;
        }
        """);

    [Fact]
    public Task AddRegisterComponents() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, AddRegisterComponentsCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear fc;
            public {|TSB0102:Model|}() : base("Model")
            {
                fc = nn.Linear(2, 2);
            }
            public {|TSB0102:Model|}(Linear layer) : base("Model") => fc = layer;
            public override Tensor forward(Tensor x) => fc.forward(x);
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear fc;
            public Model() : base("Model")
            {
                fc = nn.Linear(2, 2);
                RegisterComponents();
            }
            public Model(Linear layer) : base("Model")
            {
                fc = layer;
                RegisterComponents();
            }
            public override Tensor forward(Tensor x) => fc.forward(x);
        }
        """);

    [Fact]
    public Task AutoPropertyBecomesField() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, RegistrableComponentCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Parameter {|TSB0103:Shift|} { get; } = nn.Parameter(torch.zeros(1));
            internal Parameter {|TSB0103:Scale|} { get; }
            public Model() : base("Model") { Scale = nn.Parameter(torch.ones(1)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * Scale + Shift;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public readonly Parameter Shift = nn.Parameter(torch.zeros(1));
            internal readonly Parameter Scale;
            public Model() : base("Model") { Scale = nn.Parameter(torch.ones(1)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * Scale + Shift;
        }
        """);

    [Fact]
    public Task FixAllMakesBothShapesRegistrableAtOnce() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, RegistrableComponentCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly List<Linear> {|TSB0103:layers|} = new List<Linear>();
            public Parameter {|TSB0103:Scale|} { get; } = nn.Parameter(torch.ones(2));
            public Model() : base("Model") { layers.Add(nn.Linear(2, 2)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * Scale;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly ModuleList<Linear> layers = new ModuleList<Linear>();
            public readonly Parameter Scale = nn.Parameter(torch.ones(2));
            public Model() : base("Model") { layers.Add(nn.Linear(2, 2)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * Scale;
        }
        """);

    [Fact]
    public Task CollectionsOfTensorsGetNoModuleListFix()
    {
        const string source = """
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                private readonly Parameter[] {|TSB0103:weights|} = { nn.Parameter(torch.ones(2)) };
                public Model() : base("Model") { RegisterComponents(); }
                public override Tensor forward(Tensor x) => x;
            }
            """;
        return Verify.CodeFix<ScriptClassDeclarationAnalyzer, RegistrableComponentCodeFix>(source, source);
    }

    [Fact]
    public Task ListsAndArraysOfModulesBecomeModuleLists() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, RegistrableComponentCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly List<Linear> {|TSB0103:layers|} = new List<Linear>();
            private readonly Linear[] {|TSB0103:heads|} = { nn.Linear(2, 2), nn.Linear(2, 2) };
            public Model() : base("Model") { layers.Add(nn.Linear(2, 2)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly ModuleList<Linear> layers = new ModuleList<Linear>();
            private readonly ModuleList<Linear> heads = new ModuleList<Linear>(nn.Linear(2, 2), nn.Linear(2, 2));
            public Model() : base("Model") { layers.Add(nn.Linear(2, 2)); RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task NumSharpCallBecomesTorchOperation() => Verify.CodeFix<ScriptBodyAnalyzer, TorchEquivalentCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                var y = torch.tensor({|TSB0003:NumSharp.np.exp(NumSharp.np.array({|TSB0004:x.data<float>()|}.ToArray()))|}.ToArray<float>());
                var values = {|TSB0004:y.data<float>()|}.ToArray();
                var z = torch.tensor({|TSB0003:NumSharp.np.sin({|TSB0003:NumSharp.np.array(values)|})|}.ToArray<float>());
                return z;
            }
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                var y = torch.exp(x);
                var values = {|TSB0004:y.data<float>()|}.ToArray();
                var z = torch.sin(y);
                return z;
            }
        }
        """);

    [Fact]
    public Task NonScriptableMemberTypeBecomesScriptClass() => Verify.CodeFix<ScriptBodyAnalyzer, NonScriptableMemberCodeFix>("""
        public class Doubler : Module<Tensor, Tensor>
        {
            public Doubler() : base("Doubler") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * 2;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Doubler doubler = new Doubler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|TSB0005:doubler|}.forward(x);
        }
        """, """
        [ScriptClass]
        public partial class Doubler : Module<Tensor, Tensor>
        {
            public Doubler() : base("Doubler") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * 2;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Doubler doubler = new Doubler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => doubler.forward(x);
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.ScriptClassKey);

    [Fact]
    public Task NonScriptableMemberBecomesScriptIgnore() => Verify.CodeFix<ScriptBodyAnalyzer, NonScriptableMemberCodeFix>("""
        public sealed class Counter { public int Calls; }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Counter counter = new Counter();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|TSB0005:counter|}.Calls > 0 ? x : x;
        }
        """, """
        public sealed class Counter { public int Calls; }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [ScriptIgnore]
            private readonly Counter counter = new Counter();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|TSB0007:counter|}.Calls > 0 ? x : x;
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.IgnoreKey);

    [Fact]
    public Task NativeModuleFactoriesRecordTheirOptions() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, UseScriptModulesCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Embedding embedding = {|TSB0105:nn.Embedding|}(10, 4, padding_idx: 0);
            private readonly MultiheadAttention attention;
            public Model() : base("Model")
            {
                attention = {|TSB0105:torch.nn.MultiheadAttention|}(4, 2);
                RegisterComponents();
            }
            public override Tensor forward(Tensor x) => embedding.forward(x);
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Embedding embedding = ScriptModules.Embedding(10, 4, padding_idx: 0);
            private readonly MultiheadAttention attention;
            public Model() : base("Model")
            {
                attention = ScriptModules.MultiheadAttention(4, 2);
                RegisterComponents();
            }
            public override Tensor forward(Tensor x) => embedding.forward(x);
        }
        """);

    /// <summary>
    /// Dropout between layers is the one GRU/LSTM option TorchSharp hides: single-layer ones (numLayers left out or the
    /// constant 1) need no recording; RNN's nonlinearity is hidden at any depth.
    /// </summary>
    [Fact]
    public Task RecurrentFactoriesRecordWhatTheyHide() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, UseScriptModulesCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private const long Depth = 1;
            private readonly GRU single = nn.GRU(4, 8);
            private readonly GRU one = nn.GRU(4, 8, numLayers: Depth, dropout: 0.5);
            private readonly LSTM stacked = {|TSB0105:nn.LSTM|}(8, 8, 2, batchFirst: true);
            private readonly GRU variable;
            private readonly RNN rnn = {|TSB0105:nn.RNN|}(8, 8);
            private readonly RNNCell cell = {|TSB0105:nn.RNNCell|}(8, 8, nn.NonLinearities.ReLU);
            private readonly GRUCell gruCell = nn.GRUCell(8, 8);
            public Model(long layers) : base("Model")
            {
                variable = {|TSB0105:nn.GRU|}(4, 8, layers);
                RegisterComponents();
            }
            public override Tensor forward(Tensor x) => x;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private const long Depth = 1;
            private readonly GRU single = nn.GRU(4, 8);
            private readonly GRU one = nn.GRU(4, 8, numLayers: Depth, dropout: 0.5);
            private readonly LSTM stacked = ScriptModules.LSTM(8, 8, 2, batchFirst: true);
            private readonly GRU variable;
            private readonly RNN rnn = ScriptModules.RNN(8, 8);
            private readonly RNNCell cell = ScriptModules.RNNCell(8, 8, nn.NonLinearities.ReLU);
            private readonly GRUCell gruCell = nn.GRUCell(8, 8);
            public Model(long layers) : base("Model")
            {
                variable = ScriptModules.GRU(4, 8, layers);
                RegisterComponents();
            }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task UnexportableSubmoduleDeclarationBecomesScriptIgnore() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, NonScriptableMemberCodeFix>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly AdaptiveMaxPool3d {|TSB0109:pool|} = nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 });
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [ScriptIgnore]
            private readonly AdaptiveMaxPool3d pool = nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 });
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.IgnoreKey);

    [Fact]
    public Task UnexportableSubmoduleTypeBecomesScriptClass() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, NonScriptableMemberCodeFix>("""
        public class Doubler : Module<Tensor, Tensor>
        {
            public Doubler() : base("Doubler") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * 2;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Doubler {|TSB0109:doubler|} = new Doubler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, """
        [ScriptClass]
        public partial class Doubler : Module<Tensor, Tensor>
        {
            public Doubler() : base("Doubler") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * 2;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Doubler doubler = new Doubler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.ScriptClassKey);
}

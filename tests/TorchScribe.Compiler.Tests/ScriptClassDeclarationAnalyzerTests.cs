using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>TSB0100–TSB0108: the shape of [ScriptClass] types and the names of their members.</summary>
public sealed class ScriptClassDeclarationAnalyzerTests
{
    private static Task Verify(string source) => Infrastructure.Verify.Analyzer<ScriptClassDeclarationAnalyzer>(source);

    [Fact]
    public Task NonPartialScriptClassIsReported() => Verify("""
        [ScriptClass]
        public class {|TSB0100:Model|} : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task InvalidConstantsAreReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [ScriptConstant] private int {|TSB0101:notReadOnly|} = 1;
            [ScriptConstant] private readonly Tensor {|TSB0101:notAConstantType|} = torch.zeros(1);
            [ScriptConstant] private readonly (int, double) pair = (1, 2.0);
            [ScriptConstant] private readonly string name = "n";
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task ConstructorWithoutRegisterComponentsIsReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear fc = nn.Linear(2, 2);
            public {|TSB0102:Model|}() : base("Model") { }
            public Model(int unused) : this() { }
            public Model(long unused) : base("Model") { this.RegisterComponents(); }
            public override Tensor forward(Tensor x) => fc.forward(x);
        }
        """);

    [Fact]
    public Task ComponentsInGetOnlyTensorPropertiesArraysAndListsAreReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Linear Head { get; } = nn.Linear(2, 2);
            public Parameter {|TSB0103:Scale|} { get; } = nn.Parameter(torch.ones(2));
            public Parameter Shift { get; private set; } = nn.Parameter(torch.zeros(2));
            private readonly Linear[] {|TSB0103:blocks|} = { nn.Linear(2, 2) };
            private readonly List<Linear> {|TSB0103:layers|} = new List<Linear>();
            private readonly Tensor[] {|TSB0103:masks|} = { torch.ones(2) };
            private readonly ModuleList<Linear> fine = new ModuleList<Linear>();
            public int Count { get; } = 2;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task MissingForwardIsReported() => Verify("""
        [ScriptClass]
        public partial class {|TSB0104:Model|}
        {
            [ScriptMethod]
            public Tensor Apply(Tensor x) => x;
        }
        """);

    [Fact]
    public Task ForwardWithTooManyInputsIsReported() => Verify("""
        [ScriptClass]
        public partial class Model
        {
            [ScriptMethod]
            public Tensor {|TSB0104:Forward|}(Tensor a, Tensor b, Tensor c, Tensor d, Tensor e, Tensor f, Tensor g) => a;
        }
        """);

    [Fact]
    public Task UnsupportedShapesAreReported() => Verify("""
        public class Block : Module<Tensor, Tensor>
        {
            public Block() : base("Block") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        public partial class {|TSB0106:Derived|} : Block
        {
            public Derived() { RegisterComponents(); }
        }

        [ScriptClass]
        public partial class {|TSB0106:Generic|}<T> : Module<Tensor, Tensor>
        {
            public Generic() : base("Generic") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    [Fact]
    public Task WellFormedClassesAreSilent() => Verify("""
        [ScriptClass]
        public partial class WithBase : Module<Tensor, Tensor, Tensor>
        {
            private readonly Linear fc;
            private readonly Parameter scale;
            [ScriptConstant] private readonly int heads = 2;
            public WithBase() : base("WithBase")
            {
                fc = nn.Linear(2, 2);
                scale = nn.Parameter(torch.ones(1));
                RegisterComponents();
            }
            public override Tensor forward(Tensor x, Tensor y) => fc.forward(x) * scale + y * heads;
        }

        public partial class Outer
        {
            [ScriptClass]
            public partial class Inner : Module<Tensor, Tensor>
            {
                public Inner() : base("Inner") { RegisterComponents(); }
                public override Tensor forward(Tensor x) => x;
            }
        }

        public class NotScript
        {
            public int Unrelated { get; } = 1;
            private List<Linear> layers = new List<Linear>();
            public NotScript() { }
        }
        """);

    [Fact]
    public Task MembersNamedLikeGeneratedMembersAreReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear {|TSB0107:torchScribeDefinition|} = nn.Linear(2, 2);
            public static readonly string[] {|TSB0107:ComponentNames|} = { "x" };
            private int {|TSB0107:_toEpilog|};
            private static void {|TSB0107:TorchScribeDefine|}() { }
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => torchScribeDefinition.forward(x);
            public Tensor forward(Tensor x, Tensor y) => x + y;
        }

        [ScriptClass]
        public partial class {|TSB0107:RegisterComponents|} : Module<Tensor, Tensor>
        {
            public {|TSB0102:RegisterComponents|}() : base("R") { }
            public override Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        public partial class WithMethod
        {
            public {|TSB0102:WithMethod|}() { }
            [ScriptMethod] public Tensor Forward(Tensor x) => x;
            public Tensor {|TSB0107:forward|}(Tensor x) => x;
        }

        [ScriptClass]
        public partial class WithField
        {
            private readonly double {|TSB0107:forward|} = 1.0;
            public {|TSB0102:WithField|}() { }
            [ScriptMethod] public Tensor Forward(Tensor x) => x * forward;
        }
        """);

    [Fact]
    public Task NamesLibTorchCannotLoadAreReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            [TorchSharp.Utils.ComponentName(Name = "forward")] private readonly Linear {|TSB0108:a|} = nn.Linear(2, 2);
            private readonly double {|TSB0108:training|} = 1.0;
            [TorchSharp.Utils.ComponentName(Name = "c")] private readonly Linear b = nn.Linear(2, 2);
            private readonly Linear {|TSB0108:c|} = nn.Linear(2, 2);
            [TorchSharp.Utils.ComponentName(Name = "Scale")] private readonly Parameter {|TSB0108:scale|} = nn.Parameter(torch.ones(1));
            [TorchSharp.Utils.ComponentName(Name = "x.y")] private readonly Tensor {|TSB0108:mask|} = torch.ones(1);
            [TorchSharp.Utils.ComponentName(Name = "__buffers__")] private readonly Tensor {|TSB0108:other|} = torch.ones(1);
            [TorchSharp.Utils.ComponentName(Name = "fine")] private readonly Tensor renamed = torch.ones(1);
            [ScriptIgnore] private readonly double forward_ignored = 1.0;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => a.forward(x) + Scale(x);
            [ScriptMethod] public Tensor Scale(Tensor x) => x * scale;
            [ScriptMethod] public Tensor {|TSB0108:__call__|}(Tensor x) => x;
        }
        """);

    [Fact]
    public Task FileLocalScriptClassIsReported() => Verify("""
        [ScriptClass]
        file partial class {|TSB0106:Local|} : Module<Tensor, Tensor>
        {
            public Local() : base("Local") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x;
        }
        """);

    /// <summary>
    /// TSB0109: registered submodules export cannot write, by declared type, or for abstract nn.Module members by the
    /// modules the class assigns (initializers, constructor and method assignments, both branches of ?:, ??, switch arms).
    /// </summary>
    [Fact]
    public Task SubmodulesExportCannotWriteAreReported() => Verify("""
        public class PlainBlock : Module<Tensor, Tensor>
        {
            public PlainBlock() : base("PlainBlock") { }
            public override Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly AdaptiveMaxPool3d {|TSB0109:pool|} = nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 });
            private readonly PlainBlock {|TSB0109:plain|} = new PlainBlock();
            [ScriptIgnore] private readonly PlainBlock ignored = new PlainBlock();
            private readonly Module<Tensor, Tensor> act = {|TSB0109:nn.AdaptiveMaxPool3d(new long[] { 2, 2, 2 })|};
            private readonly Module<Tensor, Tensor> fine = nn.Mish();
            private Module<Tensor, Tensor> chosen;
            private readonly Module<Tensor, Tensor> given;
            public Model(bool smooth, int kind, Module<Tensor, Tensor> block) : base("Model")
            {
                chosen = smooth ? nn.GELU() : {|TSB0109:new PlainBlock()|};
                this.chosen = kind switch { 0 => nn.ReLU(), _ => ({|TSB0109:nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 })|}) };
                given = block ?? nn.Identity();
                RegisterComponents();
            }
            public void Swap() => chosen = {|TSB0109:new PlainBlock()|};
            public override Tensor forward(Tensor x) => act.forward(fine.forward(chosen.forward(given.forward(x))));
        }
        """);
}

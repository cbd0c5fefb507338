using TorchScribe.Analyzers.Analyzers;
using TorchScribe.CodeFixes;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Plain [ScriptClass]es, NamedTuple structs and module interfaces: their shape (TSB0106, TSB0110, TSB0111), what
/// they hold (TSB0112, TSB0113) or what is assigned to them (TSB0109), the script-code rules inside them, and the fixes.
/// </summary>
public sealed class ScriptObjectRulesTests
{
    private static Task Declarations(string source) => Verify.Analyzer<ScriptClassDeclarationAnalyzer>(source);

    private static Task Bodies(string source) => Verify.Analyzer<ScriptBodyAnalyzer>(source);

    [Fact]
    public Task AWellFormedPlainClassNamedTupleAndInterfaceGetNothing() => Declarations("""
        [ScriptClass]
        public sealed partial class Coder
        {
            private readonly double weight;
            public Tensor? Offset;
            public List<Pair> Pairs = new List<Pair>();
            public Coder(double weight = 1.0) => this.weight = weight;
            public Tensor Encode(Tensor x) => x * weight;
            public static Coder Unit() => new Coder();
        }

        [ScriptClass]
        public readonly partial record struct Pair(Tensor A, long B)
        {
            public static Pair Zero() => new Pair(torch.zeros(1), 0);
        }

        [ScriptClass]
        public partial interface IBlock
        {
            Tensor forward(Tensor x);
        }
        """);

    [Fact]
    public Task MoreThanOneConstructorIsReported() => Declarations("""
        [ScriptClass]
        public partial class Coder
        {
            private readonly double weight;
            public Coder(double weight) => this.weight = weight;
            public {|TSB0111:Coder|}() : this(1.0) { }
        }
        """);

    [Fact]
    public Task StructsThatCannotBeNamedTuplesAreReported() => Declarations("""
        [ScriptClass]
        public partial record struct {|TSB0110:Mutable|}(Tensor A, long B);

        [ScriptClass]
        public readonly partial struct {|TSB0110:NotPositional|}
        {
            public readonly Tensor A;
            public NotPositional(Tensor a) => A = a;
        }

        [ScriptClass]
        public readonly partial record struct {|TSB0110:WithAMethod|}(Tensor A)
        {
            public Tensor Twice() => A * 2;
        }
        """);

    [Fact]
    public Task ShapesAPlainClassOrInterfaceCannotHaveAreReported() => Declarations("""
        public class Base { }

        [ScriptClass]
        public partial class {|TSB0106:Derived|} : Base { }

        [ScriptClass]
        public partial record {|TSB0106:Record|}(long A);

        public interface IOther { }

        [ScriptClass]
        public partial interface {|TSB0106:IExtends|} : IOther
        {
            Tensor forward(Tensor x);
        }

        [ScriptClass]
        public partial interface {|TSB0106:IWithProperty|}
        {
            long Size { get; }
        }

        [ScriptClass]
        public partial interface IBlock
        {
            Tensor forward(Tensor x);
        }

        [ScriptClass]
        public partial class {|TSB0106:NotAModule|} : IBlock
        {
            public Tensor forward(Tensor x) => x;
        }
        """);

    /// <summary>
    /// TSB0109 on a module-interface member: every class the module assigns to it must be a [ScriptClass] module, or
    /// Save cannot write it; a class that is no module gets a remedy that says to make it one.
    /// </summary>
    [Fact]
    public Task ClassesAssignedToAModuleInterfaceMemberMustBeScriptModules() => Declarations("""
        [ScriptClass]
        public partial interface IBlock
        {
            Tensor forward(Tensor x);
        }

        [ScriptClass]
        public partial class Shift : Module<Tensor, Tensor>, IBlock
        {
            public Shift() : base(nameof(Shift)) => RegisterComponents();
            public override Tensor forward(Tensor x) => x + 1;
        }

        public class UnmarkedModule : Module<Tensor, Tensor>, IBlock
        {
            public UnmarkedModule() : base(nameof(UnmarkedModule)) { }
            public override Tensor forward(Tensor x) => x;
        }

        public class NotAModule : IBlock
        {
            public Tensor forward(Tensor x) => x;
        }

        public struct StructBlock : IBlock
        {
            public Tensor forward(Tensor x) => x;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly IBlock first = new Shift();
            private IBlock second;
            private readonly IBlock given;
            public Model(bool plain, IBlock block) : base(nameof(Model))
            {
                second = plain ? {|TSB0109:new UnmarkedModule()|} : new Shift();
                given = block ?? {|TSB0109:new NotAModule()|};
                RegisterComponents();
            }
            public void Swap() => second = {|TSB0109:new NotAModule()|};
            public void Box() => second = {|TSB0109:new StructBlock()|};
            public override Tensor forward(Tensor x) => given.forward(second.forward(first.forward(x)));
        }
        """);

    [Fact]
    public Task ANamedTuplesDefaultValueIsReported() => Bodies("""
        [ScriptClass]
        public readonly partial record struct Pair(Tensor A, long B);

        [ScriptClass]
        public sealed partial class Coder
        {
            public Pair {|TSB0006:Read|};
            public Pair Initialized = new Pair(torch.ones(1), 1);
            public Pair Assigned;
            public Pair AfterOthers;
            public Pair? Optional;
            public long N;
            public Coder(Tensor a)
            {
                N = 2;
                AfterOthers = new Pair(a, N);
                Initialized = new Pair(a, Read.B);
                Read = new Pair(a, 3);
                Assigned = new Pair(a, 4);
            }
            public long Make()
            {
                Pair made = {|TSB0006:new Pair()|};
                return made.B + Read.B;
            }
        }

        [ScriptClass]
        public sealed partial class Branching
        {
            public Pair {|TSB0006:Chosen|};
            public Branching(bool first, Tensor a)
            {
                if (first)
                    Chosen = new Pair(a, 1);
                else
                    Chosen = new Pair(a, 2);
            }
        }

        [ScriptClass]
        public sealed partial class Implicit
        {
            public Pair {|TSB0006:Unset|};
            public long Read() => Unset.B;
        }
        """);

    [Fact]
    public Task MembersAPlainClassCannotHoldAreReported() => Declarations("""
        public sealed class Plain { }

        [ScriptClass]
        public partial class Holder
        {
            private readonly Linear {|TSB0112:head|} = nn.Linear(2, 2);
            private readonly Parameter {|TSB0112:weight|} = nn.Parameter(torch.ones(2));
            [ScriptConstant] private readonly long {|TSB0112:size|} = 2;
            private readonly Plain {|TSB0112:plain|} = new Plain();
            [ScriptIgnore] private readonly Plain ignored = new Plain();
            private static readonly long Shared = 3;
            public Tensor Apply(Tensor x) => x * Shared;
        }
        """);

    [Fact]
    public Task FieldsNamedLikePythonKeywordsAreReportedInAPlainClass() => Declarations("""
        [ScriptClass]
        public partial class Keywords
        {
            public long {|TSB0108:pass|};
            public double {|TSB0108:lambda|} = 1.0;
            public long passes;
        }
        """);

    [Fact]
    public Task FieldsThatHoldTheirOwnClassAreReported() => Declarations("""
        [ScriptClass]
        public partial class Node
        {
            public long Value;
            public Node? {|TSB0113:Next|};
            public List<Node> {|TSB0113:Children|} = new List<Node>();
        }

        [ScriptClass]
        public partial class Branch
        {
            public Leaf? {|TSB0113:Leaf|};
        }

        [ScriptClass]
        public partial class Leaf
        {
            public Dictionary<string, Branch> {|TSB0113:Branches|} = new Dictionary<string, Branch>();
        }
        """);

    [Fact]
    public Task ScriptCodeRulesApplyInsideAPlainClass() => Bodies("""
        [ScriptClass]
        public partial class Helper
        {
            private readonly double scale;
            public Helper(double scale) => this.scale = scale;
            public Tensor Apply(Tensor x) => x * {|TSB0003:MathNet.Numerics.SpecialFunctions.Gamma(scale)|};
            public Tensor Log(Tensor x)
            {
                {|TSB0004:Console.WriteLine(scale)|};
                return x;
            }
        }

        [ScriptClass]
        public partial class User : Module<Tensor, Tensor>
        {
            public User() : base("User") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                var helper = new Helper(2.0) {|TSB0006:{ }|};
                return x;
            }
        }
        """);

    [Fact]
    public Task TheReadOnlyFixMakesRecordStructsNamedTuples() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, MakeRecordStructReadOnlyCodeFix>("""
        [ScriptClass]
        public partial record struct {|TSB0110:First|}(Tensor A, long B);

        [ScriptClass]
        public partial record struct {|TSB0110:Second|}(Tensor A);
        """, """
        [ScriptClass]
        public readonly partial record struct First(Tensor A, long B);

        [ScriptClass]
        public readonly partial record struct Second(Tensor A);
        """);

    [Fact]
    public Task TheIgnoreFixKeepsMembersOutOfAPlainClass() => Verify.CodeFix<ScriptClassDeclarationAnalyzer, NonScriptableMemberCodeFix>("""
        public sealed class Plain { }

        [ScriptClass]
        public partial class Holder
        {
            private readonly Plain {|TSB0112:first|} = new Plain();
            private readonly System.Random {|TSB0112:second|} = new System.Random();
        }
        """, """
        public sealed class Plain { }

        [ScriptClass]
        public partial class Holder
        {
            [ScriptIgnore]
            private readonly Plain first = new Plain();
            [ScriptIgnore]
            private readonly System.Random second = new System.Random();
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.IgnoreKey);

    [Fact]
    public Task TheScriptClassFixMarksAHelperClass() => Verify.CodeFix<ScriptBodyAnalyzer, NonScriptableMemberCodeFix>("""
        public sealed class Scaler
        {
            public double Factor = 2.0;
            public Tensor Apply(Tensor x) => x * Factor;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Scaler scaler = new Scaler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|TSB0005:scaler|}.Apply(x) + {|TSB0005:scaler|}.Factor;
        }
        """, """
        [ScriptClass]
        public sealed partial class Scaler
        {
            public double Factor = 2.0;
            public Tensor Apply(Tensor x) => x * Factor;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Scaler scaler = new Scaler();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => scaler.Apply(x) + scaler.Factor;
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.ScriptClassKey);

    [Fact]
    public Task TheScriptClassFixMakesARecordStructANamedTuple() => Verify.CodeFix<ScriptBodyAnalyzer, NonScriptableMemberCodeFix>("""
        public readonly record struct Window(long Start, long Length);

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Window window = new Window(0, 2);
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x.narrow(0, {|TSB0005:window|}.Start, {|TSB0005:window|}.Length);
        }
        """, """
        [ScriptClass]
        public readonly partial record struct Window(long Start, long Length);

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Window window = new Window(0, 2);
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x.narrow(0, window.Start, window.Length);
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.ScriptClassKey);
}

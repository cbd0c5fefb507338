using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Generator;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>What the generator emits: snapshots, warning-free compilation across language versions, determinism.</summary>
public sealed class GeneratorTests
{
    /// <summary>Sample inputs: each compiles warning-free once the generated half is added.</summary>
    public static readonly TheoryData<string, string> Inputs = new()
    {
        {
            "ExplicitBase", """
            namespace Models.Vision
            {
                [ScriptClass]
                public partial class Block : Module<Tensor, Tensor>
                {
                    private readonly Linear fc;
                    private readonly Parameter scale;
                    private Tensor running;
                    [TorchSharp.Utils.ComponentName(Name = "norm_layer")] private readonly LayerNorm norm;
                    [ScriptConstant] private readonly long heads;
                    [ScriptConstant] private readonly (long, double) pair = (2, 0.5);
                    private readonly double eps = 1e-5;
                    private readonly long[] dims = { 4, 4 };
                    [ScriptIgnore] private readonly Random random = new Random(1);

                    public Block(long heads) : base(nameof(Block))
                    {
                        this.heads = heads;
                        fc = nn.Linear(4, 4);
                        scale = nn.Parameter(torch.ones(4));
                        running = torch.zeros(4);
                        norm = nn.LayerNorm(4);
                        RegisterComponents();
                    }

                    public override Tensor forward(Tensor x)
                    {
                        var y = norm.forward(fc.forward(x)) * scale + running;
                        if (heads > pair.Item1)
                            y = y * eps;
                        return Helper(y, dims[0]);
                    }

                    private Tensor Helper(Tensor t, long n) => t.reshape(n, -1);
                }
            }
            """
        },
        {
            "InferredBaseTupleForward", """
            [ScriptClass]
            internal sealed partial class Splitter
            {
                [ScriptMethod]
                public (Tensor, Tensor) Forward(Tensor x, Tensor y) => (x + y, x * y);

                [ScriptMethod]
                public static Tensor Twice(Tensor t) => t * 2;
            }
            """
        },
        {
            "NestedInGeneric", """
            namespace Models
            {
                public partial class Outer<T> where T : class
                {
                    public partial struct Middle
                    {
                        [ScriptClass]
                        private partial class Inner : Module<Tensor, Tensor>
                        {
                            private readonly ModuleList<Linear> layers = new ModuleList<Linear>(nn.Linear(2, 2), nn.Linear(2, 2));
                            public Inner() : base("Inner") { RegisterComponents(); }
                            public override Tensor forward(Tensor x)
                            {
                                foreach (var layer in layers)
                                    x = layer.forward(x);
                                return x;
                            }
                        }
                    }
                }
            }
            """
        },
        {
            // Names a generator must spell with care: keywords written with '@' (namespace, container type parameter,
            // class, fields, constants), a user type called var, and forward parameters called like the locals of the
            // generated forward.
            "HostileNames", """
            namespace Repro.@event
            {
            #pragma warning disable CS8981
                public class var { }
            #pragma warning restore CS8981

                public partial class Outer<@in>
                {
                    [ScriptClass]
                    public partial class @class
                    {
                        private readonly Linear @this;
                        [ScriptConstant] private readonly double @base = 2.0;
                        private static readonly long @static = 3;

                        public @class() : base("class")
                        {
                            @this = nn.Linear(2, 2);
                            RegisterComponents();
                        }

                        [ScriptMethod]
                        public (Tensor, Tensor) Forward(Tensor scope, Tensor result) => (@this.forward(scope) * @base, result + @static);

                        // Makes nameof(...) in this class a call.
                        private static string nameof(object value) => "";
                    }
                }
            }
            """
        },
        {
            "WithScriptErrors", """
            [ScriptClass]
            public partial class Broken : Module<Tensor, Tensor>
            {
                public Broken() : base("Broken") { RegisterComponents(); }
                public override Tensor forward(Tensor x)
                {
                    Console.WriteLine(x.ToString());
                    return x;
                }
            }
            """
        },
        {
            // A plain class: no module plumbing, only what export reads; its constructor is __init__ and assigns every field first.
            "PlainClass", """
            namespace Helpers
            {
                [ScriptClass]
                public sealed partial class BoxCoder
                {
                    private readonly double weight;
                    private long calls;
                    public double? Limit;
                    public string Name = "coder";
                    public BoxCoder(double weight) => this.weight = weight;
                    public Tensor Encode(Tensor x) { calls += 1; return x * weight; }
                    public static BoxCoder Unit() => new BoxCoder(1.0);
                }
            }
            """
        },
        {
            "NamedTupleStruct", """
            [ScriptClass]
            public readonly partial record struct Span(Tensor Values, long Start);
            """
        },
        {
            "ModuleInterface", """
            [ScriptClass]
            public partial interface IBlock
            {
                Tensor forward(Tensor x);
                Tensor Scale(Tensor x, double factor = 2.0);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void MatchesSnapshot(string name, string source)
    {
        var (sources, _) = Generate.Run(TestCompilation.Create(TestCompilation.Usings + source));
        Assert.Equal(2, sources.Count);
        Snapshot.Match(name + ".Declaration", sources.Single(s => s.Key.EndsWith(".TorchScribe.g.cs", StringComparison.Ordinal)).Value);
        Snapshot.Match(name + ".Translation", sources.Single(s => s.Key.EndsWith(".TorchScript.g.cs", StringComparison.Ordinal)).Value);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void GeneratedCodeCompilesWithoutWarnings(string name, string source)
    {
#if ROSLYN_FLOOR
        var versions = new[] { LanguageVersion.CSharp12, LanguageVersion.Latest };   // Roslyn 4.8 knows C# 12 at most
#else
        var versions = new[] { LanguageVersion.CSharp12, LanguageVersion.CSharp13, LanguageVersion.CSharp14, LanguageVersion.Latest };
#endif
        foreach (LanguageVersion version in versions)
        {
            Compilation input = TestCompilation.Create(version, TestCompilation.Usings + source);
            var (_, output) = Generate.Run(input, version);
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToList();
            Assert.True(problems.Count == 0, $"{name} with C# {version}:\n{string.Join("\n", problems)}");
        }
    }

    [Fact]
    public void OutputIsByteIdenticalAcrossRuns()
    {
        string source = TestCompilation.Usings + (string)Inputs.First()[1];
        var first = Generate.Run(TestCompilation.Create(source)).Sources;
        var second = Generate.Run(TestCompilation.Create(source)).Sources;
        Assert.Equal(first, second);
    }

    [Fact]
    public void HintNamesAreUniqueForNestedAndGenericTypes()
    {
        var (sources, _) = Generate.Run(TestCompilation.Create(TestCompilation.Usings + (string)Inputs.ElementAt(2)[1]));
        // Metadata names ('`' replaced), so nested and generic types never collide; a hash is added only when replacing changed the name.
        string stem = "Models.Outer_1+Middle+Inner_";
        Assert.All(sources.Keys, key => Assert.StartsWith(stem, key, StringComparison.Ordinal));
        Assert.Equal(new[] { ".TorchScribe.g.cs", ".TorchScript.g.cs" }, sources.Keys.Select(k => k.Substring(k.IndexOf(".TorchScri", StringComparison.Ordinal))).OrderByDescending(k => k.Length > 17 ? 0 : 1).ThenBy(k => k));
    }

    [Theory]
    [InlineData("[ScriptClass] public class NotPartial : Module<Tensor, Tensor> { public NotPartial() : base(\"x\") { } public override Tensor forward(Tensor x) => x; }")]
    [InlineData("[ScriptClass] public partial class Generic<T> : Module<Tensor, Tensor> { public Generic() : base(\"x\") { } public override Tensor forward(Tensor x) => x; }")]
    [InlineData("[ScriptClass] public partial class NoForward : Module<Tensor, Tensor> { }")]
    [InlineData("[ScriptClass] public partial class Mismatch : Module<Tensor, Tensor> { public Mismatch() : base(\"x\") { } [ScriptMethod] public Tensor Forward(Tensor x, Tensor y) => x; }")]
    [InlineData("[ScriptClass] public partial class Incomplete : Module<Tensor, Tensor> { public override Tensor forward(Tensor x) => x.")]
    public void MalformedInputEmitsNothingAndNeverThrows(string source)
    {
        var (sources, _) = Generate.Run(TestCompilation.Create(TestCompilation.Usings + source));
        if (source.Contains("Incomplete"))
            return;     // half-typed code may still get its plumbing; it must just not throw
        Assert.Empty(sources);
    }

    private const string Body = " : Module<Tensor, Tensor> { public Model() : base(\"m\") { } public override Tensor forward(Tensor x) => x.relu(); }";

    /// <summary>Classes are found by syntax first: every spelling of the attribute counts, and only TorchScribe's.</summary>
    [Theory]
    [InlineData("[ScriptClass] public partial class Model" + Body)]
    [InlineData("[ScriptClassAttribute] public partial class Model" + Body)]
    [InlineData("[TorchScribe.ScriptClass] public partial class Model" + Body)]
    [InlineData("[global::TorchScribe.ScriptClassAttribute] public partial class Model" + Body)]
    [InlineData("[Serializable, ScriptClass] public partial class Model" + Body)]
    [InlineData("[Script] public partial class Model" + Body, "using Script = TorchScribe.ScriptClassAttribute;")]
    [InlineData("[Script] public partial class Model" + Body, "", "global using Script = TorchScribe.ScriptClassAttribute;")]
    public void EverySpellingOfTheAttributeMarksAScriptClass(string source, string aliasInFile = "", string otherFile = "")
    {
        var (sources, output) = Generate.Run(TestCompilation.Create(aliasInFile + "\n" + TestCompilation.Usings + source, otherFile));
        Assert.Equal(new[] { "Model.TorchScribe.g.cs", "Model.TorchScript.g.cs" }, sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(TestCompilation.Errors(output));
    }

    [Fact]
    public void AnotherAttributeNamedScriptClassMarksNothing()
    {
        const string own = "namespace Elsewhere { public sealed class ScriptClassAttribute : System.Attribute { } }";
        string source = "using Elsewhere;\nusing TorchSharp;\nusing static TorchSharp.torch;\nusing static TorchSharp.torch.nn;\n"
            + "[ScriptClass] public partial class Model" + Body;
        var (sources, _) = Generate.Run(TestCompilation.Create(source, own));
        Assert.Empty(sources);
    }
}

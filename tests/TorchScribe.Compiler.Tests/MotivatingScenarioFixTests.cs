using Microsoft.CodeAnalysis.Testing;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.CodeFixes;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Scenario (c), the compile-time half: a forward that calls a NumSharp helper gets the analyzer errors, and the
/// TSB0003 fix turns it into exactly the model the runtime tests export (Models/MotivatingModels.cs, Squashed).
/// </summary>
public sealed class MotivatingScenarioFixTests
{
    private const string Head = """
        [ScriptClass]
        public partial class Squashed : Module<Tensor, Tensor>
        {
            private readonly Linear proj = nn.Linear(6, 6);
            public Squashed() : base(nameof(Squashed)) => RegisterComponents();
        """;

    [Fact]
    public Task HelperObjectIsReportedWhereForwardUsesIt() => Verify.Analyzer<ScriptBodyAnalyzer>($$"""
        public sealed class NumSharpSquasher
        {
            public Tensor Squash(Tensor t) =>
                torch.tensor(NumSharp.np.tanh(NumSharp.np.array(t.data<float>().ToArray())).ToArray<float>()).reshape(t.shape) * 0.5;
        }

        {{Head}}
            private readonly NumSharpSquasher squasher = new NumSharpSquasher();
            public override Tensor forward(Tensor x) => {|#0:squasher|}.Squash(proj.forward(x));
        }
        """,
        new DiagnosticResult(Descriptors.NonScriptableMember).WithLocation(0)
            .WithArguments("squasher", "NumSharpSquasher", "mark 'squasher' [ScriptIgnore] and keep it out of script code"));

    [Fact]
    public Task HelperMovedIntoTheClassIsFixedToTheExportedModel()
    {
        string exported = File.ReadAllText(Repository.File("tests", "TorchScribe.Tests", "Models", "MotivatingModels.cs"));
        int begin = exported.IndexOf("// fixed: begin", StringComparison.Ordinal);
        int end = exported.IndexOf("// fixed: end", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "MotivatingModels.cs lost its '// fixed:' markers");
        string fixedHelper = exported.Substring(begin, end - begin).Split('\n')[1].Trim();

        return Verify.CodeFix<ScriptBodyAnalyzer, TorchEquivalentCodeFix>($$"""
            {{Head}}
                public override Tensor forward(Tensor x) => Squash(proj.forward(x));
                private static Tensor Squash(Tensor t) => torch.tensor({|TSB0003:NumSharp.np.tanh(NumSharp.np.array({|TSB0004:t.data<float>()|}.ToArray()))|}.ToArray<float>()).reshape(t.shape) * 0.5;
            }
            """, $$"""
            {{Head}}
                public override Tensor forward(Tensor x) => Squash(proj.forward(x));
                {{fixedHelper}}
            }
            """);
    }
}

using Microsoft.CodeAnalysis.Testing;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.CodeFixes;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Scenario (c), the compile-time half: a forward that calls a NumSharp helper object gets TSB0005, whose fix marks
/// the helper [ScriptClass]; its code then gets TSB0003 and TSB0004, and the TSB0003 fix turns it into exactly the
/// helper the runtime tests export (Models/MotivatingModels.cs, Squashed and NumSharpSquasher), still a class.
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

    private const string Helper = """
        public sealed class NumSharpSquasher
        {
            public Tensor Squash(Tensor t) =>
                torch.tensor(NumSharp.np.tanh(NumSharp.np.array(t.data<float>().ToArray())).ToArray<float>()).reshape(t.shape) * 0.5;
        }
        """;

    private const string Module = """
            private readonly NumSharpSquasher squasher = new NumSharpSquasher();
            public override Tensor forward(Tensor x) => {|#0:squasher|}.Squash(proj.forward(x));
        }
        """;

    [Fact]
    public Task HelperObjectIsReportedWhereForwardUsesIt() => Verify.Analyzer<ScriptBodyAnalyzer>($$"""
        {{Helper}}

        {{Head}}
        {{Module}}
        """,
        new DiagnosticResult(Descriptors.NonScriptableMember).WithLocation(0)
            .WithArguments("squasher", "NumSharpSquasher", "mark 'NumSharpSquasher' [ScriptClass], or mark 'squasher' [ScriptIgnore] and keep it out of script code"));

    [Fact]
    public Task TheFixMarksTheHelperAScriptClass() => Verify.CodeFix<ScriptBodyAnalyzer, NonScriptableMemberCodeFix>($$"""
        {{Helper}}

        {{Head}}
        {{Module.Replace("{|#0:", "{|TSB0005:")}}
        """, $$"""
        [ScriptClass]
        public sealed partial class NumSharpSquasher
        {
            public Tensor Squash(Tensor t) =>
                torch.tensor({|TSB0003:NumSharp.np.tanh(NumSharp.np.array({|TSB0004:t.data<float>()|}.ToArray()))|}.ToArray<float>()).reshape(t.shape) * 0.5;
        }

        {{Head}}
            private readonly NumSharpSquasher squasher = new NumSharpSquasher();
            public override Tensor forward(Tensor x) => squasher.Squash(proj.forward(x));
        }
        """, equivalenceKey: NonScriptableMemberCodeFix.ScriptClassKey);

    [Fact]
    public Task TheHelperIsFixedToTheExportedModel()
    {
        string exported = File.ReadAllText(Repository.File("tests", "TorchScribe.Tests", "Models", "MotivatingModels.cs"));
        int begin = exported.IndexOf("// fixed: begin", StringComparison.Ordinal);
        int end = exported.IndexOf("// fixed: end", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "MotivatingModels.cs lost its '// fixed:' markers");
        string fixedHelper = exported.Substring(begin, end - begin).Split('\n')[1].Trim();

        return Verify.CodeFix<ScriptBodyAnalyzer, TorchEquivalentCodeFix>($$"""
            [ScriptClass]
            public sealed partial class NumSharpSquasher
            {
                public Tensor Squash(Tensor t) => torch.tensor({|TSB0003:NumSharp.np.tanh(NumSharp.np.array({|TSB0004:t.data<float>()|}.ToArray()))|}.ToArray<float>()).reshape(t.shape) * 0.5;
            }
            """, $$"""
            [ScriptClass]
            public sealed partial class NumSharpSquasher
            {
                {{fixedHelper}}
            }
            """);
    }
}

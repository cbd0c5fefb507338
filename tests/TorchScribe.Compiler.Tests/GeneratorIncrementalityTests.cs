using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Generator;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// The generator's and the analyzers' work is proportional to what an edit changed: outputs stay cached when they cannot
/// change, and a class is translated again (its bodies bound) only when its own code or a declaration it depends on
/// changed; the analyzers that run after the generator find its translations. The translation counts come from the
/// translation cache, so these checks do not depend on timing.
/// </summary>
public sealed class GeneratorIncrementalityTests
{
    private const string Model = """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear fc = nn.Linear(2, 2);
            private readonly Block block = new Block();
            [ScriptConstant] private readonly long factor = 2;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => block.Forward(fc.forward(x)) * factor;  // scale the output
        }
        """;

    private const string Block = """
        [ScriptClass]
        public partial class Block
        {
            [ScriptMethod]
            public Tensor Forward(Tensor x) => x.relu();   // the block's body
        }
        """;

    private const string Unrelated = """
        public static class Unrelated { public static int Value() => 1; }
        """;

    private const int ModelTree = 0, BlockTree = 1, UnrelatedTree = 2;

    private sealed record Run(GeneratorDriver Driver, CSharpCompilation Compilation, Compilation Output)
    {
        public Run Edit(int tree, Func<string, string> edit)
        {
            SyntaxTree old = Compilation.SyntaxTrees.ElementAt(tree);
            string text = old.ToString();
            string changed = edit(text);
            Assert.NotEqual(text, changed);
            CSharpCompilation compilation = Compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(changed)));
            return new Run(Driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _), compilation, output);
        }

        /// <summary>Runs the analyzers on the generator's output, as a build or an editor does next, and returns the translation count after them.</summary>
        public int TranslationsAfterAnalyzers()
        {
            Assert.Empty(Output.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync().Result);
            return Translations(ModelTree);
        }

        public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

        /// <summary>How many classes of tree <paramref name="tree"/>'s project have been translated so far.</summary>
        public int Translations(int tree) => TranslationCache.For(Compilation.SyntaxTrees.ElementAt(tree).Options).Translations;

        public IEnumerable<IncrementalStepRunReason> Reasons(string step) =>
            Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

        public IEnumerable<IncrementalStepRunReason> OutputReasons =>
            Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

        public string Source(string suffix) => Result.GeneratedSources.Single(s => s.HintName == "Model" + suffix).SourceText.ToString();
    }

    private static Run FirstRun()
    {
        // One parse options object for all trees: one project, one translation cache.
        var options = TestCompilation.ParseOptions();
        var trees = new[] { TestCompilation.Usings + Model, TestCompilation.Usings + Block, Unrelated }
            .Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"File{i}.cs"));
        CSharpCompilation compilation = TestCompilation.Create().AddSyntaxTrees(trees);
        var run = new Run(Generate.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _), compilation, output);
        Assert.Equal(2, run.Translations(ModelTree));
        Assert.Equal(2, run.TranslationsAfterAnalyzers());     // the analyzers find what the generator translated
        return run;
    }

    private static readonly IncrementalStepRunReason[] Unchanged = { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached };

    [Fact]
    public void AnEditOfAnUnrelatedFileTranslatesNothingAndLeavesOutputsCached()
    {
        Run run = FirstRun().Edit(UnrelatedTree, text => text.Replace("=> 1;", "=> 2;"));
        Assert.Equal(2, run.Translations(ModelTree));
        Assert.Equal(2, run.TranslationsAfterAnalyzers());
        Assert.All(run.Reasons(ScriptClassGenerator.InputStep), reason => Assert.Contains(reason, Unchanged));
        Assert.NotEmpty(run.OutputReasons);
        Assert.All(run.OutputReasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Theory]
    [InlineData("// scale the output", "// scale the result")]
    [InlineData("fc.forward(x)) * factor", "fc.forward(x))   *   factor")]
    public void AnEditOfACommentOrOfWhitespaceTranslatesNothingAndLeavesOutputsCached(string before, string after)
    {
        Run run = FirstRun().Edit(ModelTree, text => text.Replace(before, after));
        Assert.Equal(2, run.Translations(ModelTree));
        Assert.Equal(2, run.TranslationsAfterAnalyzers());
        Assert.All(run.OutputReasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void ACommentThatMovesLinesRewritesTheLineCommentsWithoutTranslating()
    {
        Run first = FirstRun();
        Assert.Contains($"# File0.cs:{ForwardLine(first)}\\n", first.Source(".TorchScript.g.cs"));
        Run run = first.Edit(ModelTree, text => text.Replace("[ScriptClass]", "// a comment\n[ScriptClass]"));
        Assert.Equal(2, run.Translations(ModelTree));
        Assert.Equal(2, run.TranslationsAfterAnalyzers());
        Assert.Contains($"# File0.cs:{ForwardLine(first) + 1}\\n", run.Source(".TorchScript.g.cs"));
        Assert.Contains(IncrementalStepRunReason.Modified, run.Reasons(ScriptClassGenerator.TranslationStep));
        Assert.All(run.Reasons(ScriptClassGenerator.DeclarationStep), reason => Assert.Contains(reason, Unchanged));
    }

    private static int ForwardLine(Run run) =>
        run.Compilation.SyntaxTrees.ElementAt(ModelTree).ToString().Split('\n').ToList().FindIndex(l => l.Contains("public override Tensor forward")) + 1;

    [Fact]
    public void ABodyEditTranslatesThatClassOnlyAndKeepsItsDeclarationHalf()
    {
        Run run = FirstRun().Edit(ModelTree, text => text.Replace("* factor", "+ factor"));
        Assert.Equal(3, run.Translations(ModelTree));
        Assert.Equal(3, run.TranslationsAfterAnalyzers());
        Assert.Contains("torch.add", run.Source(".TorchScript.g.cs"));
        Assert.Contains(IncrementalStepRunReason.Modified, run.Reasons(ScriptClassGenerator.TranslationStep));
        Assert.All(run.Reasons(ScriptClassGenerator.DeclarationStep), reason => Assert.Contains(reason, Unchanged));
    }

    [Fact]
    public void ADeclarationEditUpdatesTheDeclarationHalf()
    {
        Run run = FirstRun().Edit(ModelTree, text => text.Replace("private readonly Linear fc", "private readonly Linear fc2 = nn.Linear(2, 2);\n    private readonly Linear fc"));
        Assert.Contains(IncrementalStepRunReason.Modified, run.Reasons(ScriptClassGenerator.DeclarationStep));
        Assert.Contains("\"fc2\"", run.Source(".TorchScribe.g.cs"));
    }

    [Fact]
    public void ABodyEditOfADependencyTranslatesOnlyTheDependency()
    {
        Run run = FirstRun().Edit(BlockTree, text => text.Replace("x.relu()", "x.tanh()"));
        Assert.Equal(3, run.Translations(ModelTree));     // Block only: Model depends on Block's declarations, not its bodies
    }

    [Fact]
    public void ASignatureEditOfADependencyTranslatesItsDependents()
    {
        Run run = FirstRun().Edit(BlockTree, text => text.Replace("public Tensor Forward(Tensor x)", "public Tensor Forward(Tensor x, long n = 1)"));
        Assert.Equal(4, run.Translations(ModelTree));     // Block, and Model, whose call now binds to another signature
    }

    [Fact]
    public void APartAddedInAnotherFileReachesBothHalves()
    {
        Run first = FirstRun();
        var part = CSharpSyntaxTree.ParseText(TestCompilation.Usings + "public partial class Model { private readonly Linear extra = nn.Linear(2, 2); }",
            (CSharpParseOptions)first.Compilation.SyntaxTrees.First().Options, path: "File3.cs");
        CSharpCompilation compilation = first.Compilation.AddSyntaxTrees(part);
        var run = new Run(first.Driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _), compilation, output);
        Assert.Contains("\"extra\"", run.Source(".TorchScribe.g.cs"));
        Assert.Contains("\"extra\"", run.Source(".TorchScript.g.cs"));
        Assert.Equal(3, run.TranslationsAfterAnalyzers());
    }

    [Fact]
    public void PipelineModelsHoldNoSymbolsSyntaxOrCompilations()
    {
        Run run = FirstRun();
        foreach (string step in new[] { ScriptClassGenerator.DeclarationStep, ScriptClassGenerator.TranslationStep })
        {
            var models = run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.NotEmpty(models);
            foreach (object model in models)
                Walk(model, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    /// <summary>Fails on anything that would pin a compilation in memory or defeat caching.</summary>
    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            return;
        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or IOperation or Location,
            $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value))
            return;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
                Walk(item, $"{path}[{i++}]", seen);
        }
        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name is not ("EqualityContract"))
                Walk(property.GetValue(value), $"{path}.{property.Name}", seen);
        }
    }
}

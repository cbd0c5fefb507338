using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Generator;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>The generator caches: edits that cannot change its output leave every output step Cached.</summary>
public sealed class GeneratorIncrementalityTests
{
    private const string Model = """
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Linear fc = nn.Linear(2, 2);
            [ScriptConstant] private readonly long factor = 2;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => fc.forward(x) * factor;  // scale the output
        }
        """;

    private const string Unrelated = """
        public static class Unrelated { public static int Value() => 1; }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        CSharpCompilation compilation = TestCompilation.Create(TestCompilation.Usings + Model, Unrelated);
        GeneratorDriver driver = Generate.Driver().RunGenerators(compilation);
        return (driver, compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, CSharpCompilation compilation, int treeIndex, Func<string, string> edit)
    {
        SyntaxTree old = compilation.SyntaxTrees.ElementAt(treeIndex);
        SyntaxTree edited = old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(edit(old.ToString())));
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited)).GetRunResult().Results.Single();
    }

    private static IEnumerable<IncrementalStepRunReason> ModelReasons(GeneratorRunResult result) =>
        result.TrackedSteps[ScriptClassGenerator.ModelStep].SelectMany(step => step.Outputs).Select(output => output.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason);

    [Fact]
    public void UnrelatedEditLeavesOutputsCached()
    {
        var (driver, compilation) = FirstRun();
        GeneratorRunResult result = Rerun(driver, compilation, 1, text => text.Replace("=> 1;", "=> 2;"));
        // ForAttributeWithMetadataName re-runs its transform after any edit; the equal model then reads Unchanged.
        Assert.All(ModelReasons(result), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
        Assert.NotEmpty(OutputReasons(result));
        Assert.All(OutputReasons(result), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Theory]
    [InlineData("// scale the output", "// scale the result")]
    [InlineData("fc.forward(x) * factor", "fc.forward(x)   *   factor")]
    public void CommentOrWhitespaceEditInsideTheClassLeavesOutputsCached(string before, string after)
    {
        var (driver, compilation) = FirstRun();
        GeneratorRunResult result = Rerun(driver, compilation, 0, text => text.Replace(before, after));
        Assert.All(ModelReasons(result), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
        Assert.All(OutputReasons(result), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void RealChangeIsModified()
    {
        var (driver, compilation) = FirstRun();
        GeneratorRunResult result = Rerun(driver, compilation, 0, text => text.Replace("* factor", "+ factor"));
        Assert.Contains(IncrementalStepRunReason.Modified, ModelReasons(result));
        Assert.Contains(IncrementalStepRunReason.Modified, OutputReasons(result));
        Assert.Contains("torch.add", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void PipelineModelsHoldNoSymbolsSyntaxOrCompilations()
    {
        var (driver, _) = FirstRun();
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var models = result.TrackedSteps[ScriptClassGenerator.ModelStep].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(models);
        foreach (object model in models)
            Walk(model, "model", new HashSet<object>(ReferenceEqualityComparer.Instance));
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

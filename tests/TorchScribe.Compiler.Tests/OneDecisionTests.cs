using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Printing;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Generator;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// One decision per class, over every project of the repository with [ScriptClass]es: the real generator runs on the
/// sources, then both analyzers run on its output compilation (translating afresh there, not reusing the generator's
/// translations), and for every class: the analyzers report an error exactly when the generator emitted no
/// TorchScript, and when it did, the analyzers' view translates to the very same TorchScript.
/// (ExportInvariantTests goes on from there: what has TorchScript exports and runs alike in libtorch.)
/// </summary>
public sealed class OneDecisionTests
{
    public static TheoryData<string> Projects() => new()
    {
        Path.Combine("tests", "TorchScribe.Tests", "Models"),
        Path.Combine("tests", "TorchScribe.Compiler.Tests", "TestModels"),
        Path.Combine("tests", "TorchScribe.Benchmarks", "Models.cs"),
        Path.Combine("samples", "ScriptClassBasics"),
        Path.Combine("samples", "ImageClassifier"),
        Path.Combine("samples", "NativeAot"),
        Path.Combine("samples", "Diagnostics"),
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task AnalyzersAndGeneratorReachOneVerdictPerClass(string folder)
    {
        CSharpCompilation input = ProjectSources(folder);
        GeneratorDriver driver = Generate.Driver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        var compileErrors = TestCompilation.Errors(output).Select(e => e.ToString()).ToList();
        Assert.True(compileErrors.Count == 0, string.Join("\n", compileErrors));
        var models = driver.GetRunResult().Results.Single().TrackedSteps[ScriptClassGenerator.TranslationStep]
            .SelectMany(s => s.Outputs).Select(o => (TranslationModel)o.Value).ToDictionary(m => m.ClrName);

        ImmutableArray<Diagnostic> diagnostics;
        TranslationCache.Bypass = true;
        try
        {
            // Suppressed diagnostics count too (a test model suppresses its TSB0004 so its project builds): still no export.
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null,
                concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
            diagnostics = await output.WithAnalyzers(Analyze.All, options).GetAnalyzerDiagnosticsAsync();
        }
        finally
        {
            TranslationCache.Bypass = false;
        }

        KnownSymbols known = KnownSymbols.For(output);
        var classes = ScriptClasses(output, known).ToList();
        Assert.NotEmpty(classes);
        foreach (INamedTypeSymbol type in classes)
        {
            var parts = ScriptClassCompiler.UserParts(type, CancellationToken.None);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("TSB", StringComparison.Ordinal)
                && parts.Any(p => p.SyntaxTree == d.Location.SourceTree && p.FullSpan.Contains(d.Location.SourceSpan))).ToList();
            models.TryGetValue(type.ToDisplayString(), out TranslationModel? model);
            bool translated = model is { Errors.Count: 0 };
            Assert.True(errors.Count == 0 == translated,
                $"{type.Name}: {(translated ? "the generator emitted TorchScript, yet the analyzers report" : "the generator emitted no TorchScript, yet the analyzers report nothing")}\n"
                + string.Join("\n", errors) + string.Join("\n", model?.Errors ?? default));
            if (!translated)
                continue;

            // The analyzers' view (generated half present) translates to what the generator printed (generated half absent).
            ScriptClassTranslation fresh = ScriptClassCompiler.Compile(type, known, CancellationToken.None);
            var printed = fresh.Methods.Select(m => TorchScriptPrinter.Print(m.Function, fresh.Anchors)).ToList();
            string generated = string.Join("\n", model!.Functions.Select(f => Translate.Text(f.Code)));
            string analyzed = string.Join("\n", printed.Select(p => Translate.Text(p)));
            Assert.True(generated == analyzed, $"{type.Name} translates differently without and with the generated half:\n{generated}\n---\n{analyzed}");
        }
    }

    [Theory]
    [InlineData("MnistCnn.cs")]
    [InlineData("ResidualNetworks.cs")]
    [InlineData("Transformers.cs")]
    public async Task RealisticModelsWrittenTheTorchSharpWayGetNoDiagnostics(string file)
    {
        string source = File.ReadAllText(Repository.File("tests", "TorchScribe.Tests", "Models", "Architectures", file));
        Compilation compilation = Generate.Run(TestCompilation.Create(source)).Output;
        Assert.Empty(TestCompilation.Errors(compilation));
        var diagnostics = await compilation.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// Every .cs file of a project folder (not its build output), or one file, with its real path; samples as the SDK
    /// builds them (implicit usings, an executable).
    /// </summary>
    private static CSharpCompilation ProjectSources(string folder)
    {
        string root = Repository.File(folder);
        var options = TestCompilation.ParseOptions();
        var files = File.Exists(root) ? new[] { root } : Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories);
        var trees = files
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, path: f))
            .ToList();
        CSharpCompilation compilation = TestCompilation.Create().AddSyntaxTrees(trees);
        if (!folder.StartsWith("samples", StringComparison.Ordinal))
            return compilation;
        const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "GlobalUsings.g.cs"));
        return trees.Any(t => Path.GetFileName(t.FilePath) == "Program.cs") ? compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication)) : compilation;
    }

    private static IEnumerable<INamedTypeSymbol> ScriptClasses(Compilation compilation, KnownSymbols known) =>
        compilation.SyntaxTrees.Where(t => !GeneratedCode.IsTorchScribeTree(t))
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                .Select(declaration => compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)))
            .OfType<INamedTypeSymbol>()
            .Where(known.IsScriptClass)
            .Distinct(SymbolEqualityComparer.Default)
            .Cast<INamedTypeSymbol>();
}

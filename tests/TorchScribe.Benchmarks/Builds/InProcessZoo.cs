extern alias analyzers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Generator = analyzers::TorchScribe.Analyzers.Generator.ScriptClassGenerator;
using BodyAnalyzer = analyzers::TorchScribe.Analyzers.Analyzers.ScriptBodyAnalyzer;
using DeclarationAnalyzer = analyzers::TorchScribe.Analyzers.Analyzers.ScriptClassDeclarationAnalyzer;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>The zoo as an in-process compilation, with TorchScribe's generator and analyzers run as a host runs them.</summary>
internal static class InProcessZoo
{
    private static readonly ImmutableArray<MetadataReference> References = Toolchain.ReferenceAssemblies.Concat(Toolchain.Libraries)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new BodyAnalyzer(), new DeclarationAnalyzer());

    /// <summary>The zoo as a new project: its own parse options, so nothing is shared with an earlier one.</summary>
    public static CSharpCompilation Create(int classes)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return Create(ModelZoo.Files(classes).Select(f => CSharpSyntaxTree.ParseText(f.Source, options, path: f.Name)));
    }

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "Zoo",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>A driver as an editor keeps one for a project whose trees use <paramref name="options"/>: step tracking on, every output kind.</summary>
    public static GeneratorDriver Driver(ParseOptions options) => CSharpGeneratorDriver.Create(
        new[] { new Generator().AsSourceGenerator() },
        parseOptions: (CSharpParseOptions)options,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}

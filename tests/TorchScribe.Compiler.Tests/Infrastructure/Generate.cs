using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TorchScribe.Analyzers.Generator;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>Runs the generator on in-memory sources, with step tracking on.</summary>
internal static class Generate
{
    public static GeneratorDriver Driver(LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new ScriptClassGenerator().AsSourceGenerator() },
            parseOptions: TestCompilation.ParseOptions(version),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The generated sources by hint name, and the compilation that includes them.</summary>
    public static (ImmutableDictionary<string, string> Sources, Compilation Output) Run(Compilation input, LanguageVersion version = LanguageVersion.Latest)
    {
        GeneratorDriver driver = Driver(version).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        if (!diagnostics.IsEmpty)
            throw new InvalidOperationException("the generator reported diagnostics: " + string.Join("\n", diagnostics));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
            throw new InvalidOperationException("the generator threw", result.Exception);
        return (result.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString()), output);
    }
}

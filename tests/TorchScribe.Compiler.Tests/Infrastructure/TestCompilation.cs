using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>Builds in-memory C# compilations against <see cref="TestReferences"/>.</summary>
internal static class TestCompilation
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using TorchScribe;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;
        using static TorchSharp.torch.nn;

        """;

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Parse);

    public static CSharpCompilation Create(params string[] sources) => Create(LanguageVersion.Latest, sources);

    public static CSharpCompilation Create(LanguageVersion version, params string[] sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: $"Model{i}.cs"));
        return CSharpCompilation.Create(
            "Tests",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As the SDK does: the TorchSharp/TorchScribe net8.0 references unify with the net10.0 framework.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }

    /// <summary>Compiler errors of a compilation (the test inputs themselves must be valid C#).</summary>
    public static ImmutableArray<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}

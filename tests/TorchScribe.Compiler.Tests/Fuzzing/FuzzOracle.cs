using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Compiler.Tests.Infrastructure;

namespace TorchScribe.Compiler.Tests.Fuzzing;

/// <summary>What one fuzz case came to.</summary>
internal enum FuzzVerdict
{
    /// <summary>The user's code compiles with the generated code, which adds no error and no warning.</summary>
    Clean,

    /// <summary>The user's code itself does not compile: only crashes count.</summary>
    NotCSharp,

    /// <summary>A broken promise; the message says which.</summary>
    Failure,
}

/// <summary>
/// Runs a fuzz case as a build does: the generator on the user's files, the analyzers on the compilation that includes
/// the generated code, and the compiler on both. The promises: nothing throws, the generator reports nothing (a bad
/// hint name is CS8785), and when the user's code compiles, the generated code adds no error and no warning anywhere.
/// </summary>
internal static class FuzzOracle
{
    public static (FuzzVerdict Verdict, string? Failure) Check(FuzzInput input)
    {
        var trees = input.Sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions(), path: $"File{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(SourceCorpus.GlobalUsings, TestCompilation.ParseOptions(), path: "GlobalUsings.cs"))
            .ToList();
        CSharpCompilation compilation = TestCompilation.Create().AddSyntaxTrees(trees);

        GeneratorDriver driver = Generate.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        if (driver.GetRunResult().Results.Single().Exception is { } exception)
            return (FuzzVerdict.Failure, "the generator threw: " + exception);
        if (!generatorDiagnostics.IsEmpty)
            return (FuzzVerdict.Failure, "the generator reported: " + string.Join("\n", generatorDiagnostics));

        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (e, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {e}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = output.WithAnalyzers(Analyze.All, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (exceptions.Count > 0 || analyzerDiagnostics.Any(d => d.Id == "AD0001"))
            return (FuzzVerdict.Failure, "an analyzer threw: " + string.Join("\n", exceptions.Concat(analyzerDiagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()))));

        var before = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(Key).ToHashSet();
        var after = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (trees.Any(t => t.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)))
            return (FuzzVerdict.NotCSharp, null);     // damaged syntax: its errors move as binding changes, only crashes count
        if (after.Any(d => d.Severity == DiagnosticSeverity.Error && !IsGenerated(d)))
        {
            // The user's code does not compile; an error the generated code brought into it is still a failure.
            var introduced = after.Where(d => d.Severity == DiagnosticSeverity.Error && !IsGenerated(d) && !before.Contains(Key(d)) && IsCollision(d)).ToList();
            return introduced.Count == 0
                ? (FuzzVerdict.NotCSharp, null)
                : (FuzzVerdict.Failure, "the generated code brought errors into the user's code:\n" + string.Join("\n", introduced.Take(5)));
        }
        var added = after.Where(d => IsGenerated(d) || (!before.Contains(Key(d)) && !HidesModuleMember(d))).ToList();
        return added.Count == 0
            ? (FuzzVerdict.Clean, null)
            : (FuzzVerdict.Failure, "the generated code adds diagnostics:\n" + string.Join("\n", added.Take(5)));
    }

    private static (string Id, string? Path, int Start) Key(Diagnostic d) => (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan.Start);

    /// <summary>
    /// A user member that hides a member of TorchSharp's Module (CS0108, CS0114): the warning a user gets for the
    /// name with an explicit base class too, which an inferred base only makes visible.
    /// </summary>
    private static bool HidesModuleMember(Diagnostic d) =>
        d.Id is "CS0108" or "CS0114" && d.GetMessage(CultureInfo.InvariantCulture).Contains("inherited member 'torch.nn.Module", StringComparison.Ordinal);

    private static bool IsGenerated(Diagnostic d) => GeneratedCode.IsTorchScribeTree(d.Location.SourceTree);

    /// <summary>
    /// An error in user code that a generated member causes: a duplicate or ambiguous name, or a name that now binds to
    /// a generated member. Other errors that appear only with the generated half are the user's own, merely moved (an
    /// argument missing in a call binds differently once the base class exists).
    /// </summary>
    private static bool IsCollision(Diagnostic d) =>
        d.Id is "CS0102" or "CS0111" or "CS0229" or "CS0542" or "CS0121" or "CS0263"
        || GeneratedMembers.Names.Any(name => d.GetMessage(CultureInfo.InvariantCulture).Contains($"'{name}'", StringComparison.Ordinal)
            || d.GetMessage(CultureInfo.InvariantCulture).Contains($".{name}'", StringComparison.Ordinal));
}

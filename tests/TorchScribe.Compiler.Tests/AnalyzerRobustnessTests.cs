using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Half-typed code: the analyzers and the generator run on every line prefix of real model files and on random token
/// deletions, and must never throw (no AD0001, no generator exception).
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    public static readonly TheoryData<string> Files = new()
    {
        Path.Combine("tests", "TorchScribe.Tests", "Models", "Architectures", "Transformers.cs"),
        Path.Combine("tests", "TorchScribe.Tests", "Models", "Architectures", "ResidualNetworks.cs"),
        Path.Combine("tests", "TorchScribe.Tests", "Models", "OpCatalog.cs"),
    };

    [Theory]
    [InlineData("Transformers.cs")]
    [InlineData("ResidualNetworks.cs")]
    [InlineData("MnistCnn.cs")]
    public async Task EveryLinePrefixIsHandled(string name)
    {
        string file = Path.Combine("tests", "TorchScribe.Tests", "Models", "Architectures", name);
        string source = File.ReadAllText(Path.Combine(Repository.Root, file));
        int[] lineEnds = source.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1).ToArray();
        foreach (int end in lineEnds)
            await AssertNoCrashAsync(source.Substring(0, end), $"{file}, first {end} characters");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task RandomTokenDeletionsAreHandled(string file)
    {
        string source = File.ReadAllText(Path.Combine(Repository.Root, file));
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var random = new Random(20261128);
        for (int trial = 0; trial < 60; trial++)
        {
            var removed = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tokens[random.Next(tokens.Length)].Span).ToList();
            string garbled = string.Concat(tokens.Where(t => !removed.Contains(t.Span)).Select(t => t.ToFullString()));
            await AssertNoCrashAsync(garbled, $"{file}, trial {trial}");
        }
    }

    private static async Task AssertNoCrashAsync(string source, string what)
    {
        Compilation compilation = TestCompilation.Create(source);
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyze.All, options).GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.Count == 0, $"{what}: {string.Join("\n", exceptions)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        GeneratorDriverRunResult run = Generate.Driver().RunGenerators(compilation).GetRunResult();
        Exception? thrown = run.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        Assert.True(thrown is null, $"{what}: the generator threw {thrown}");
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Properties that hold over every C# model in the repository (test models, architectures, samples): realistic
/// models are clean, and whatever the analyzers accept, the generator translates completely.
/// </summary>
public sealed class CompilerInvariantTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ScriptBodyAnalyzer(), new ScriptClassDeclarationAnalyzer());

    /// <summary>Every model source in the repository, by path relative to its root.</summary>
    public static TheoryData<string> ModelFiles()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { Path.Combine("tests", "TorchScribe.Tests", "Models"), "samples" })
        {
            string root = Repository.File(folder);
            if (!Directory.Exists(root))
                continue;
            foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .Where(f => File.ReadAllText(f).Contains("[ScriptClass]"))
                .OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Repository.Root, file));
        }
        return data;
    }

    private static Compilation CompileWithGenerated(params string[] sources)
    {
        Compilation input = TestCompilation.Create(sources);
        return Generate.Run(input).Output;
    }

    [Theory]
    [InlineData("MnistCnn.cs")]
    [InlineData("ResidualNetworks.cs")]
    [InlineData("Transformers.cs")]
    public async Task RealisticModelsWrittenTheTorchSharpWayGetNoDiagnostics(string file)
    {
        string source = File.ReadAllText(Repository.File("tests", "TorchScribe.Tests", "Models", "Architectures", file));
        Compilation compilation = CompileWithGenerated(source);
        Assert.Empty(TestCompilation.Errors(compilation));
        var diagnostics = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(ModelFiles))]
    public void WhatTheAnalyzersAcceptTranslatesCompletely(string file)
    {
        Compilation compilation = TestCompilation.Create(File.ReadAllText(Path.Combine(Repository.Root, file)));
        var known = TorchScribe.Analyzers.Compiler.Symbols.KnownSymbols.For(compilation);
        var classes = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                .Select(declaration => compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)))
            .OfType<INamedTypeSymbol>()
            .Where(known.IsScriptClass)
            .ToList();
        Assert.NotEmpty(classes);
        foreach (INamedTypeSymbol type in classes)
        {
            ScriptClassTranslation compiled = Translate.Class(compilation, type);
            if (compiled.HasErrors)
                continue;    // reported to the user; export refuses such a class
            Assert.All(compiled.Methods, method =>
            {
                Assert.False(method.HasInvalidCode, $"{type.Name}.{method.Method.Name} has code that does not bind");
                Assert.False(method.Function.Body.IsDefault);
            });
        }
    }
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>The [ScriptClass] examples in README.md and docs/authoring.md compile, generate, and get no diagnostics.</summary>
public sealed class DocumentationExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (string document in new[] { "README.md", Path.Combine("docs", "authoring.md") })
        {
            var blocks = CSharpBlocks(document);
            for (int i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Contains("[ScriptClass]", StringComparison.Ordinal))
                    data.Add(document, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleIsCleanScriptClassCode(string document, int block)
    {
        string source = CSharpBlocks(document)[block];
        Compilation compilation = Generate.Run(TestCompilation.Create(source)).Output;
        Assert.Empty(TestCompilation.Errors(compilation).Select(d => d.ToString()));
        var diagnostics = await compilation.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    private static List<string> CSharpBlocks(string document) =>
        Regex.Matches(File.ReadAllText(Repository.File(document)), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Statements half typed in a script method: the compiler reports them, so TorchScribe stays quiet there instead of
/// guessing at what the user has not finished; and every message it does report is one line.
/// </summary>
public sealed class HalfTypedCodeTests
{
    [Theory]
    [InlineData("var")]
    [InlineData("var n")]
    [InlineData("var n =")]
    [InlineData("x.GetType")]
    [InlineData("x.GetType(")]
    [InlineData("System.Console.")]
    [InlineData("torch.")]
    [InlineData("double d = Math.")]
    public async Task HalfTypedStatementsGetOnlyTheCompilersErrors(string statement)
    {
        string source = $$"""
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                public Model() : base("Model") => RegisterComponents();

                public override Tensor forward(Tensor x)
                {
                    {{statement}}
                    return x;
                }
            }
            """;
        Compilation output = Generate.Run(TestCompilation.Create(TestCompilation.Usings + source)).Output;
        Assert.NotEmpty(TestCompilation.Errors(output));
        var diagnostics = await output.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task MessagesQuotingSourceAcrossLinesAreOneLine()
    {
        string source = """
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                public Model() : base("Model") => RegisterComponents();

                public override Tensor forward(Tensor x)
                {
                    string name = x
                        .GetType()
                        .Name;
                    return x;
                }
            }
            """;
        Compilation output = Generate.Run(TestCompilation.Create(TestCompilation.Usings + source)).Output;
        var diagnostics = await output.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync();
        Diagnostic reported = Assert.Single(diagnostics);
        Assert.Equal("TSB0001", reported.Id);
        Assert.Contains("'x .GetType() .Name'", reported.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain('\n', reported.GetMessage(CultureInfo.InvariantCulture));
    }
}

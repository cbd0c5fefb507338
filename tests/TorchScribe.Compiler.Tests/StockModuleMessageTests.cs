using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>A stock TorchSharp module export cannot write, used in script code: the message offers a way forward.</summary>
public sealed class StockModuleMessageTests
{
    [Fact]
    public async Task AStockModuleExportCannotWriteGetsAWayForward()
    {
        string source = """
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                private readonly AdaptiveMaxPool3d pool = nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 });
                public Model() : base("Model") => RegisterComponents();
                public override Tensor forward(Tensor x) => pool.forward(x);
            }
            """;
        Compilation output = Generate.Run(TestCompilation.Create(TestCompilation.Usings + source)).Output;
        Assert.Empty(TestCompilation.Errors(output));
        var diagnostics = await output.WithAnalyzers(Analyze.All).GetAnalyzerDiagnosticsAsync();
        Diagnostic reported = Assert.Single(diagnostics, d => d.Id == "TSB0005");
        string message = reported.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("TorchScribe cannot export TorchSharp's AdaptiveMaxPool3d yet", message);
        Assert.Contains("nn.functional", message);
        Assert.DoesNotContain("mark 'AdaptiveMaxPool3d' [ScriptClass]", message);
    }
}

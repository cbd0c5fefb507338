using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TorchScribe.Compiler.Tests;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void TranslatesSimpleModule()
    {
        var result = Translate.Source("""
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                private readonly Linear fc;
                [ScriptConstant] private readonly int scale = 2;
                public Model() : base("Model") { fc = Linear(4, 3); RegisterComponents(); }
                public override Tensor forward(Tensor x)
                {
                    var y = fc.forward(x);
                    for (int i = 0; i < 3; i++)
                        y = y + i * scale;
                    if (scale > 1) y = functional.relu(y);
                    return y;
                }
            }
            """);
        foreach (var m in result.Methods) output.WriteLine(Translate.Print(result, m));
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
        Assert.False(result.HasErrors);
    }
}

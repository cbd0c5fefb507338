using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// Collection expressions (<c>[a, b]</c>) translate on every Roslyn the analyzers run on: 4.8 presents them as
/// operations of no known kind, newer versions as ICollectionExpressionOperation (this project runs on both).
/// </summary>
public sealed class CollectionExpressionTests
{
    [Fact]
    public void TranslateToListLiterals()
    {
        var result = Translate.Source("""
            [ScriptClass]
            public partial class Model : Module<Tensor, Tensor>
            {
                public Model() : base("Model") { RegisterComponents(); }
                public override Tensor forward(Tensor x)
                {
                    long[] dims = [2, -1];
                    Tensor[] parts = [x, x * 2];
                    List<long> empty = [];
                    return torch.cat(parts, 0).reshape(dims) + empty.Count;
                }
            }
            """);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        string code = Translate.Print(result, result.Methods.Single());
        Assert.Contains("dims = [2, -1]", code);
        Assert.Contains("parts = [x, torch.mul(x, 2)]", code);
        Assert.Contains("empty = annotate(List[int], [])", code);
    }

    [Fact]
    public Task SpreadsAreReported() => Verify.Analyzer<ScriptBodyAnalyzer>("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                long[] dims = [2];
                long[] more = [{|TSB0006:..dims|}, 3];
                return x.reshape(more);
            }
        }
        """);
}

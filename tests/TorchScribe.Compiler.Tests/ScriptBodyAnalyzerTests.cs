using Microsoft.CodeAnalysis.Testing;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>TSB0001–TSB0008 and TSB0200: where they fire, and where they must stay silent.</summary>
public sealed class ScriptBodyAnalyzerTests
{
    private static Task Verify(string source) => Infrastructure.Verify.Analyzer<ScriptBodyAnalyzer>(source);

    /// <summary>A [ScriptClass] with <paramref name="body"/> as its forward body and <paramref name="members"/> beside it.</summary>
    private static string Module(string body, string members = "") => $$"""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            {{members}}
            public override Tensor forward(Tensor x)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task ReflectionIsReported() => Verify(Module("""
        var name = {|TSB0001:x.GetType().Name|};
        var method = {|TSB0001:typeof(Tensor).GetMethod("abs")|};
        var created = {|TSB0001:Activator.CreateInstance(typeof(object))|};
        return x;
        """));

    [Fact]
    public Task InexactSemanticsAreReported() => Verify(Module("""
        int n = (int)x.shape[0];
        long m = x.shape[1];
        float f = 1.5f;
        double d = 0.25;
        int product = checked({|TSB0008:n * n|});
        checked
        {
            product = {|TSB0008:product + n|};
            product = {|TSB0008:(int)m|};
        }
        float e = {|TSB0008:MathF.Exp(f)|} + {|TSB0008:MathF.Pow(f, 2f)|};
        string text = "f=" + {|TSB0008:f|} + $"d={{|TSB0008:d|}}" + $"{{|TSB0008:x|}}";
        return x;
        """));

    [Fact]
    public Task AssigningOneElementOfATupleIsReported() => Verify(Module("""
        var pair = (x, x * 2);
        {|TSB0006:pair.Item1|} = x * 3;
        pair = (pair.Item2, x);
        return pair.Item1;
        """));

    [Fact]
    public Task NullableValueIsReportedWhereItMayBeNull() => Verify("#nullable enable\n" + Module("""
        double? scale = x.shape[0] > 2 ? 2.0 : null;
        double unknown = {|TSB0006:scale.Value|};
        double known = scale.HasValue ? scale.Value : 1.0;
        if (scale is not null)
            known = known + scale.Value;
        return x * (unknown + known);
        """));

    [Fact]
    public Task ExactArithmeticIsNotReported() => Verify(Module("""
        int n = (int)x.shape[0];
        long m = x.shape[1];
        float f = 1.5f * MathF.Sqrt(n) + MathF.Abs(-2f) + MathF.Max(f0, 3f);
        byte b = (byte)n;
        b += 10;
        b++;
        int shifted = (n << 33) >>> 2;
        long quotient = m / n % 7;
        double d = (double)f / n + Math.Floor(f) + Math.Max(0.5, f);
        string text = "n=" + n + $", m={m}, b={b}, ok={true}";
        return x * f;
        """, "private readonly float f0 = 1f;"));

    [Fact]
    public Task DynamicIsReported() => Verify(Module("""
        {|TSB0002:dynamic|} d = x;
        return {|TSB0002:((dynamic)x).abs()|};
        """));

    [Fact]
    public Task ExternalNumericLibrariesAreReported() => Verify(Module("""
        var values = {|TSB0004:x.data<float>()|}.ToArray();
        var array = {|TSB0003:NumSharp.np.array(new float[] { 1f, 2f })|};
        var sines = {|TSB0003:NumSharp.np.sin(array)|};
        var matrix = {|TSB0003:MathNet.Numerics.LinearAlgebra.Matrix<double>.Build|}.Dense(2, 2);
        var exp = {|TSB0003:matrix.PointwiseExp()|};
        return x;
        """));

    [Fact]
    public Task TensorPrimitivesIsReported() => Verify(Module("""
        {|TSB0003:System.Numerics.Tensors.TensorPrimitives.Sigmoid(new float[] { 1f }, new float[] { 0f })|};
        return x;
        """));

    [Fact]
    public Task HostRoundTripsAreReported() => Verify(Module("""
        {|TSB0004:Console.WriteLine(x)|};
        var text = {|TSB0004:x.ToString()|};
        {|TSB0004:System.IO.File.WriteAllText("x.txt", "x")|};
        return x;
        """));

    [Fact]
    public Task MembersOfNonScriptableTypesAreReportedWhereUsed() => Verify("""
        public sealed class Helper { public Tensor Twice(Tensor t) => t * 2; }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Helper helper = new Helper();
            private readonly Random unused = new Random();
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|TSB0005:helper|}.Twice(x);
        }
        """);

    [Fact]
    public Task OnlyOwnModuleTypesAreSuggestedAsScriptClasses() => Infrastructure.Verify.Analyzer<ScriptBodyAnalyzer>("""
        public sealed class Doubler : Module<Tensor, Tensor>
        {
            public Doubler() : base("Doubler") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => x * 2;
        }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Doubler doubler = new Doubler();
            private readonly Dictionary<string, object> options = new Dictionary<string, object>();
            private static int calls;
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => {|#0:doubler|}.forward(x) * ({|#1:options|}.Count + {|#2:calls|});
        }
        """,
        new DiagnosticResult(Descriptors.NonScriptableMember).WithLocation(0)
            .WithArguments("doubler", "Doubler", "mark 'Doubler' [ScriptClass], or mark 'doubler' [ScriptIgnore] and keep it out of script code"),
        new DiagnosticResult(Descriptors.NonScriptableMember).WithLocation(1)
            .WithArguments("options", "Dictionary<string, object>", "mark 'options' [ScriptIgnore] and keep it out of script code"),
        new DiagnosticResult(Descriptors.NoTorchScriptMapping).WithLocation(2)
            .WithArguments("The static member 'calls'", "TorchScript modules have no static state; make it a static readonly number, bool or string (a constant), or an instance member"));

    [Fact]
    public Task LanguageConstructsWithoutTorchScriptEquivalentAreReported() => Verify(Module("""
        {|TSB0006:try { x = x * 2; } catch (Exception) { }|}
        var doubled = {|TSB0006:(Tensor t) => t * 2|};
        var list = new[] { x, x };
        var mapped = {|TSB0006:System.Linq.Enumerable.Select(list, t => t * 2)|};
        {|TSB0006:lock (list) { }|}
        {|TSB0006:Tensor Local(Tensor t) => t;|}
        {|TSB0006:goto end;|}
        {|TSB0006:end|}: return x;
        """));

    [Fact]
    public Task CallsWithoutMappingAreReported() => Verify("""
        public static class Helpers { public static Tensor Twice(Tensor t) => t * 2; }

        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                var y = {|TSB0007:Helpers.Twice(x)|};
                return {|TSB0007:x.stft(4)|};
            }
        }
        """);

    [Fact]
    public Task TensorValueBranchIsReportedAsInfo() => Verify(Module("""
        if ({|TSB0200:(x * 2).item<float>()|} > 0)
            return x;
        if ({|TSB0200:x.sum().ToBoolean()|} || {|TSB0200:x.mean().ToSingle()|} < {|TSB0200:(float)x.max()|})
            return x * 2;
        while ({|TSB0200:x.min().ToDouble()|} > 1)
            x = x / 2;
        switch ({|TSB0200:x.argmax().ToInt64()|})
        {
            case 0: return x;
            default: return -x;
        }
        """));

    [Fact]
    public Task ScriptIgnoreMembersCalledFromScriptCodeAreReported() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            [ScriptIgnore] public Tensor Debug(Tensor t) { Console.WriteLine(t); return t; }
            public override Tensor forward(Tensor x) => {|TSB0007:Debug(x)|};
        }
        """);

    [Fact]
    public Task HelperMethodsCalledFromForwardAreScriptCode() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            public Model() : base("Model") { RegisterComponents(); }
            private Tensor Helper(Tensor t) => {|TSB0007:{|TSB0004:t.ToString()|}.Length|} > 0 ? t : t;
            private Tensor NotCalled(Tensor t) { Console.WriteLine(t); return t; }
            public override Tensor forward(Tensor x) => Helper(x);
        }
        """);

    [Fact]
    public Task ConstructorsIgnoredMethodsAndPlainModulesAreNotScriptCode() => Verify("""
        [ScriptClass]
        public partial class Model : Module<Tensor, Tensor>
        {
            private readonly Random random;
            public Model() : base("Model")
            {
                random = (Random)Activator.CreateInstance(typeof(Random))!;
                Console.WriteLine(typeof(Model).GetMethods().Length);
                dynamic d = 1;
                RegisterComponents();
            }
            [ScriptIgnore] public void Report(Tensor t) { Console.WriteLine(t.ToString()); var f = (int i) => i; }
            public override Tensor forward(Tensor x) => x * 2;
        }

        public class PlainModule : Module<Tensor, Tensor>
        {
            public PlainModule() : base("Plain") { RegisterComponents(); }
            public override Tensor forward(Tensor x)
            {
                Console.WriteLine(x.ToString());
                var values = x.data<float>().ToArray();
                return x.GetType() == typeof(Tensor) ? x : x;
            }
        }
        """);

    [Fact]
    public Task TorchSharpMemoryIdiomsAreAccepted() => Verify(Module("""
        using var scope = torch.NewDisposeScope();
        using var doubled = x * 2;
        var kept = doubled.alias();
        using (torch.no_grad())
        {
            kept = kept + 1;
        }
        return kept.MoveToOuterDisposeScope();
        """));

    /// <summary>Parameter containers are read by constant index or key; pairs and computed indices are reported.</summary>
    [Fact]
    public Task ParameterContainerIndexingOutsideConstantsIsReported() => Verify(Module("""
        var first = scales[0] + offsets["bias"];
        int i = (int)x.shape[0];
        var computed = {|TSB0006:scales[i]|};
        var pair = {|TSB0007:offsets[0]|};
        return x * first + computed;
        """, """
        private readonly ParameterList scales = nn.ParameterList(nn.Parameter(torch.ones(2)));
        private readonly ParameterDict offsets = nn.ParameterDict(("bias", nn.Parameter(torch.zeros(2))));
        """));
}

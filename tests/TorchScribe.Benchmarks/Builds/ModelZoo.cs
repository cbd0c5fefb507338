using System.Globalization;
using System.Text;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>
/// A synthetic model zoo of N realistic [ScriptClass] modules, one file each: Linear and Conv2d fields, a Sequential,
/// constants, a 10–30-statement forward with loops and branches, a [ScriptMethod] helper, and a submodule that is
/// another [ScriptClass]. Every class derives explicitly from Module and overrides forward, so the same sources also
/// compile without TorchScribe's analyzers and generator (the baseline the build cost is measured against).
/// </summary>
internal static class ModelZoo
{
    public const string Namespace = "Zoo";

    /// <summary>(file name, source) for every class, plus one unrelated file.</summary>
    public static IReadOnlyList<(string Name, string Source)> Files(int count)
    {
        var files = new List<(string, string)>(count + 1);
        for (int i = 0; i < count; i++)
            files.Add(($"Block{i}.cs", Block(i)));
        files.Add(("Unrelated.cs", Unrelated));
        return files;
    }

    public const string Unrelated = """
        namespace Zoo.Tools;

        public static class Unrelated
        {
            public static int Value(int x) => x * 2 + 1;
        }
        """;

    /// <summary>Class <paramref name="i"/>; classes after the first hold an earlier one as a submodule.</summary>
    public static string Block(int i)
    {
        string inner = i == 0 ? "" : $"Block{i / 2}";
        int statements = 10 + i % 21;
        var body = new StringBuilder();
        body.AppendLine("        var h = fc1.forward(x);");
        for (int s = 0; s < statements - 4; s++)
        {
            body.AppendLine((s % 6) switch
            {
                0 => "        for (int k = 0; k < depth; k++)\n            h = h + Helper(h, k) * scale;",
                1 => "        if (scale > 1.0)\n            h = h / scale;\n        else\n            h = functional.relu(h) * scale;",
                2 => "        h = torch.tanh(h) + h.mean(new long[] { -1 }, keepdim: true);",
                3 => i == 0 ? "        h = h * 0.5;" : "        h = h + inner.forward(h) * 0.1;",
                4 => "        h = seq.forward(h);",
                _ => "        h = torch.clamp(h, -3.0, 3.0);",
            });
        }
        body.AppendLine("        var image = conv.forward(h.reshape(-1, 1, 4, 4));");
        body.AppendLine("        h = h + image.flatten(1) * 0.01;");
        body.Append("        return fc2.forward(h);");
        string innerField = i == 0 ? "" : $"    private readonly {inner} inner;\n";
        string innerInit = i == 0 ? "" : $"        inner = new {inner}();\n";
        return $$"""
            using TorchScribe;
            using TorchSharp;
            using TorchSharp.Modules;
            using static TorchSharp.torch;
            using static TorchSharp.torch.nn;

            namespace {{Namespace}};

            /// <summary>Synthetic block {{i}}.</summary>
            [ScriptClass]
            public partial class Block{{i}} : Module<Tensor, Tensor>
            {
                private readonly Linear fc1;
                private readonly Linear fc2;
                private readonly Conv2d conv;
                private readonly Sequential seq;
            {{innerField}}    [ScriptConstant] private readonly double scale;
                [ScriptConstant] private readonly long depth;

                public Block{{i}}() : base(nameof(Block{{i}}))
                {
                    fc1 = Linear(16, 16);
                    fc2 = Linear(16, 16);
                    conv = Conv2d(1, 1, 3, padding: 1);
                    seq = Sequential(("a", Linear(16, 16)), ("relu", ReLU()));
            {{innerInit}}        scale = {{(1.0 + i % 3 * 0.25).ToString(CultureInfo.InvariantCulture)}};
                    depth = {{1 + i % 3}};
                    RegisterComponents();
                }

                public override Tensor forward(Tensor x)
                {
            {{body}}
                }

                [ScriptMethod]
                private Tensor Helper(Tensor t, long k) => t * (k + 1) - t.std() * 0.5;
            }
            """;
    }
}

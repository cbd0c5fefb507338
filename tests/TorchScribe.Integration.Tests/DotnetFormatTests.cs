using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>The code fixes applied by a real host outside the test framework: <c>dotnet format analyzers</c>.</summary>
[Collection(nameof(PackageCollection))]
public sealed class DotnetFormatTests(PackageFixture package)
{
    private const string Violations = """
        using System.Collections.Generic;
        using TorchScribe;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        namespace Fixable;

        [ScriptClass]
        public class Encoder : nn.Module<Tensor, Tensor>
        {
            [ScriptConstant] private double scale = 0.5;
            private readonly List<Linear> layers = new List<Linear>();
            private readonly Embedding embedding = nn.Embedding(10, 4);
            public Parameter Gain { get; } = nn.Parameter(torch.ones(4));

            public Encoder() : base(nameof(Encoder))
            {
                layers.Add(nn.Linear(4, 4));
            }

            public override Tensor forward(Tensor x) => x * Gain * scale;
        }
        """;

    [Fact]
    public void FixesKnownViolationsAndTheResultBuildsClean()
    {
        string project = package.CreateConsumer("Fixable", new Dictionary<string, string>
        {
            ["Encoder.cs"] = Violations,
            ["Program.cs"] = "System.Console.WriteLine(new Fixable.Encoder().parameters().Count());\n",
        });
        var restore = Command.Dotnet(project, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var before = Command.Dotnet(project, "build", "-nologo", "--no-restore");
        foreach (string id in new[] { "TSB0100", "TSB0101", "TSB0102", "TSB0103", "TSB0105" })
            Assert.Contains(id, before.Output);

        // One invocation per rule: dotnet format cannot batch fixes of different rules that edit the same class.
        foreach (string id in new[] { "TSB0100", "TSB0101", "TSB0103", "TSB0105", "TSB0102" })
        {
            var format = Command.Dotnet(project, "format", "analyzers", "Fixable.csproj", "--no-restore",
                "--severity", "info", "--diagnostics", id);
            Assert.True(format.ExitCode == 0, id + ": " + format);
        }

        string fixedSource = File.ReadAllText(Path.Combine(project, "Encoder.cs"));
        Assert.Contains("public partial class Encoder", fixedSource);
        Assert.Contains("[ScriptConstant] private readonly double scale", fixedSource);
        Assert.Contains("ModuleList<Linear> layers = new ModuleList<Linear>()", fixedSource);
        Assert.Contains("ScriptModules.Embedding(10, 4)", fixedSource);
        Assert.Contains("public readonly Parameter Gain = nn.Parameter(torch.ones(4));", fixedSource);
        Assert.Contains("RegisterComponents();", fixedSource);

        var after = Command.Dotnet(project, "build", "-nologo", "--no-restore", "-warnaserror");
        Assert.True(after.ExitCode == 0, fixedSource + "\n" + after);
        Assert.DoesNotContain("TSB0", after.Output);
    }

    [Fact]
    public void FixAllFixesWhatItCanWhenTheFirstDiagnosticHasNoFix()
    {
        // dotnet format asks Fix All for the fix of the first TSB0003 it finds; this one has no torch equivalent.
        string project = package.CreateConsumer("PartlyFixable", new Dictionary<string, string>
        {
            ["Mixed.cs"] = """
                using System.Linq;
                using TorchScribe;
                using TorchSharp;
                using static TorchSharp.torch;

                namespace PartlyFixable;

                [ScriptClass]
                public partial class Mixed : nn.Module<Tensor, Tensor>
                {
                    public Mixed() : base(nameof(Mixed)) => RegisterComponents();

                    public override Tensor forward(Tensor x)
                    {
                        var steps = NumSharp.np.arange(3);
                        var y = torch.tensor(NumSharp.np.exp(NumSharp.np.array(x.data<float>().ToArray())).ToArray<float>());
                        return y;
                    }
                }
                """,
            ["Program.cs"] = "System.Console.WriteLine(new PartlyFixable.Mixed().parameters().Count());\n",
        });
        string csproj = Path.Combine(project, "PartlyFixable.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</ItemGroup>", "  <PackageReference Include=\"NumSharp\" Version=\"0.70.0\" />\n  </ItemGroup>", StringComparison.Ordinal));
        var restore = Command.Dotnet(project, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var format = Command.Dotnet(project, "format", "analyzers", "PartlyFixable.csproj", "--no-restore", "--severity", "info", "--diagnostics", "TSB0003");
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotContain("didn't return a Fix All action", format.Output);

        string fixedSource = File.ReadAllText(Path.Combine(project, "Mixed.cs"));
        Assert.Contains("var y = torch.exp(x);", fixedSource);
        Assert.Contains("var steps = NumSharp.np.arange(3);", fixedSource);     // no torch equivalent: left as it was
    }
}

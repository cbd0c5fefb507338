using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>The nupkg as users get it: contents, and a consumer project restored from a local folder feed.</summary>
[Collection(nameof(PackageCollection))]
public sealed class PackageTests(PackageFixture package)
{
    private const string Model = """
        using TorchScribe;
        using TorchSharp;
        using static TorchSharp.torch;

        namespace Consumer;

        [ScriptClass]
        public partial class Head
        {
            private readonly TorchSharp.Modules.Linear fc = nn.Linear(4, 3);
            [ScriptConstant] private readonly double scale = 2.0;

            public Head() : base(nameof(Head)) => RegisterComponents();

            [ScriptMethod]
            public Tensor Forward(Tensor x) => nn.functional.relu(fc.forward(x)) * scale;
        }
        """;

    private const string Program = """
        using Consumer;
        using TorchScribe;
        using static TorchSharp.torch;

        var model = new Head();
        var x = randn(2, 4);
        var path = Path.Combine(Path.GetTempPath(), $"consumer-{Guid.NewGuid():N}.pt");
        TorchScript.Save(model, path);
        var loaded = TorchScript.Load(path);
        var difference = (model.forward(x) - (Tensor)loaded.forward(x)).abs().max().item<float>();
        File.Delete(path);
        Console.WriteLine($"exported and reloaded, max difference {difference}");
        return difference <= 1e-5 ? 0 : 1;
        """;

    [Fact]
    public void PackageHoldsTheRuntimeTheCompilerExtensionsAndTheBuildFix()
    {
        var entries = package.Entries();
        Assert.Contains("lib/net8.0/TorchScribe.dll", entries);
        Assert.Contains("lib/net8.0/TorchScribe.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/TorchScribe.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TorchScribe.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/TorchScribe.targets", entries);
        Assert.Contains("buildTransitive/PatchGlibcxxVersionNeed.cs", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.Contains("libtorch", StringComparison.OrdinalIgnoreCase) || e.EndsWith(".so", StringComparison.Ordinal));
    }

    [Fact]
    public void ConsumerBuildsGeneratesExportsAndSeesDiagnostics()
    {
        string project = package.CreateConsumer("Consumer", new Dictionary<string, string> { ["Head.cs"] = Model, ["Program.cs"] = Program });

        // Clean code: the generator completes the module (base class, forward) and the package's build step makes
        // TorchSharp's native library load on this machine; the program exports and reloads through libtorch.
        var run = Command.Dotnet(project, "run", "-nologo");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("exported and reloaded", run.Output);

        // Script code with a host round-trip: the analyzer reports it with its ID in the build output.
        File.WriteAllText(Path.Combine(project, "Chatty.cs"), """
            using TorchScribe;
            using static TorchSharp.torch;

            [ScriptClass]
            public partial class Chatty
            {
                public Chatty() : base(nameof(Chatty)) => RegisterComponents();

                [ScriptMethod]
                public Tensor Forward(Tensor x)
                {
                    Console.WriteLine(x.ToString());
                    return x;
                }
            }
            """);
        var build = Command.Dotnet(project, "build", "-nologo");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error TSB0004", build.Output);
        Assert.Contains("Chatty.cs(12,9)", build.Output);      // the outermost cause: the console write
    }

    [Fact]
    public void GeneratedCodeAddsNoWarningUnderAnalysisModeAll()
    {
        // Every .NET analyzer rule on, as strict projects run them: the generated half (a forward next to the user's
        // Forward, its registration, its export hooks) must not be what any rule reports.
        string project = package.CreateConsumer("Strict", new Dictionary<string, string> { ["Head.cs"] = Model, ["Program.cs"] = Program },
            "<AnalysisMode>All</AnalysisMode><EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>");
        var build = Command.Dotnet(project, "build", "-nologo", "-p:EmitCompilerGeneratedFiles=true");
        Assert.True(build.ExitCode == 0, build.ToString());
        var warnings = build.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(warnings);      // the rules do run: the hand-written files get their share
        var generated = warnings.Where(w => w.Contains(".g.cs", StringComparison.Ordinal) || w.Contains("CA1708", StringComparison.Ordinal)).ToList();
        Assert.True(generated.Count == 0, string.Join("\n", generated));
    }

    [Fact]
    public void TheTorchSharpReleaseItWasBuiltForIsDeclaredAndChecked()
    {
        // The package declares the range; a project that resolves another TorchSharp fails its build with the reason.
        Assert.Contains("id=\"TorchSharp\" version=\"[0.107.0, 0.108.0)\"", package.Text("TorchScribe.nuspec"));

        string project = package.CreateConsumer("Pinned", new Dictionary<string, string> { ["Head.cs"] = Model, ["Program.cs"] = Program });
        var build = Command.Dotnet(project, "build", "-nologo", "-p:TorchScribeSupportedTorchSharp=0.106");   // as if built for another release
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error TorchScribeVersion: This project uses TorchSharp 0.107.0, but TorchScribe was built for TorchSharp 0.106.x", build.Output);
    }
}

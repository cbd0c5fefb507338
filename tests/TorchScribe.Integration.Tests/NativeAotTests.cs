using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>samples/NativeAot published with PublishAot=true on this machine, then run.</summary>
public sealed class NativeAotTests
{
    [Fact]
    public void PublishedNativeBinaryRegistersAndMovesItsParameters()
    {
        using var folder = new TemporaryFolder("aot");
        string output = folder.Path;
        var publish = Command.Dotnet(Path.Combine(Command.RepoRoot, "samples", "NativeAot"), "publish", "-r", "linux-x64", "-c", "Release", "-o", output, "-nologo");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var run = Command.Run(Path.Combine(output, "NativeAot"), Array.Empty<string>(), output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("runtime: NativeAOT", run.Output);
        Assert.Contains("parameters: 5", run.Output);
        Assert.Contains("state_dict: scale, hidden.weight, hidden.bias, output.weight, output.bias, steps", run.Output);
        Assert.Contains("forward after .to(float64): Float64 [3, 1]", run.Output);
        // The usual reflection-based registration finds nothing in the same binary (TorchSharp issue #934).
        Assert.Contains("TorchSharp's reflection-based registration: 0 parameters", run.Output);
    }
}

using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>The repository's own build files, evaluated by MSBuild as a fresh machine would.</summary>
public sealed class RepositoryBuildTests
{
    [Fact]
    public void PackagePathsHoldWhenTheNuGetRootHasNoTrailingSlash()
    {
        // NUGET_PACKAGES=/some/root (no slash) makes NuGetPackageRoot lack its trailing slash.
        var evaluation = Command.Dotnet(Command.RepoRoot, "msbuild", "tests/TorchScribe.Tests/TorchScribe.Tests.csproj", "-nologo",
            "-getItem:AssemblyAttribute", "-p:NuGetPackageRoot=/nuget/packages");
        Assert.True(evaluation.ExitCode == 0, evaluation.ToString());
        Assert.Contains("/nuget/packages/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so", evaluation.Output);
        Assert.DoesNotContain("/nuget/packagestorchsharp", evaluation.Output);
    }
}

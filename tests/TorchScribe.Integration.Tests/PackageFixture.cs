using System.IO.Compression;
using Xunit;

namespace TorchScribe.Integration.Tests;

/// <summary>
/// Packs TorchScribe once per test run into a local folder feed, with a version of its own so no stale copy in the
/// NuGet cache can stand in for it.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly TemporaryFolder folder = new("package");

    public PackageFixture()
    {
        Folder = folder.Path;
        Feed = Path.Combine(Folder, "feed");
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Random.Shared.Next(100000)}";
        var pack = Command.Dotnet(Command.RepoRoot, "pack", "src/TorchScribe", "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-nologo");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Package = Path.Combine(Feed, $"TorchScribe.{Version}.nupkg");
        Assert.True(File.Exists(Package), $"no package at {Package}:\n{pack}");
    }

    public string Folder { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

    /// <summary>The text of one entry of the package (its .nuspec, say).</summary>
    public string Text(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(Package);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName == entry).Open());
        return reader.ReadToEnd();
    }

    public IReadOnlyList<string> Entries()
    {
        using ZipArchive zip = ZipFile.OpenRead(Package);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>A consumer project outside the repository that references the package (and CPU natives) from the feed.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> sources, string extraProperties = "")
    {
        string project = Path.Combine(Folder, name);
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="torchscribe-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TorchScribe" Version="{Version}" />
                <PackageReference Include="TorchSharp" Version="0.107.0" />
                <PackageReference Include="libtorch-cpu-linux-x64" Version="2.10.0" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in sources)
            File.WriteAllText(Path.Combine(project, file), text);
        return project;
    }

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}

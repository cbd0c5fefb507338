using System.Reflection;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test project's directory (recorded at build time).</summary>
internal static class Repository
{
    public static string ProjectDirectory { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDir").Value!;

    public static string Root { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string File(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}

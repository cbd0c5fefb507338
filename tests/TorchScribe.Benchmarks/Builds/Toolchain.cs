using System.Reflection;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>Where the compiler, the reference assemblies and the analyzers a default net10.0 build uses are.</summary>
internal static class Toolchain
{
    private static string Metadata(string key) => typeof(Toolchain).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>The .NET reference assemblies of the SDK that built the benchmarks.</summary>
    public static string ReferencePack => Metadata("ReferencePack");

    /// <summary>The SDK folder: its csc, and the analyzers every build runs (NetAnalyzers).</summary>
    public static string SdkFolder => Metadata("SdkFolder");

    public static string Csc => Path.Combine(SdkFolder, "Roslyn", "bincore", "csc.dll");

    /// <summary>TorchScribe's analyzers and generator, and its code fixes, as the package puts them on the command line.</summary>
    public static IReadOnlyList<string> TorchScribeAnalyzers { get; } = Metadata("TorchScribeAnalyzers").Split(';');

    public static IEnumerable<string> ReferenceAssemblies => Directory.EnumerateFiles(ReferencePack, "*.dll").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>What a default net10.0 project passes anyway: the ref pack's source generators and the SDK's analyzers.</summary>
    public static IEnumerable<string> DefaultAnalyzers =>
        Directory.EnumerateFiles(Path.Combine(ReferencePack, "..", "..", "analyzers", "dotnet", "cs"), "*.dll")
            .Concat(new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
                .Select(f => Path.Combine(SdkFolder, "Sdks", "Microsoft.NET.Sdk", "analyzers", f)))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>TorchSharp's and TorchScribe's runtime assemblies.</summary>
    public static IEnumerable<string> Libraries => new[]
    {
        typeof(TorchSharp.torch).Assembly.Location,
        typeof(ScriptClassAttribute).Assembly.Location,
    };
}

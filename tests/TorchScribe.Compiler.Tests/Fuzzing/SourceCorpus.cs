using TorchScribe.Compiler.Tests.Infrastructure;

namespace TorchScribe.Compiler.Tests.Fuzzing;

/// <summary>The fuzzer's seeds: the repository's own [ScriptClass] models and samples, one file each.</summary>
internal static class SourceCorpus
{
    /// <summary>What the SDK's implicit usings and the test projects give every file, as a tree of its own.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using TorchScribe;
        """;

    public static IReadOnlyList<(string Name, string Source)> Files { get; } = Load();

    private static List<(string Name, string Source)> Load()
    {
        var paths = Directory.EnumerateFiles(Repository.File("tests", "TorchScribe.Tests", "Models"), "*.cs", SearchOption.AllDirectories)
            .Concat(new[] { "ScriptClassBasics", "ImageClassifier", "Diagnostics" }
                .SelectMany(sample => Directory.EnumerateFiles(Repository.File("samples", sample), "*.cs"))
                .Where(path => Path.GetFileName(path) != "Program.cs"))
            .OrderBy(path => path, StringComparer.Ordinal);
        return paths.Select(path => (Path.GetRelativePath(Repository.Root, path), File.ReadAllText(path))).ToList();
    }
}

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>
/// Metadata references for test compilations, all from disk: the .NET 10 reference assemblies of the SDK that built
/// the tests, and the real TorchSharp, TorchScribe, MathNet.Numerics, NumSharp and System.Numerics.Tensors assemblies.
/// Nothing is downloaded at test time.
/// </summary>
internal static class TestReferences
{
    private static readonly string ReferencePack = typeof(TestReferences).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReferencePack").Value!;

    public static ImmutableArray<MetadataReference> Net100 { get; } = Directory.EnumerateFiles(ReferencePack, "*.dll")
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> Libraries { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(TorchSharp.torch).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(TorchScribe.ScriptClassAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NumSharp.NDArray).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.Location));

    public static ImmutableArray<MetadataReference> All { get; } = Net100.AddRange(Libraries);
}

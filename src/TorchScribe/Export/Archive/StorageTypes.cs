using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace TorchScribe.Export.Archive;

/// <summary>The storage classes of <c>data.pkl</c> (<c>torch.FloatStorage</c>, …): which dtype each holds, and its element size.</summary>
internal static class StorageTypes
{
    private static readonly (ScalarType Type, string Name, int ElementSize)[] Table =
    {
        (ScalarType.Float32, "FloatStorage", 4),
        (ScalarType.Float64, "DoubleStorage", 8),
        (ScalarType.Float16, "HalfStorage", 2),
        (ScalarType.BFloat16, "BFloat16Storage", 2),
        (ScalarType.Int64, "LongStorage", 8),
        (ScalarType.Int32, "IntStorage", 4),
        (ScalarType.Int16, "ShortStorage", 2),
        (ScalarType.Int8, "CharStorage", 1),
        (ScalarType.Byte, "ByteStorage", 1),
        (ScalarType.Bool, "BoolStorage", 1),
        (ScalarType.ComplexFloat32, "ComplexFloatStorage", 8),
        (ScalarType.ComplexFloat64, "ComplexDoubleStorage", 16),
    };

    private static readonly Dictionary<string, int> ElementSizes = Table.ToDictionary(t => t.Name, t => t.ElementSize, StringComparer.Ordinal);

    public static string NameOf(ScalarType dtype)
    {
        foreach (var entry in Table)
        {
            if (entry.Type == dtype)
                return entry.Name;
        }
        throw new NotSupportedException($"tensors of type {dtype} cannot be stored in a TorchScript archive");
    }

    /// <summary>The element size of storage class <paramref name="name"/> (in module <c>torch</c>), or null for an unknown one.</summary>
    public static int? ElementSize(string name) => ElementSizes.TryGetValue(name, out int size) ? size : null;
}

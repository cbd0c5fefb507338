using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>
/// Reads and checks checkpoints in TorchSharp's own format (what <c>Module.save</c> writes) before loading them,
/// so a mismatch names every missing, unexpected, and shape- or dtype-mismatched key instead of TorchSharp's
/// "not identical".
/// </summary>
public static class Checkpoint
{
    /// <summary>Lists the tensors a checkpoint holds (keys, element types, shapes) without reading their data.</summary>
    /// <param name="path">A file written by <c>Module.save</c>.</param>
    /// <returns>The entries, in file order.</returns>
    /// <exception cref="InvalidDataException">The file is not a TorchSharp checkpoint or is truncated.</exception>
    public static IReadOnlyList<CheckpointEntry> ReadEntries(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            long count = Leb128(reader);
            var entries = new List<CheckpointEntry>((int)Math.Min(count, 4096));
            for (long i = 0; i < count; i++)
            {
                string key = reader.ReadString();
                var dtype = (ScalarType)Leb128(reader);
                long rank = Leb128(reader);
                if (rank > 64)
                    throw new InvalidDataException($"'{key}' claims {rank} dimensions");
                var shape = new long[rank];
                for (int d = 0; d < rank; d++)
                    shape[d] = Leb128(reader);
                long bytes = shape.Aggregate(1L, (n, s) => n * s) * ElementSize(dtype, key);
                if (stream.Position + bytes > stream.Length)
                    throw new InvalidDataException($"the data of '{key}' is truncated");
                stream.Seek(bytes, SeekOrigin.Current);
                entries.Add(new CheckpointEntry(key, dtype, shape));
            }
            if (stream.Position != stream.Length)
                throw new InvalidDataException("the file continues after its last tensor");
            return entries;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' is not a complete TorchSharp checkpoint", e);
        }
    }

    /// <summary>Compares a checkpoint with a module's state dict.</summary>
    /// <param name="module">The module the checkpoint is meant for.</param>
    /// <param name="path">A file written by <c>Module.save</c>.</param>
    /// <returns>What differs; <see cref="CheckpointMismatch.IsEmpty"/> when nothing does.</returns>
    public static CheckpointMismatch Compare(nn.Module module, string path)
    {
        ArgumentNullException.ThrowIfNull(module);
        var expected = module.state_dict();
        var actual = ReadEntries(path).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var missing = expected.Keys.Where(k => !actual.ContainsKey(k)).ToList();
        var unexpected = actual.Keys.Where(k => !expected.ContainsKey(k)).ToList();
        var shapes = new List<string>();
        var dtypes = new List<string>();
        foreach (var (key, tensor) in expected)
        {
            if (!actual.TryGetValue(key, out CheckpointEntry? entry))
                continue;
            if (!entry.Shape.SequenceEqual(tensor.shape))
                shapes.Add($"{key}: checkpoint {entry.ShapeText}, module [{string.Join(", ", tensor.shape)}]");
            if (entry.DType != tensor.dtype)
                dtypes.Add($"{key}: checkpoint {entry.DType}, module {tensor.dtype}");
        }
        return new CheckpointMismatch(missing, unexpected, shapes, dtypes);
    }

    /// <summary>Loads a checkpoint into a module after checking that every key, shape and element type fits.</summary>
    /// <param name="module">The module to load into.</param>
    /// <param name="path">A file written by <c>Module.save</c>.</param>
    /// <param name="strict">When false, missing and unexpected keys are allowed (shapes and types must still fit).</param>
    /// <returns>The module.</returns>
    /// <exception cref="CheckpointMismatchException">The checkpoint does not fit; the message lists each offending key.</exception>
    public static T Load<T>(T module, string path, bool strict = true) where T : nn.Module
    {
        CheckpointMismatch mismatch = Compare(module, path);
        bool fits = strict ? mismatch.IsEmpty : mismatch.ShapeMismatches.Count == 0 && mismatch.DTypeMismatches.Count == 0;
        if (!fits)
            throw new CheckpointMismatchException(path, mismatch);
        module.load(path, strict);
        return module;
    }

    private static long Leb128(BinaryReader reader)
    {
        long result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (shift > 63)
                throw new InvalidDataException("malformed length field");
            byte b = reader.ReadByte();
            result |= (long)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
                return result;
        }
    }

    private static long ElementSize(ScalarType dtype, string key) => dtype switch
    {
        ScalarType.Byte or ScalarType.Int8 or ScalarType.Bool => 1,
        ScalarType.Int16 or ScalarType.Float16 or ScalarType.BFloat16 => 2,
        ScalarType.Int32 or ScalarType.Float32 => 4,
        ScalarType.Int64 or ScalarType.Float64 or ScalarType.ComplexFloat32 => 8,
        ScalarType.ComplexFloat64 => 16,
        _ => throw new InvalidDataException($"'{key}' has an unknown element type {(int)dtype}"),
    };
}

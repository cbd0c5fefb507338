using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace TorchScribe.Export.Archive;

/// <summary>
/// Writes the TorchScript zip archive libtorch's <c>torch.jit.load</c> reads: storages, <c>data.pkl</c>, code files,
/// <c>constants.pkl</c>, <c>version</c> and <c>byteorder</c>, all under one top-level folder. Entry order and
/// timestamps are fixed, so the same model always gives the same bytes.
/// </summary>
internal static class ArchiveWriter
{
    private const string Folder = "archive/";
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="output">Where the zip archive is written.</param>
    /// <param name="root">The pickled module tree.</param>
    /// <param name="codeFiles">Code file path (e.g. <c>code/__torch__.py</c>) → source.</param>
    /// <param name="fileVersion">The <c>version</c> record.</param>
    /// <param name="chunkBytes">At most this many storage bytes are viewed as one span.</param>
    public static void Write(Stream output, ScriptObject root, IReadOnlyDictionary<string, string> codeFiles, int fileVersion, long chunkBytes = ChunkBytes)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("TorchScript storages are little-endian; big-endian hosts are not supported.");
        var pickler = new ObjectPickler();
        byte[] data = pickler.Pickle(root);

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (key, tensor) in pickler.Storages)
            WriteStorage(zip, "data/" + key, tensor, chunkBytes);
        WriteRecord(zip, "data.pkl", data, CompressionLevel.NoCompression);
        foreach (var file in codeFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
            WriteRecord(zip, file.Key, Encoding.UTF8.GetBytes(file.Value), CompressionLevel.Optimal);
        WriteRecord(zip, "constants.pkl", ObjectPickler.EmptyConstants(), CompressionLevel.NoCompression);
        WriteRecord(zip, "version", Encoding.ASCII.GetBytes(fileVersion.ToString(CultureInfo.InvariantCulture) + "\n"), CompressionLevel.NoCompression);
        WriteRecord(zip, "byteorder", Encoding.ASCII.GetBytes("little"), CompressionLevel.NoCompression);
    }

    private static void WriteRecord(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        ZipArchiveEntry entry = zip.CreateEntry(Folder + name, level);
        entry.LastWriteTime = Timestamp;
        using Stream stream = entry.Open();
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Storage bytes viewed as one span at a time (spans are int-indexed; a storage may exceed 2 GiB).</summary>
    public const long ChunkBytes = 1L << 30;

    /// <summary>
    /// The tensor's elements, contiguous and little-endian, copied to the CPU first when needed. They are written
    /// straight from native memory, in chunks, without a managed copy.
    /// </summary>
    private static void WriteStorage(ZipArchive zip, string name, Tensor tensor, long chunkBytes)
    {
        ZipArchiveEntry entry = zip.CreateEntry(Folder + name, CompressionLevel.NoCompression);
        entry.LastWriteTime = Timestamp;
        using Stream stream = entry.Open();
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        Tensor flat = tensor.detach().cpu().contiguous().reshape(-1);
        long count = flat.numel();
        long perChunk = Math.Max(1, chunkBytes / flat.ElementSize);
        for (long start = 0; start < count; start += perChunk)
        {
            using Tensor chunk = flat.narrow(0, start, Math.Min(perChunk, count - start));
            stream.Write(chunk.bytes);
        }
    }
}

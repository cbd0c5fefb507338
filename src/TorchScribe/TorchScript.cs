using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using TorchScribe.Export;
using TorchScribe.Export.Archive;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>
/// Saves TorchSharp modules as TorchScript archives that libtorch's <c>torch.jit.load</c> runs in Python, C++ or
/// TorchSharp, and loads such archives back.
/// </summary>
/// <remarks>
/// Every module in the tree must be a <see cref="ScriptClassAttribute"/> module (compiled to TorchScript at build
/// time) or a stock TorchSharp module TorchScribe knows (Linear, Conv2d, Sequential, …).
/// </remarks>
public static class TorchScript
{
    /// <summary>Writes <paramref name="module"/> to <paramref name="path"/> as a TorchScript archive.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="path">The archive path, usually ending in <c>.pt</c>.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported; the message names its path.</exception>
    /// <remarks>The archive is written to a temporary file in the same folder and moved into place, so a failed
    /// export never leaves a partial file and never overwrites an existing one. Like <c>torch.save</c> and TorchSharp's
    /// <c>Module.save</c>, it does not force the data to disk (fsync).</remarks>
    public static void Save(nn.Module module, string path)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        string temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(fullPath)!, $".{System.IO.Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Save(module, stream);
                stream.Flush();
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>Writes <paramref name="module"/> to <paramref name="stream"/> as a TorchScript archive.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported; the message names its path.</exception>
    public static void Save(nn.Module module, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(stream);
        var exporter = new ModuleExporter();
        ScriptObject root = exporter.Export(module, "");
        ArchiveWriter.Write(stream, root, exporter.CodeFiles(), exporter.FileVersion);
    }

    /// <summary>Loads a TorchScript archive with libtorch's <c>torch.jit.load</c>.</summary>
    /// <param name="path">The archive path.</param>
    /// <returns>The loaded module, on the CPU.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, or libtorch rejected it.</exception>
    /// <remarks>
    /// The archive's structure is checked in managed code first, so a truncated or corrupt file gives an exception
    /// here. libtorch itself aborts the process (instead of throwing) on code that fails to type-check; archives
    /// written by <see cref="Save(nn.Module, string)"/> type-check by construction.
    /// </remarks>
    public static jit.ScriptModule Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new TorchScriptLoadException(path, "the file does not exist.");
        Validate(path);
        try
        {
            return jit.load(path);
        }
        catch (ExternalException e)
        {
            throw new TorchScriptLoadException(path, "libtorch rejected it: " + FirstLine(e.Message), e);
        }
    }

    /// <summary>Checks the zip structure and the records libtorch requires before handing the file to libtorch.</summary>
    private static void Validate(string path)
    {
        try
        {
            using ZipArchive zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count == 0)
                throw new TorchScriptLoadException(path, "the archive is empty.");
            string first = zip.Entries[0].FullName;
            int slash = first.IndexOf('/');
            if (slash <= 0)
                throw new TorchScriptLoadException(path, "the records are not in a top-level folder, as TorchScript archives require.");
            string folder = first.Substring(0, slash + 1);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (string required in new[] { "data.pkl", "constants.pkl" })
            {
                if (!names.Contains(folder + required))
                    throw new TorchScriptLoadException(path, $"the record '{required}' is missing.");
            }
            if (!names.Contains(folder + "version") && !names.Contains(folder + ".data/version"))
                throw new TorchScriptLoadException(path, "the record 'version' is missing.");
            if (!names.Any(n => n.StartsWith(folder + "code/", StringComparison.Ordinal)))
                throw new TorchScriptLoadException(path, "the archive has no code; it may be a state dict saved with torch.save rather than a TorchScript module.");
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                // Reading every record detects truncation and corrupt compressed data before libtorch sees them.
                using Stream content = entry.Open();
                content.CopyTo(Stream.Null);
            }
        }
        catch (InvalidDataException e)
        {
            throw new TorchScriptLoadException(path, "it is not a valid zip archive (truncated or corrupt): " + e.Message, e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new TorchScriptLoadException(path, "it could not be read: " + e.Message, e);
        }
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return newline < 0 ? message : message.Substring(0, newline);
    }
}

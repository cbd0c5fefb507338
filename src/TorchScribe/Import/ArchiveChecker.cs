using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;
using System.Text;

namespace TorchScribe.Import;

/// <summary>
/// Checks a file before libtorch sees it, for everything libtorch would crash on, compute garbage from, or spend
/// unbounded time on, that can be seen without compiling the code (docs/export.md, "What Load checks"):
/// the zip structure and every record's size and CRC; the pickles' opcodes, globals and depth; that every class the
/// pickle names is defined by the code and gets every attribute it declares; and that every tensor fits its storage.
/// </summary>
internal static class ArchiveChecker
{
    /// <summary>The most that deflated records may expand to, in total: libtorch and TorchScribe store records uncompressed.</summary>
    public const long MaxDeflatedBytes = 256L << 20;

    private const int ChunkSize = 1 << 20;

    /// <exception cref="ArchiveProblem">What is wrong with the file.</exception>
    public static void Check(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (!StartsLikeZip(file))
            throw new ArchiveProblem(NotZip(file));
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveProblem("it is not a valid zip archive (truncated or corrupt): " + e.Message);
        }
        using (zip)
            Check(zip);
    }

    private static void Check(ZipArchive zip)
    {
        if (zip.Entries.Count == 0)
            throw new ArchiveProblem("the archive is empty.");
        string first = zip.Entries[0].FullName;
        int slash = first.IndexOf('/');
        if (slash <= 0)
            throw new ArchiveProblem("the records are not in a top-level folder, as TorchScript archives require.");
        string folder = first.Substring(0, slash + 1);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in zip.Entries)
            entries[entry.FullName] = entry;
        bool hasCode = entries.Keys.Any(n => n.StartsWith(folder + "code/", StringComparison.Ordinal));
        if (!hasCode && entries.ContainsKey(folder + "data.pkl"))
            throw new ArchiveProblem("the archive has no code: it is a state dict saved with torch.save, not a TorchScript module saved with torch.jit.save. Load its tensors into a module with TorchSharp's load_py or Module.load_state_dict instead.");
        foreach (string required in new[] { "data.pkl", "constants.pkl" })
        {
            if (!entries.ContainsKey(folder + required))
                throw new ArchiveProblem($"the record '{required}' is missing.");
        }
        if (!entries.ContainsKey(folder + "version") && !entries.ContainsKey(folder + ".data/version"))
            throw new ArchiveProblem("the record 'version' is missing.");
        if (!hasCode)
            throw new ArchiveProblem("the archive has no code.");

        long deflated = zip.Entries.Where(e => e.CompressedLength != e.Length).Sum(e => e.Length);
        if (deflated > MaxDeflatedBytes)
            throw new ArchiveProblem($"its compressed records expand to {deflated} bytes, more than the {MaxDeflatedBytes} a TorchScript archive (whose records are stored uncompressed) is allowed: it may be a zip bomb.");

        var code = new ScriptCodeIndex();
        byte[]? data = null, constants = null;
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            string name = entry.FullName;
            bool isCode = name.StartsWith(folder + "code/", StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal);
            bool isPickle = name == folder + "data.pkl" || name == folder + "constants.pkl";
            byte[]? content = Read(entry, keep: isCode || isPickle);
            if (isCode)
                code.Add(name.Substring(folder.Length + "code/".Length, name.Length - folder.Length - "code/".Length - ".py".Length).Replace('/', '.'), Encoding.UTF8.GetString(content!));
            else if (name == folder + "data.pkl")
                data = content;
            else if (name == folder + "constants.pkl")
                constants = content;
        }

        PickleValue root = PickleChecker.Check(data!, "data.pkl", code.Defines);
        if (root is not PickleObject)
            throw new ArchiveProblem("data.pkl: it holds no module object.");
        CheckValues(root, "data.pkl", folder + "data/", code, entries);
        CheckValues(PickleChecker.Check(constants!, "constants.pkl", code.Defines), "constants.pkl", folder + "constants/", code, entries);
    }

    /// <summary>Every object has the attributes its class declares; every tensor reads inside a storage record that holds it.</summary>
    private static void CheckValues(PickleValue root, string record, string storageFolder, ScriptCodeIndex code, Dictionary<string, ZipArchiveEntry> entries)
    {
        var seen = new HashSet<PickleValue>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<PickleValue>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            PickleValue value = pending.Pop();
            if (!seen.Add(value))
                continue;
            switch (value)
            {
                case PickleObject instance:
                    CheckObject(instance, record, code);
                    break;
                case PickleTensor tensor:
                    CheckTensor(tensor, record, storageFolder, entries);
                    break;
            }
            foreach (PickleValue child in value.Children)
                pending.Push(child);
        }
    }

    private static void CheckObject(PickleObject instance, string record, ScriptCodeIndex code)
    {
        ScriptCodeIndex.ScriptClassShape shape = code.Shape(instance.Type.Module, instance.Type.Name)!;
        if (shape.HasSetState)
            return;
        var attributes = instance.Attributes
            ?? throw new ArchiveProblem($"{record}: the {instance.Type} object has no attribute dict.");
        foreach (string attribute in shape.Attributes)
        {
            if (!attributes.ContainsKey(attribute))
                throw new ArchiveProblem($"{record}: the {instance.Type} object has no value for '{attribute}', which its class declares.");
        }
    }

    private static void CheckTensor(PickleTensor tensor, string record, string storageFolder, Dictionary<string, ZipArchiveEntry> entries)
    {
        PickleStorage storage = tensor.Storage;
        string name = storageFolder + storage.Key;
        if (!entries.TryGetValue(name, out ZipArchiveEntry? entry))
            throw new ArchiveProblem($"{record}: a tensor reads the storage record '{name}', which the archive does not have.");
        Int128 needed = (Int128)storage.Numel * storage.ElementSize;
        if (entry.Length < needed)
            throw new ArchiveProblem($"{record}: the storage record '{name}' has {entry.Length} bytes; its {storage.Numel} elements need {needed}.");
        if (tensor.Size.Any(s => s == 0))
            return;
        Int128 last = tensor.Offset;
        for (int i = 0; i < tensor.Size.Length; i++)
            last += (Int128)(tensor.Size[i] - 1) * tensor.Stride[i];
        if (last >= storage.Numel)
            throw new ArchiveProblem($"{record}: a tensor of size ({string.Join(", ", tensor.Size)}) reads element {last} of the storage '{name}', which has {storage.Numel}.");
    }

    /// <summary>Reads a record whole, checking its size against its header and its CRC; returns the bytes when asked to keep them.</summary>
    private static byte[]? Read(ZipArchiveEntry entry, bool keep)
    {
        var crc = new Crc32();
        var kept = keep ? new MemoryStream(checked((int)Math.Min(entry.Length, int.MaxValue))) : null;
        byte[] buffer = new byte[(int)Math.Min(ChunkSize, Math.Max(entry.Length, 1) + 1)];
        long total = 0;
        try
        {
            using Stream content = entry.Open();
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > entry.Length)
                    throw new ArchiveProblem($"the record '{entry.FullName}' holds more data than its header says ({entry.Length} bytes).");
                crc.Append(buffer.AsSpan(0, read));
                kept?.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveProblem($"the record '{entry.FullName}' is corrupt (truncated or damaged): {e.Message}");
        }
        if (total != entry.Length)
            throw new ArchiveProblem($"the record '{entry.FullName}' is truncated: {total} of {entry.Length} bytes.");
        if (crc.GetCurrentHashAsUInt32() != entry.Crc32)
            throw new ArchiveProblem($"the record '{entry.FullName}' is damaged: its CRC-32 does not match its header.");
        return kept?.ToArray();
    }

    private static bool StartsLikeZip(FileStream file)
    {
        Span<byte> head = stackalloc byte[4];
        int read = file.Read(head);
        file.Position = 0;
        return read == 4 && head[0] == (byte)'P' && head[1] == (byte)'K';
    }

    /// <summary>What a file that is not a zip archive probably is, and what reads it.</summary>
    private static string NotZip(FileStream file)
    {
        Span<byte> head = stackalloc byte[2];
        int read = file.Read(head);
        if (read == 2 && head[0] == 0x80 && head[1] <= 5)
            return "it is a plain Python pickle (torch.save with the legacy format, or pickle.dump), not a TorchScript archive; save the model with torch.jit.save.";
        if (file.Length == 0)
            return "it is empty.";
        return "it is not a valid zip archive, as TorchScript archives are (truncated or corrupt, or another format: TorchSharp's Module.save writes weights that only Module.load reads).";
    }
}

// Compiled by MSBuild's RoslynCodeTaskFactory (see TorchScribe.targets) and, for unit tests, by the test project.
// Kept to plain C# and netstandard2.0 APIs: it is compiled on the machine that builds, by whatever SDK it has.
#nullable disable
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TorchScribe.Build
{
    /// <summary>
    /// Marks the <c>GLIBCXX_3.4.32</c> version need of copied <c>libLibTorchSharp.so</c> files as weak.
    /// </summary>
    /// <remarks>
    /// TorchSharp 0.107's native library is linked against GCC 13's libstdc++ and asks for <c>GLIBCXX_3.4.32</c> for
    /// a single symbol (<c>std::ios_base_library_init</c>) that nothing calls. Debian 12 and Ubuntu 22.04 ship an
    /// older libstdc++, so the loader refuses the library. glibc treats a missing <em>weak</em> version need as
    /// non-fatal, so setting <c>VER_FLG_WEAK</c> on that one <c>Vernaux</c> entry (a 2-byte change) lets it load.
    /// Only copies in build/publish folders are touched, never the NuGet cache: the patched bytes are written to a
    /// new file that replaces the copy, which also breaks any hard link to the cache.
    /// </remarks>
    public sealed class PatchGlibcxxVersionNeed : Microsoft.Build.Utilities.Task
    {
        /// <summary>The copied native libraries to patch.</summary>
        [Required]
        public ITaskItem[] Files { get; set; }

        /// <summary>The version need to mark weak.</summary>
        public string VersionName { get; set; }

        /// <summary><c>auto</c> (patch only when the machine's libstdc++ lacks the version), <c>true</c> or <c>false</c>.</summary>
        public string Mode { get; set; }

        /// <summary>The files that were changed by this run.</summary>
        [Output]
        public ITaskItem[] PatchedFiles { get; set; }

        public override bool Execute()
        {
            string version = string.IsNullOrEmpty(VersionName) ? "GLIBCXX_3.4.32" : VersionName;
            string mode = string.IsNullOrEmpty(Mode) ? "auto" : Mode.Trim().ToLowerInvariant();
            PatchedFiles = new ITaskItem[0];
            if (mode == "false" || Files == null || Files.Length == 0)
                return true;
            if (mode == "auto")
            {
                string provider = SystemLibStdCxx.FindProvider(version);
                if (provider != null)
                {
                    Log.LogMessage(MessageImportance.Low, "TorchScribe: {0} provides {1}; libLibTorchSharp.so left as is.", provider, version);
                    return true;
                }
            }

            var patched = new System.Collections.Generic.List<ITaskItem>();
            foreach (ITaskItem item in Files)
            {
                string path = item.GetMetadata("FullPath");
                try
                {
                    ElfPatchResult result = ElfVersionNeed.MarkWeakInFile(path, version);
                    switch (result)
                    {
                        case ElfPatchResult.Patched:
                            Log.LogMessage(MessageImportance.Normal, "TorchScribe: marked the {0} need of {1} weak (this machine's libstdc++ lacks it).", version, path);
                            patched.Add(item);
                            break;
                        case ElfPatchResult.AlreadyWeak:
                            Log.LogMessage(MessageImportance.Low, "TorchScribe: {0} already has a weak {1} need.", path, version);
                            break;
                        case ElfPatchResult.VersionNotNeeded:
                            Log.LogMessage(MessageImportance.Low, "TorchScribe: {0} does not need {1}.", path, version);
                            break;
                        default:
                            Log.LogWarning(null, "TSBBUILD001", null, path, 0, 0, 0, 0,
                                "TorchScribe: {0} is not a 64-bit little-endian ELF library with a version-need section ({1}); it was not patched and may fail to load on this machine.", path, result);
                            break;
                    }
                }
                catch (IOException e)
                {
                    Log.LogWarning(null, "TSBBUILD002", null, path, 0, 0, 0, 0, "TorchScribe: could not patch {0}: {1}", path, e.Message);
                }
                catch (UnauthorizedAccessException e)
                {
                    Log.LogWarning(null, "TSBBUILD002", null, path, 0, 0, 0, 0, "TorchScribe: could not patch {0}: {1}", path, e.Message);
                }
            }
            PatchedFiles = patched.ToArray();
            return !Log.HasLoggedErrors;
        }
    }

    /// <summary>What <see cref="ElfVersionNeed.MarkWeak"/> did.</summary>
    public enum ElfPatchResult
    {
        Patched,
        AlreadyWeak,
        VersionNotNeeded,
        NotElf64LittleEndian,
        NoVersionNeedSection,
        Malformed,
    }

    /// <summary>Edits the <c>SHT_GNU_verneed</c> section of an ELF64 little-endian image.</summary>
    public static class ElfVersionNeed
    {
        private const uint ShtGnuVerneed = 0x6ffffffe;
        private const ushort VerFlagWeak = 0x2;

        /// <summary>
        /// Patches a file by writing a patched copy next to it and renaming that over it. The copy has an unpredictable
        /// name and is created exclusively (a file or link planted there makes the copy fail, never redirects it), and
        /// the rename replaces <paramref name="path"/> itself: a hard link or symbolic link at the path is replaced by a
        /// regular file, and whatever it pointed to stays untouched.
        /// </summary>
        public static ElfPatchResult MarkWeakInFile(string path, string versionName)
        {
            byte[] image = File.ReadAllBytes(path);
            ElfPatchResult result = MarkWeak(image, versionName);
            if (result != ElfPatchResult.Patched)
                return result;
            string temp = path + "." + Path.GetRandomFileName() + ".tsb-patch";
            try
            {
                File.Copy(path, temp, false);     // exclusive create (O_EXCL: never through a link); keeps the file mode
                using (var stream = new FileStream(temp, FileMode.Open, FileAccess.Write, FileShare.None))
                {
                    stream.Write(image, 0, image.Length);
                    stream.SetLength(image.Length);
                }
                File.Replace(temp, path, null);   // rename: a new inode at the path
            }
            finally
            {
                if (File.Exists(temp))
                    File.Delete(temp);
            }
            return result;
        }

        /// <summary>Sets <c>VER_FLG_WEAK</c> on the version need named <paramref name="versionName"/>.</summary>
        public static ElfPatchResult MarkWeak(byte[] image, string versionName)
        {
            if (image.Length < 64 || image[0] != 0x7f || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F'
                || image[4] != 2 /* ELFCLASS64 */ || image[5] != 1 /* ELFDATA2LSB */)
                return ElfPatchResult.NotElf64LittleEndian;

            long sectionHeaders = (long)U64(image, 0x28);
            int entrySize = U16(image, 0x3A);
            int count = U16(image, 0x3C);
            if (entrySize < 64 || sectionHeaders <= 0 || sectionHeaders + (long)entrySize * count > image.Length)
                return ElfPatchResult.Malformed;

            for (int i = 0; i < count; i++)
            {
                long header = sectionHeaders + (long)i * entrySize;
                if (U32(image, header + 4) != ShtGnuVerneed)
                    continue;
                long offset = (long)U64(image, header + 24);
                long size = (long)U64(image, header + 32);
                int link = (int)U32(image, header + 40);
                int needs = (int)U32(image, header + 44);
                if (offset < 0 || offset + size > image.Length || link >= count)
                    return ElfPatchResult.Malformed;
                long strings = (long)U64(image, sectionHeaders + (long)link * entrySize + 24);
                long stringsSize = (long)U64(image, sectionHeaders + (long)link * entrySize + 32);
                return MarkWeak(image, offset, offset + size, needs, strings, stringsSize, versionName);
            }
            return ElfPatchResult.NoVersionNeedSection;
        }

        private static ElfPatchResult MarkWeak(byte[] image, long start, long end, int needs, long strings, long stringsSize, string versionName)
        {
            long need = start;
            for (int n = 0; n < needs; n++)
            {
                if (need + 16 > end)
                    return ElfPatchResult.Malformed;
                int auxCount = U16(image, need + 2);
                long aux = need + U32(image, need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    if (aux + 16 > end)
                        return ElfPatchResult.Malformed;
                    long name = U32(image, aux + 8);
                    if (name < stringsSize && CStringEquals(image, strings + name, versionName))
                    {
                        ushort flags = U16(image, aux + 4);
                        if ((flags & VerFlagWeak) != 0)
                            return ElfPatchResult.AlreadyWeak;
                        flags |= VerFlagWeak;
                        image[aux + 4] = (byte)flags;
                        image[aux + 5] = (byte)(flags >> 8);
                        return ElfPatchResult.Patched;
                    }
                    uint nextAux = U32(image, aux + 12);
                    if (nextAux == 0)
                        break;
                    aux += nextAux;
                }
                uint next = U32(image, need + 12);
                if (next == 0)
                    break;
                need += next;
            }
            return ElfPatchResult.VersionNotNeeded;
        }

        private static bool CStringEquals(byte[] image, long at, string value)
        {
            if (at + value.Length >= image.Length)
                return false;
            for (int i = 0; i < value.Length; i++)
                if (image[at + i] != (byte)value[i])
                    return false;
            return image[at + value.Length] == 0;
        }

        private static ushort U16(byte[] b, long at) { return (ushort)(b[at] | b[at + 1] << 8); }
        private static uint U32(byte[] b, long at) { return (uint)(b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24); }
        private static ulong U64(byte[] b, long at) { return U32(b, at) | (ulong)U32(b, at + 4) << 32; }
    }

    /// <summary>Finds out whether this machine's libstdc++ defines a symbol version.</summary>
    public static class SystemLibStdCxx
    {
        private static readonly string[] Directories =
        {
            "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu",
        };

        /// <summary>The path of a libstdc++.so.6 that contains <paramref name="version"/>, or null.</summary>
        public static string FindProvider(string version)
        {
            byte[] needle = Encoding.ASCII.GetBytes(version + "\0");
            foreach (string directory in Directories)
            {
                string candidate = Path.Combine(directory, "libstdc++.so.6");
                if (File.Exists(candidate) && Contains(File.ReadAllBytes(candidate), needle))
                    return candidate;
            }
            return null;
        }

        private static bool Contains(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i <= haystack.Length - needle.Length; i++)
            {
                if (haystack[i] != needle[0])
                    continue;
                int j = 1;
                while (j < needle.Length && haystack[i + j] == needle[j])
                    j++;
                if (j == needle.Length)
                    return true;
            }
            return false;
        }
    }
}

using System.Diagnostics;
using System.Reflection;
using TorchScribe.Build;
using TorchScribe.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Tests;

/// <summary>The Debian 12 fix: the GLIBCXX_3.4.32 need of libLibTorchSharp.so marked weak, and nothing else changed.</summary>
public sealed class NativeLibraryPatchTests
{
    private static readonly string Original = typeof(NativeLibraryPatchTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LibTorchSharpOriginal").Value!;

    [Fact]
    public void MarksOnlyTheVersionNeedWeak()
    {
        byte[] original = File.ReadAllBytes(Original);
        byte[] patched = (byte[])original.Clone();
        Assert.Equal(ElfPatchResult.Patched, ElfVersionNeed.MarkWeak(patched, "GLIBCXX_3.4.32"));
        int[] changed = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToArray();
        Assert.Single(changed);                          // vna_flags is 2 bytes; only the low one gains VER_FLG_WEAK
        Assert.Equal(original[changed[0]] | 0x2, patched[changed[0]]);
        Assert.Equal(ElfPatchResult.AlreadyWeak, ElfVersionNeed.MarkWeak(patched, "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void LeavesOtherLibrariesAndFilesAlone()
    {
        byte[] library = File.ReadAllBytes(Original);
        Assert.Equal(ElfPatchResult.VersionNotNeeded, ElfVersionNeed.MarkWeak((byte[])library.Clone(), "GLIBCXX_9.9.99"));
        Assert.Equal(ElfPatchResult.NotElf64LittleEndian, ElfVersionNeed.MarkWeak(new byte[128], "GLIBCXX_3.4.32"));
        byte[] truncated = library.Take(200).ToArray();
        Assert.Equal(ElfPatchResult.Malformed, ElfVersionNeed.MarkWeak(truncated, "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void PatchesACopyWithoutTouchingHardLinkedOriginals()
    {
        using var folder = new TempFolder("elf");
        string source = folder.File("original.so");
        string copy = folder.File("libLibTorchSharp.so");
        File.Copy(Original, source);
        Process.Start("ln", new[] { source, copy })!.WaitForExit();     // a hard-linked "copy", as CreateHardLinksForCopyLocal makes
        Assert.Equal(ElfPatchResult.Patched, ElfVersionNeed.MarkWeakInFile(copy, "GLIBCXX_3.4.32"));
        Assert.Equal(File.ReadAllBytes(Original), File.ReadAllBytes(source));
        Assert.Equal(ElfPatchResult.AlreadyWeak, ElfVersionNeed.MarkWeak(File.ReadAllBytes(copy), "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void LinksPlantedAtTheOutputOrNextToItAreNeverFollowed()
    {
        using var folder = new TempFolder("elf-links");
        string outside = folder.File("outside.so");
        string victim = folder.File("victim.txt");
        File.Copy(Original, outside);
        File.WriteAllText(victim, "keep me");
        string output = folder.File("libLibTorchSharp.so");
        File.CreateSymbolicLink(output, outside);                       // the output is a link to a file elsewhere
        File.CreateSymbolicLink(output + ".tsb-patch", victim);         // and a link waits at the old fixed temp name

        Assert.Equal(ElfPatchResult.Patched, ElfVersionNeed.MarkWeakInFile(output, "GLIBCXX_3.4.32"));

        Assert.Null(new FileInfo(output).LinkTarget);                   // a regular file now
        Assert.Equal(ElfPatchResult.AlreadyWeak, ElfVersionNeed.MarkWeak(File.ReadAllBytes(output), "GLIBCXX_3.4.32"));
        Assert.Equal(File.ReadAllBytes(Original), File.ReadAllBytes(outside));
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal(new[] { "libLibTorchSharp.so", "libLibTorchSharp.so.tsb-patch", "outside.so", "victim.txt" },
            Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void TheLibraryThisTestRunLoadedWasPatchedWhenTheMachineNeedsIt()
    {
        string loaded = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        bool machineHasVersion = SystemLibStdCxx.FindProvider("GLIBCXX_3.4.32") is not null;
        ElfPatchResult state = ElfVersionNeed.MarkWeak(File.ReadAllBytes(loaded), "GLIBCXX_3.4.32");
        Assert.Equal(machineHasVersion ? ElfPatchResult.Patched : ElfPatchResult.AlreadyWeak, state);
    }
}

using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>What Save leaves on disk when it fails or is killed, and how its errors name the file.</summary>
public sealed class SaveSafetyTests
{
    [Fact]
    public void TemporaryFilesOfAKilledSaveAreRemovedByTheNextSave()
    {
        using var folder = new TempFolder("killed-save");
        string archive = folder.File("model.pt");
        string leftover = KillWhileSaving(archive, folder);

        // A killed writer holds no lock; once it has been left alone a while, the next Save of the path removes it.
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddMinutes(-2));
        TorchScript.Save(new Net(), archive);
        Assert.Equal(new[] { "model.pt" }, Names(folder));
        Assert.Equal(new Net().named_parameters().Select(p => p.name), TorchScript.Load(archive).named_parameters().Select(p => p.name));
    }

    [Fact]
    public void TemporaryFilesInUseRecentOrOfOtherArchivesStay()
    {
        using var folder = new TempFolder("temp-files");
        string archive = folder.File("model.pt");
        string held = folder.File($".model.pt.{Guid.NewGuid():N}.tmp");
        string recent = folder.File($".model.pt.{Guid.NewGuid():N}.tmp");
        string other = folder.File($".other.pt.{Guid.NewGuid():N}.tmp");
        string unlike = folder.File(".model.pt.not-a-guid.tmp");
        foreach (string file in new[] { held, recent, other, unlike })
            File.WriteAllText(file, "partial");
        foreach (string file in new[] { held, other, unlike })
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        using (new FileStream(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None))     // a writer still at work
            TorchScript.Save(new Net(), archive);
        Assert.All(new[] { held, recent, other, unlike }, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void IoErrorsNameTheArchiveNotTheTemporaryFile()
    {
        using var folder = new TempFolder("io-error");
        string archive = Path.Combine(folder.File("missing-folder"), "model.pt");
        var error = Assert.ThrowsAny<IOException>(() => TorchScript.Save(new Net(), archive));
        Assert.StartsWith($"Cannot write the TorchScript archive '{archive}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesLibTorchCannotLoadAreRefusedAtSave()
    {
        var named = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.Sequential(("training", nn.Linear(2, 2))), new MemoryStream()));
        Assert.Contains("submodule 'training'", named.Message);
        Assert.Contains("which every module declares for itself", named.Message);

        var method = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.Sequential(("inner", new ForwardBuffer())), new MemoryStream()));
        Assert.Equal("inner", method.ModulePath);
        Assert.Contains("buffer 'forward'", method.Message);
    }

    [Fact]
    public void ClassesWhoseTorchScriptNamesCollideAreNamedNotThrownAsInvalidOperation()
    {
        var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(nn.Sequential(("a", new Größe()), ("b", new Gr__e())), new MemoryStream()));
        Assert.Equal("b", error.ModulePath);
        Assert.Contains("Gr__e_functions", error.Message);
        Assert.Contains("rename one of the classes", error.Message);
    }

    private static string[] Names(TempFolder folder) =>
        Directory.GetFiles(folder.Path, "*model.pt*").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    /// <summary>Kills a process that saves to <paramref name="archive"/> over and over, while a temporary file is being written; returns that file.</summary>
    private static string KillWhileSaving(string archive, TempFolder folder)
    {
        string runner = typeof(SaveSafetyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ScriptRunner").Value!;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            string request = folder.File("request.json");
            File.WriteAllText(request, JsonSerializer.Serialize(new { SaveUntilKilled = archive, SaveMegabytes = 96, Output = folder.File("out") }));
            using Process process = Process.Start(new ProcessStartInfo("dotnet", new[] { runner, request }))!;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            string[] temporary = Array.Empty<string>();
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                temporary = Directory.GetFiles(folder.Path, ".model.pt.*.tmp");
                if (File.Exists(archive) && temporary.Length == 1)
                    break;
                Thread.Sleep(20);
            }
            Assert.False(process.HasExited, $"the saving process exited with {(process.HasExited ? process.ExitCode : 0)}");
            process.Kill();
            process.WaitForExit();
            temporary = Directory.GetFiles(folder.Path, ".model.pt.*.tmp");
            if (temporary.Length == 1)
                return temporary[0];
        }
        throw new InvalidOperationException("no Save was caught mid-write in five attempts");
    }
}

using System;
using System.IO;
using System.Text.RegularExpressions;

namespace TorchScribe.Export.Archive;

/// <summary>
/// The hidden temporary file <see cref="TorchScript.Save(TorchSharp.torch.nn.Module, string)"/> writes before moving it
/// into place: <c>.&lt;name&gt;.&lt;32 hex digits&gt;.tmp</c> next to the archive. A writer holds its file locked
/// (FileShare.None, an advisory lock on Unix) while it writes, so a temporary file nobody holds, not written to for a
/// while, was left by a killed process and can go.
/// </summary>
internal static class TemporaryArchive
{
    /// <summary>How long a temporary file must have been left alone before it counts as stale (writers write steadily).</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    public static string Next(string archive) =>
        Path.Combine(Path.GetDirectoryName(archive)!, $".{Path.GetFileName(archive)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Deletes the stale temporary files of <paramref name="archive"/>; those in use or recent stay.</summary>
    public static void RemoveStale(string archive)
    {
        string folder = Path.GetDirectoryName(archive)!;
        string name = Path.GetFileName(archive);
        var pattern = new Regex("^" + Regex.Escape("." + name + ".") + "[0-9a-f]{32}" + Regex.Escape(".tmp") + "$", RegexOptions.CultureInvariant);
        foreach (string candidate in Directory.EnumerateFiles(folder, "." + name + ".*.tmp"))
        {
            if (!pattern.IsMatch(Path.GetFileName(candidate)))
                continue;
            try
            {
                var info = new FileInfo(candidate);
                if (info.LinkTarget is not null || DateTime.UtcNow - info.LastWriteTimeUtc < StaleAfter)
                    continue;
                using (new FileStream(candidate, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    // Opened exclusively: no writer holds it.
                }
                File.Delete(candidate);
            }
            catch (IOException)
            {
                // In use, or gone already: not ours to remove.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public static void Delete(string temporary)
    {
        try
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

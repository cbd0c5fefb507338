using System;
using System.IO;
using System.Runtime.InteropServices;
using TorchScribe.Children;
using static TorchSharp.torch;

namespace TorchScribe.Import;

/// <summary>
/// What every <see cref="TorchScript"/> load does: the managed checks, optionally the child-process compile, then
/// libtorch's load onto the requested device, with every failure turned into a <see cref="TorchScriptLoadException"/>.
/// </summary>
internal static class CheckedLoad
{
    /// <summary>How a stream's archive is named in messages.</summary>
    private const string StreamName = "<stream>";

    public static TModule FromFile<TModule>(string path, TorchScriptLoadOptions options, Func<string, Device, TModule> load)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
            throw new TorchScriptLoadException(path, "the file does not exist.");
        return Checked(path, path, options, load);
    }

    /// <summary>Writes the stream to a private temporary file (libtorch loads from paths), loads that, and deletes it.</summary>
    public static TModule FromStream<TModule>(Stream stream, TorchScriptLoadOptions options, Func<string, Device, TModule> load)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        string file = Path.Combine(Path.GetTempPath(), $"torchscribe-{Guid.NewGuid():N}.pt");
        try
        {
            using (var copy = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.CopyTo(copy);
            return Checked(file, StreamName, options, load);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static TModule Checked<TModule>(string file, string name, TorchScriptLoadOptions options, Func<string, Device, TModule> load)
    {
        try
        {
            ArchiveChecker.Check(file);
            if (options.CompileInChildProcess && AppChild.Run(Jobs.Compile, Path.GetFullPath(file)) is { } reason)
                throw new ArchiveProblem("libtorch cannot compile its code: " + reason);
        }
        catch (ArchiveProblem problem)
        {
            throw new TorchScriptLoadException(name, problem.Message, problem);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new TorchScriptLoadException(name, "it could not be read: " + e.Message, e);
        }
        try
        {
            return load(file, options.Device ?? CPU);
        }
        catch (ExternalException e)
        {
            throw new TorchScriptLoadException(name, "libtorch rejected it: " + FirstLine(e.Message), e);
        }
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return newline < 0 ? message : message.Substring(0, newline);
    }
}

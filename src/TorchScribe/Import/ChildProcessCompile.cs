using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace TorchScribe.Import;

/// <summary>
/// Compiles an archive with libtorch in a child process: libtorch aborts (rather than throws) on TorchScript it cannot
/// compile, and that must not take the caller down. The child is this app again, started with TorchScribe's
/// <see cref="global::StartupHook"/>, which loads the archive and exits before the app's <c>Main</c> runs, so it
/// resolves TorchSharp and the native libraries exactly as the app does.
/// </summary>
internal static class ChildProcessCompile
{
    /// <summary>The variable that tells the startup hook which archive to load.</summary>
    public const string ArchiveVariable = "TORCHSCRIBE_COMPILE_CHECK";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <exception cref="ArchiveProblem">libtorch cannot load the archive; the message is libtorch's.</exception>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (single-file apps) is refused in StartInfo.")]
    public static void Check(string path)
    {
        ProcessStartInfo start = StartInfo();
        start.Environment[ArchiveVariable] = Path.GetFullPath(path);
        string hook = typeof(ChildProcessCompile).Assembly.Location;
        string? hooks = Environment.GetEnvironmentVariable("DOTNET_STARTUP_HOOKS");
        start.Environment["DOTNET_STARTUP_HOOKS"] = string.IsNullOrEmpty(hooks) ? hook : hook + Path.PathSeparator + hooks;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        using Process process = Process.Start(start) ?? throw new ArchiveProblem("the child process that compiles it could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new ArchiveProblem($"libtorch did not finish compiling it within {Timeout.TotalMinutes} minutes.");
        }
        if (process.ExitCode == 0 && output.Result.Contains(StartupHookMarker, StringComparison.Ordinal))
            return;
        throw new ArchiveProblem("libtorch cannot compile its code: " + Reason(error.Result, process.ExitCode));
    }

    /// <summary>What the startup hook prints when the archive loaded.</summary>
    public const string StartupHookMarker = "torchscribe: compiled";

    /// <summary>This app again: the apphost as it is, or <c>dotnet exec</c> with the app's runtime config and dependencies.</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (single-file apps) is refused.")]
    private static ProcessStartInfo StartInfo()
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || string.IsNullOrEmpty(typeof(ChildProcessCompile).Assembly.Location))
            throw new NotSupportedException("Compiling in a child process needs startup hooks, which NativeAOT and single-file apps do not run; load the archive in a process of its own instead.");
        string host = Environment.ProcessPath ?? throw new NotSupportedException("The path of this process is unknown.");
        string entry = Assembly.GetEntryAssembly()?.Location is { Length: > 0 } location ? location : Environment.GetCommandLineArgs()[0];
        if (!Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return new ProcessStartInfo(host);
        var start = new ProcessStartInfo(host);
        start.ArgumentList.Add("exec");
        // The app's own dependencies come first in the host's list (';'-separated on every OS), the frameworks' after.
        string? deps = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?.Split(';').FirstOrDefault(f => f.Length > 0);
        string? config = deps is null ? null : deps.Substring(0, deps.Length - ".deps.json".Length) + ".runtimeconfig.json";
        if (config is null || !File.Exists(config))
            config = Path.ChangeExtension(entry, ".runtimeconfig.json");
        if (File.Exists(config))
        {
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(config);
        }
        if (deps is not null && File.Exists(deps))
        {
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(deps);
        }
        start.ArgumentList.Add(entry);
        return start;
    }

    /// <summary>libtorch's message from the child's error output: what follows <c>what():</c>, or the last lines.</summary>
    private static string Reason(string error, int exitCode)
    {
        var lines = error.Split('\n').Select(l => l.TrimEnd()).ToList();
        int what = lines.FindIndex(l => l.Contains("what():", StringComparison.Ordinal));
        var relevant = (what >= 0 ? lines.Skip(what) : lines)
            .Select(l => l.Replace("what():", "", StringComparison.Ordinal).Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("frame #", StringComparison.Ordinal) && !l.StartsWith("Exception raised from", StringComparison.Ordinal))
            .Take(6)
            .ToList();
        var reason = new StringBuilder(relevant.Count == 0 ? $"the child process exited with code {exitCode}" : string.Join(" ", relevant));
        return reason.ToString();
    }
}

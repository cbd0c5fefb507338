using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TorchScribe.Children;

/// <summary>
/// Runs a job in a child process that is this app again, started with TorchScribe's <see cref="global::StartupHook"/>:
/// the hook does the job and exits before the app's <c>Main</c> runs, so the child resolves TorchSharp and the native
/// libraries exactly as the app does. libtorch aborts (rather than throws) on TorchScript it cannot compile; in a child
/// that costs the child only.
/// </summary>
internal static class AppChild
{
    /// <summary>The variable that names the job (<see cref="Jobs"/>) and its argument, separated by a newline.</summary>
    public const string JobVariable = "TORCHSCRIBE_CHILD_JOB";

    /// <summary>What a job prints last when it succeeded.</summary>
    public const string DoneMarker = "torchscribe: done";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="job"/> on <paramref name="argument"/>; null when it succeeded, otherwise why not (libtorch's message).</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (single-file apps) is refused in StartInfo.")]
    public static string? Run(string job, string argument)
    {
        ProcessStartInfo start = StartInfo();
        start.Environment[JobVariable] = job + "\n" + argument;
        string hook = typeof(AppChild).Assembly.Location;
        string? hooks = Environment.GetEnvironmentVariable("DOTNET_STARTUP_HOOKS");
        start.Environment["DOTNET_STARTUP_HOOKS"] = string.IsNullOrEmpty(hooks) ? hook : hook + Path.PathSeparator + hooks;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("The child process could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return $"libtorch did not finish within {Timeout.TotalMinutes} minutes.";
        }
        if (process.ExitCode == 0 && output.Result.Contains(DoneMarker, StringComparison.Ordinal))
            return null;
        return Reason(error.Result, process.ExitCode);
    }

    /// <summary>This app again: the apphost as it is, or <c>dotnet exec</c> with the app's runtime config and dependencies.</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (single-file apps) is refused.")]
    private static ProcessStartInfo StartInfo()
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || string.IsNullOrEmpty(typeof(AppChild).Assembly.Location))
            throw new NotSupportedException("Running libtorch in a child process needs startup hooks, which NativeAOT and single-file apps do not run; use a process of your own instead.");
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
        return relevant.Count == 0 ? $"the child process exited with code {exitCode}" : string.Join(" ", relevant);
    }
}

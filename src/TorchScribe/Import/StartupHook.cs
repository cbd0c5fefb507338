using System;
using System.IO;
using System.Runtime.InteropServices;
using TorchScribe.Import;

/// <summary>
/// .NET's startup hook (run before <c>Main</c> when DOTNET_STARTUP_HOOKS names this assembly). It does something only
/// in the child process <see cref="ChildProcessCompile"/> starts: loads the archive the variable names with libtorch,
/// says whether that worked, and exits without running the app. Anywhere else it returns at once.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        string? archive = Environment.GetEnvironmentVariable(ChildProcessCompile.ArchiveVariable);
        if (string.IsNullOrEmpty(archive))
            return;
        Environment.SetEnvironmentVariable(ChildProcessCompile.ArchiveVariable, null);
        try
        {
            using var module = TorchSharp.torch.jit.load(archive);
            Console.Out.WriteLine(ChildProcessCompile.StartupHookMarker);
            Console.Out.Flush();
            Environment.Exit(0);
        }
        catch (Exception e) when (e is ExternalException or IOException or InvalidOperationException or ArgumentException)
        {
            Console.Error.WriteLine("what(): " + e.Message);
            Console.Error.Flush();
            Environment.Exit(3);
        }
    }
}

using System;
using System.IO;
using System.Runtime.InteropServices;
using TorchScribe.Children;

/// <summary>
/// .NET's startup hook (run before <c>Main</c> when DOTNET_STARTUP_HOOKS names this assembly). It does something only
/// in a child process <see cref="AppChild"/> starts: the job the variable names, then it exits without running the app.
/// Anywhere else it returns at once.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        string? job = Environment.GetEnvironmentVariable(AppChild.JobVariable);
        if (string.IsNullOrEmpty(job))
            return;
        Environment.SetEnvironmentVariable(AppChild.JobVariable, null);
        string[] parts = job.Split('\n', 2);
        try
        {
            switch (parts[0])
            {
                case Jobs.Compile:
                    Jobs.CompileArchive(parts[1]);
                    break;
                case Jobs.Run:
                    Jobs.RunArchive(parts[1]);
                    break;
                default:
                    throw new InvalidOperationException($"unknown job '{parts[0]}'");
            }
            Console.Out.WriteLine(AppChild.DoneMarker);
            Console.Out.Flush();
            Environment.Exit(0);
        }
        catch (Exception e) when (e is ExternalException or IOException or InvalidOperationException or ArgumentException or InvalidCastException)
        {
            Console.Error.WriteLine("what(): " + e.Message);
            Console.Error.Flush();
            Environment.Exit(3);
        }
    }
}

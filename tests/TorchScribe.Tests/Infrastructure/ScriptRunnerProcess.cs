using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace TorchScribe.Tests.Infrastructure;

/// <summary>
/// Runs TorchScribe.ScriptRunner, which loads an archive with torch.jit.load in a process of its own: a TorchScript
/// type error aborts the process that loads it, and must never take the test host down.
/// </summary>
internal static class ScriptRunnerProcess
{
    private static readonly string RunnerPath = typeof(ScriptRunnerProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ScriptRunner").Value!;

    public sealed record Result(int ExitCode, string Output, string Error, string Folder)
    {
        public bool Succeeded => ExitCode == 0 && File.Exists(Path.Combine(Folder, "done.txt"));
    }

    public static Result Run(object request, string folder, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(folder);
        string requestPath = Path.Combine(folder, "request.json");
        File.WriteAllText(requestPath, JsonSerializer.Serialize(request));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RunnerPath);
        start.ArgumentList.Add(requestPath);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start the script runner");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the script runner did not finish for {folder}");
        }
        return new Result(process.ExitCode, output.Result, error.Result, folder);
    }
}

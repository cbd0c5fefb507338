using Xunit;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>
/// Compares text with <c>Snapshots/&lt;name&gt;.verified.&lt;ext&gt;</c>. On a mismatch (or a missing snapshot) it writes
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> next to it and fails, naming the first differing line. Set
/// <c>TORCHSCRIBE_ACCEPT_SNAPSHOTS=1</c> to accept the received text instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, string extension = "cs")
    {
        string folder = Path.Combine(Repository.ProjectDirectory, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("TORCHSCRIBE_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; the output was written to {received}. Review it, then rename it or set TORCHSCRIBE_ACCEPT_SNAPSHOTS=1."
            : $"{name} differs from its snapshot at line {FirstDifference(expected, actual)}; see {received} (mv it over {verified} to accept).");
    }

    private static int FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
                return i + 1;
        }
        return Math.Min(a.Length, b.Length) + 1;
    }
}

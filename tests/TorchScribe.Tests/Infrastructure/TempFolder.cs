namespace TorchScribe.Tests.Infrastructure;

/// <summary>A fresh folder under the test output, deleted on dispose unless a test failed (kept for inspection).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "torchscribe-tests", $"{name}-{Guid.NewGuid():N}"[..Math.Min(60, name.Length + 33)]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TORCHSCRIBE_KEEP_TEST_FILES") == "1")
            return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

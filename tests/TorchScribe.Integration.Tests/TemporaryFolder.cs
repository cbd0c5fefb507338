namespace TorchScribe.Integration.Tests;

/// <summary>A fresh folder under the temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"torchscribe-{name}-{Guid.NewGuid():N}"[..(name.Length + 24)]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}

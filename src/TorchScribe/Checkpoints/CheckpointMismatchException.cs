using System;

namespace TorchScribe;

/// <summary>Thrown when a checkpoint does not fit a module; the message lists every offending key.</summary>
public sealed class CheckpointMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="mismatch">What differs.</param>
    public CheckpointMismatchException(string path, CheckpointMismatch mismatch)
        : base($"The checkpoint '{path}' does not fit the module:\n{mismatch}")
    {
        Path = path;
        Mismatch = mismatch;
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }

    /// <summary>What differs: missing, unexpected, shape- and dtype-mismatched keys.</summary>
    public CheckpointMismatch Mismatch { get; }
}

using System;

namespace TorchScribe;

/// <summary>Thrown when a file is not a TorchScript archive libtorch can load; the message says what is wrong.</summary>
public sealed class TorchScriptLoadException : Exception
{
    /// <summary>Creates the exception for the archive at <paramref name="path"/>.</summary>
    /// <param name="path">The archive's path.</param>
    /// <param name="reason">What is wrong with it.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public TorchScriptLoadException(string path, string reason, Exception? inner = null)
        : base($"Cannot load TorchScript archive '{path}': {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The archive's path.</summary>
    public string Path { get; }

    /// <summary>What is wrong with the archive.</summary>
    public string Reason { get; }
}

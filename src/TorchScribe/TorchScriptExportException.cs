using System;

namespace TorchScribe;

/// <summary>
/// Thrown when a module tree cannot be written as TorchScript. The message names the module's path in the tree
/// (e.g. <c>encoder.layers.1</c>) and the reason; no file is left behind.
/// </summary>
public sealed class TorchScriptExportException : Exception
{
    /// <summary>Creates the exception for the module at <paramref name="modulePath"/>.</summary>
    /// <param name="modulePath">The dotted path of the module in the tree; empty for the root.</param>
    /// <param name="reason">Why it cannot be exported.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public TorchScriptExportException(string modulePath, string reason, Exception? inner = null)
        : base($"Cannot export module '{(modulePath.Length == 0 ? "<root>" : modulePath)}' as TorchScript: {reason}", inner)
    {
        ModulePath = modulePath;
        Reason = reason;
    }

    /// <summary>The dotted path of the offending module; empty for the root module.</summary>
    public string ModulePath { get; }

    /// <summary>Why the module cannot be exported.</summary>
    public string Reason { get; }
}

using System;
using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>An op a class's TorchScript calls that only PyTorch releases from <see cref="Version"/> on have (generated).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptOpRequirement
{
    /// <summary>Creates the requirement (called by generated code).</summary>
    /// <param name="op">The API, e.g. <c>functional.scaled_dot_product_attention</c>.</param>
    /// <param name="version">The oldest PyTorch release that has it, e.g. <c>2.0</c>.</param>
    public ScriptOpRequirement(string op, string version)
    {
        Op = op;
        Version = System.Version.Parse(version);
    }

    /// <summary>The API, e.g. <c>functional.scaled_dot_product_attention</c>.</summary>
    public string Op { get; }

    /// <summary>The oldest PyTorch release that has the op.</summary>
    public Version Version { get; }
}

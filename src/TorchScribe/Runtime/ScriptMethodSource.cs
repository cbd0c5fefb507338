using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>The TorchScript of one script method, as the compiler wrote it at build time.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptMethodSource
{
    /// <summary>Creates a method source.</summary>
    /// <param name="name">The TorchScript method name (<c>forward</c> for the forward).</param>
    /// <param name="isStatic">True for a static method, which becomes a free function.</param>
    /// <param name="source">The <c>def</c> with its body; <c>{{name}}</c> placeholders stand for constants.</param>
    public ScriptMethodSource(string name, bool isStatic, string source)
    {
        Name = name;
        IsStatic = isStatic;
        Source = source;
    }

    /// <summary>The TorchScript method name.</summary>
    public string Name { get; }

    /// <summary>True for a static method (a free TorchScript function).</summary>
    public bool IsStatic { get; }

    /// <summary>The <c>def</c> with its body, constants as <c>{{name}}</c> placeholders.</summary>
    public string Source { get; }
}

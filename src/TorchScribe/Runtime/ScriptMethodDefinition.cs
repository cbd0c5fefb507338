using System;
using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>Writes one script method's TorchScript for one exported instance (generated per method).</summary>
/// <param name="writer">Receives the code: text compiled at build time, and the values only the instance knows.</param>
/// <param name="instance">The module being exported; null for a static method (a free function).</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void ScriptMethodWriter(ScriptCodeWriter writer, object? instance);

/// <summary>One script method of a class, as the compiler translated it at build time.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptMethodDefinition
{
    /// <summary>Creates a method definition (called by generated code).</summary>
    /// <param name="name">The TorchScript method name (<c>forward</c> for the forward).</param>
    /// <param name="isStatic">True for a static method, which becomes a free function.</param>
    /// <param name="write">Writes the method's <c>def</c> for an instance.</param>
    public ScriptMethodDefinition(string name, bool isStatic, ScriptMethodWriter write)
    {
        Name = name;
        IsStatic = isStatic;
        Write = write ?? throw new ArgumentNullException(nameof(write));
    }

    /// <summary>The TorchScript method name.</summary>
    public string Name { get; }

    /// <summary>True for a static method (a free TorchScript function).</summary>
    public bool IsStatic { get; }

    /// <summary>Writes the method's <c>def</c> and body for one instance.</summary>
    public ScriptMethodWriter Write { get; }
}

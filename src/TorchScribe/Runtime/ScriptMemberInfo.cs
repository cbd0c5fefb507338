using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>A registered component or attribute of a script class, known at compile time.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptMemberInfo
{
    /// <summary>Creates the description of a member.</summary>
    /// <param name="name">The registered name (the field name, or its <c>[ComponentName]</c>).</param>
    /// <param name="role">Parameter, buffer, submodule or attribute.</param>
    /// <param name="scriptType">The TorchScript type for attributes and tensors (e.g. <c>int</c>, <c>Optional[Tensor]</c>); null for submodules.</param>
    public ScriptMemberInfo(string name, ScriptMemberRole role, ScriptType? scriptType)
    {
        Name = name;
        Role = role;
        ScriptType = scriptType;
    }

    /// <summary>The registered name, which is also the TorchScript attribute name and the state-dict key.</summary>
    public string Name { get; }

    /// <summary>Parameter, buffer, submodule or attribute.</summary>
    public ScriptMemberRole Role { get; }

    /// <summary>The TorchScript type of tensors and attributes; null for submodules (their class decides).</summary>
    public ScriptType? ScriptType { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Role})";
}

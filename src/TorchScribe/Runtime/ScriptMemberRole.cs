namespace TorchScribe.Runtime;

/// <summary>What a member of a script class is to TorchSharp and to TorchScript.</summary>
public enum ScriptMemberRole
{
    /// <summary>A registered <c>Parameter</c>.</summary>
    Parameter,

    /// <summary>A registered buffer (a <c>Tensor</c> field).</summary>
    Buffer,

    /// <summary>A registered submodule.</summary>
    Submodule,

    /// <summary>A non-tensor value (int, float, bool, str, lists, tuples, dictionaries) stored as an attribute.</summary>
    Attribute,
}

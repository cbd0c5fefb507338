using System;

namespace TorchScribe;

/// <summary>
/// Excludes a member of a <see cref="ScriptClassAttribute"/> type from scripting, the counterpart of PyTorch's
/// <c>@torch.jit.ignore</c>.
/// </summary>
/// <remarks>
/// An ignored method is not analyzed and cannot be called from script code. An ignored field or property is neither
/// registered as a module component nor exported.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class ScriptIgnoreAttribute : Attribute
{
}

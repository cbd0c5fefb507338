using System;

namespace TorchScribe;

/// <summary>
/// Marks a TorchSharp module whose forward and <see cref="ScriptMethodAttribute"/> methods must stay in the
/// TorchScript-compatible subset of C#, the counterpart of PyTorch's <c>torch.jit.script</c>.
/// </summary>
/// <remarks>
/// The type must be <c>partial</c>: at build time TorchScribe generates its component registration, device moves and
/// its TorchScript translation into the other half of the class. Analyzers report every construct in script code that
/// has no TorchScript equivalent (diagnostics <c>TSB0001</c>–<c>TSB0007</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ScriptClassAttribute : Attribute
{
}

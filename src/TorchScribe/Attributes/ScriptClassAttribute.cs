using System;

namespace TorchScribe;

/// <summary>
/// Marks a type whose code must stay in the TorchScript-compatible subset of C#, the counterpart of PyTorch's
/// <c>torch.jit.script</c>: a TorchSharp module (its forward and <see cref="ScriptMethodAttribute"/> methods), a plain
/// class (all of its code: a TorchScript class), a readonly record struct (a NamedTuple), or an interface that modules
/// implement (a module interface, PyTorch's <c>torch.jit.interface</c>).
/// </summary>
/// <remarks>
/// The type must be <c>partial</c>: at build time TorchScribe generates its plumbing (component registration and device
/// moves for modules) and its TorchScript translation into the other half. Analyzers report every construct in script
/// code that has no TorchScript equivalent (diagnostics <c>TSB0001</c>–<c>TSB0008</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false, AllowMultiple = false)]
public sealed class ScriptClassAttribute : Attribute
{
}

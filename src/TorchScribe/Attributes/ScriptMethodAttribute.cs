using System;

namespace TorchScribe;

/// <summary>
/// Marks a method of a <see cref="ScriptClassAttribute"/> type as script code, the counterpart of PyTorch's
/// <c>@torch.jit.script_method</c>. A method named <c>Forward</c> becomes the module's forward.
/// </summary>
/// <remarks>
/// Static script methods become free TorchScript functions; instance methods become methods of the module's
/// TorchScript class. The module's <c>forward</c> override is script code without this attribute.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class ScriptMethodAttribute : Attribute
{
}

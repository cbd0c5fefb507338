using System;

namespace TorchScribe;

/// <summary>
/// Marks a <c>readonly</c> field whose per-instance value is inlined as a literal into the exported TorchScript,
/// the counterpart of PyTorch's <c>__constants__</c> / <c>Final</c>.
/// </summary>
/// <remarks>
/// Constants may hold <c>int</c>, <c>long</c>, <c>float</c>, <c>double</c>, <c>bool</c>, <c>string</c> or value
/// tuples of those. Branches on constants fold away when libtorch loads the exported module. Constants are never
/// registered as parameters or buffers.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class ScriptConstantAttribute : Attribute
{
}

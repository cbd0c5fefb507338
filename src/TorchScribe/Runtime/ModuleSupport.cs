using System;
using System.ComponentModel;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Runtime;

/// <summary>
/// What every generated [ScriptClass] does the same way, in one place instead of in every class: registering its
/// components without reflection, and moving them on <c>.to()</c>. Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ModuleSupport
{
    /// <summary>Registers <paramref name="submodule"/> as <paramref name="name"/> unless null or registered already.</summary>
    /// <param name="module">The module registering its component.</param>
    /// <param name="name">The registered name.</param>
    /// <param name="submodule">The field's value.</param>
    public static void Register(nn.Module module, string name, nn.Module? submodule)
    {
        if (submodule is not null && !IsRegistered(module, name))
            module.register_module(name, submodule);
    }

    /// <summary>Registers <paramref name="parameter"/> as <paramref name="name"/> unless null or registered already.</summary>
    /// <param name="module">The module registering its component.</param>
    /// <param name="name">The registered name.</param>
    /// <param name="parameter">The field's value.</param>
    public static void Register(nn.Module module, string name, Parameter? parameter)
    {
        if (parameter is null || IsRegistered(module, name))
            return;
        module.register_parameter(name, parameter);
        parameter.DetachFromDisposeScope();     // a module built inside a dispose scope keeps its weights
    }

    /// <summary>Registers <paramref name="buffer"/> as <paramref name="name"/> unless null or registered already.</summary>
    /// <param name="module">The module registering its component.</param>
    /// <param name="name">The registered name.</param>
    /// <param name="buffer">The field's value.</param>
    public static void Register(nn.Module module, string name, Tensor? buffer)
    {
        if (buffer is null || IsRegistered(module, name))
            return;
        module.register_buffer(name, buffer);
        buffer.DetachFromDisposeScope();
    }

    private static bool IsRegistered(nn.Module module, string name) =>
        module.has_parameter(name) || module.has_buffer(name) || module.named_children().Any(c => c.name == name);

    /// <summary>
    /// What <c>.to()</c> does to a module's own components, without reflection: moves every child, replaces every
    /// parameter and buffer that needs converting (through the module's own registration methods, which the generated
    /// code passes), and returns; the generated code then re-binds its fields to the replacements.
    /// </summary>
    /// <param name="module">The module being moved.</param>
    /// <param name="dtype">The target type, or null.</param>
    /// <param name="device">The target device, or null.</param>
    /// <param name="nonBlocking">Whether copies may be asynchronous.</param>
    /// <param name="registerParameter">The module's ConditionallyRegisterParameter.</param>
    /// <param name="registerBuffer">The module's ConditionallyRegisterBuffer.</param>
    public static void Move(nn.Module module, ScalarType? dtype, Device? device, bool nonBlocking,
        Action<string, Parameter?> registerParameter, Action<string, Tensor?, bool> registerBuffer)
    {
        if (dtype is null && device is null)
            throw new ArgumentNullException(nameof(dtype), "dtype and device are both null.");
        foreach (var (_, child) in module.named_children().ToArray())
        {
            if (device is null)
                child.to(dtype!.Value, nonBlocking);
            else if (dtype is null)
                child.to(device, nonBlocking);
            else
                child.to(device, dtype.Value, nonBlocking);
        }
        foreach (var (name, parameter) in module.named_parameters(false).ToArray())
        {
            if (!Replacements.Parameter(dtype, device, parameter, out Parameter? moved))
                continue;
            parameter.Dispose();
            registerParameter(name, moved);
        }
        foreach (var (name, buffer) in module.named_buffers(false).ToArray())
        {
            if (Replacements.Buffer(dtype, device, buffer, out Tensor? moved))
                registerBuffer(name, moved, true);
        }
    }

    /// <summary>TorchSharp's own replacement rules (protected members of Module), reached from a class that derives from it.</summary>
    private sealed class Replacements : nn.Module
    {
        private Replacements()
            : base(nameof(Replacements))
        {
        }

        public static bool Parameter(ScalarType? dtype, Device? device, Parameter parameter, out Parameter? moved) =>
            ReplaceParameter(dtype, device, parameter, out moved);

        public static bool Buffer(ScalarType? dtype, Device? device, Tensor buffer, out Tensor? moved) =>
            ReplaceBuffer(dtype, device, buffer, out moved);
    }
}

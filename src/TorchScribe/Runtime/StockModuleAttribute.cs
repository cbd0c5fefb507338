using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace TorchScribe.Runtime;

/// <summary>
/// Declares a stock TorchSharp module type that export translates, and the translation that does it. The one list of
/// exportable stock modules: export reads it at run time, and the compiler reads it from this assembly's metadata to
/// decide which module fields script code may use.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StockModuleAttribute : Attribute
{
    /// <summary>Declares <paramref name="moduleType"/> exportable through <paramref name="translation"/>.</summary>
    /// <param name="moduleType">The TorchSharp module type (an open generic type for containers).</param>
    /// <param name="translation">A type with a parameterless constructor that implements the translation.</param>
    public StockModuleAttribute(Type moduleType, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type translation)
    {
        ModuleType = moduleType;
        Translation = translation;
    }

    /// <summary>The TorchSharp module type.</summary>
    public Type ModuleType { get; }

    /// <summary>The translation's type.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    public Type Translation { get; }

    /// <summary>
    /// For a native-backed module whose options TorchSharp cannot read back: the torch.nn factories (and the
    /// <see cref="ScriptModules"/> replacements of the same name) that create it.
    /// </summary>
    public string[] RecordingFactories { get; set; } = Array.Empty<string>();

    /// <summary>
    /// For a module whose hidden options matter only in some configurations: the factory parameter that makes them
    /// matter. The torch.nn factory is enough when that argument is left out or is the constant
    /// <see cref="RecordingUnneededValue"/>; for example, dropout between the layers of a GRU matters only when
    /// <c>numLayers</c> is not 1. Export makes the same decision from the module itself.
    /// </summary>
    public string? RecordingUnneededParameter { get; set; }

    /// <summary>The value of <see cref="RecordingUnneededParameter"/> for which recording is not needed.</summary>
    public long RecordingUnneededValue { get; set; }
}

using System.Collections.Generic;
using TorchScribe.Runtime;

namespace TorchScribe.Export;

/// <summary>What a member of an exported module is.</summary>
internal enum MemberKind
{
    Parameter,
    Buffer,
    Submodule,
    Attribute,
}

/// <summary>
/// One member of a module being exported: its TorchScript attribute name, kind, declared type (null for submodules,
/// whose class decides) and value (a Tensor, a Module, a plain value, or null).
/// </summary>
internal sealed record MemberValue(string Name, MemberKind Kind, ScriptType? ScriptType, object? Value);

/// <summary>
/// A module instance described for export, before its children are exported: a [ScriptClass] through its generated
/// definition, or a stock TorchSharp module through its built-in translation.
/// </summary>
internal sealed class ModuleDescription
{
    public ModuleDescription(ScriptClassName className)
    {
        ClassName = className;
    }

    /// <summary>The TorchScript class name before de-duplication.</summary>
    public ScriptClassName ClassName { get; }

    public List<MemberValue> Members { get; } = new();

    /// <summary>Method sources, final (constants filled, loops unrolled), indented for a class body.</summary>
    public List<string> Methods { get; } = new();

    /// <summary>The names of the class's methods (every module has forward), which no member may be saved under.</summary>
    public HashSet<string> MethodNames { get; } = new(System.StringComparer.Ordinal) { "forward" };

    /// <summary>The ops its code (and the free functions it calls) needs a newer PyTorch for.</summary>
    public List<ScriptOpRequirement> PyTorchRequirements { get; } = new();

    /// <summary>Free-function modules this class's code calls: module name → source.</summary>
    public Dictionary<string, string> Functions { get; } = new();

    /// <summary>The plain classes, NamedTuples and module interfaces its code names: class → source.</summary>
    public Dictionary<ScriptClassName, string> ValueClasses { get; } = new();

    public int FileVersion { get; set; } = 3;
}

/// <summary>A TorchScript class as it is written to the archive: final qualified name and full source.</summary>
internal sealed class ScriptClass
{
    public ScriptClass(ScriptClassName name, string source, IReadOnlyList<string> attributeOrder)
    {
        ClassName = name;
        Source = source;
        AttributeOrder = attributeOrder;
    }

    /// <summary>The final name (mangled when other code already has the base name).</summary>
    public ScriptClassName ClassName { get; }

    /// <summary>The <c>class Name(Module):</c> definition.</summary>
    public string Source { get; }

    /// <summary>Declared attributes in order: the pickled object's dictionary lists them in this order.</summary>
    public IReadOnlyList<string> AttributeOrder { get; }

}

/// <summary>A module instance as pickled into <c>data.pkl</c>: its class and its attribute values.</summary>
internal sealed class ScriptObject
{
    public ScriptObject(ScriptClass scriptClass, IReadOnlyDictionary<string, (ScriptType Type, object? Value)> attributes)
    {
        Class = scriptClass;
        Attributes = attributes;
    }

    public ScriptClass Class { get; }

    /// <summary>Attribute name → (TorchScript type, value).</summary>
    public IReadOnlyDictionary<string, (ScriptType Type, object? Value)> Attributes { get; }
}

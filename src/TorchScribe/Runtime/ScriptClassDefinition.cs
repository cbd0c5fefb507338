using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>
/// Everything the build knows about a script class: its TorchScript qualified name, translated methods, members and,
/// when the class could not be translated, why. Generated once per class.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptClassDefinition
{
    private readonly Func<ScriptClassDefinition>[] dependencies;

    /// <summary>Creates a definition (called by generated code).</summary>
    /// <param name="clrName">The C# type name, for messages.</param>
    /// <param name="scriptModule">The TorchScript module the class is declared in, e.g. <c>__torch__.MyApp</c>.</param>
    /// <param name="scriptName">The TorchScript class name, e.g. <c>Block</c>.</param>
    /// <param name="kind">A module, a plain class, a NamedTuple or a module interface.</param>
    /// <param name="fileVersion">The archive version its operators need.</param>
    /// <param name="members">Registered components and attributes, in declaration order.</param>
    /// <param name="methods">The translated script methods.</param>
    /// <param name="pyTorchRequirements">The ops its TorchScript calls that only newer PyTorch releases have.</param>
    /// <param name="errors">Why the class cannot be exported; empty when it can.</param>
    /// <param name="dependencies">Classes whose static script methods this one calls, and the plain classes, NamedTuples and module interfaces its code names.</param>
    public ScriptClassDefinition(
        string clrName,
        string scriptModule,
        string scriptName,
        ScriptClassKind kind,
        int fileVersion,
        IReadOnlyList<ScriptMemberInfo> members,
        IReadOnlyList<ScriptMethodDefinition> methods,
        IReadOnlyList<ScriptOpRequirement> pyTorchRequirements,
        IReadOnlyList<string> errors,
        params Func<ScriptClassDefinition>[] dependencies)
    {
        PyTorchRequirements = pyTorchRequirements;
        ClrName = clrName;
        ScriptModule = scriptModule;
        ScriptName = scriptName;
        Kind = kind;
        FileVersion = fileVersion;
        Members = members;
        Methods = methods;
        Errors = errors;
        this.dependencies = dependencies;
    }

    /// <summary>The definition <paramref name="define"/> gives, or <see cref="NotGenerated"/> when it gives none (called by generated code).</summary>
    /// <param name="define">Runs the class's generated definition, if the build generated one.</param>
    /// <param name="clrName">The C# type name.</param>
    public static ScriptClassDefinition Define(Func<ScriptClassDefinition?> define, string clrName) => define() ?? NotGenerated(clrName);

    /// <summary>
    /// The definition of a class whose translation was not generated: the compilation that built it skipped the
    /// generator's implementation outputs (as editors may), so it cannot be exported.
    /// </summary>
    /// <param name="clrName">The C# type name.</param>
    public static ScriptClassDefinition NotGenerated(string clrName) => new(clrName, "", "", ScriptClassKind.Module, 3, Array.Empty<ScriptMemberInfo>(), Array.Empty<ScriptMethodDefinition>(), Array.Empty<ScriptOpRequirement>(),
        new[] { "its TorchScript translation was not generated: the compilation ran without the source generator's implementation outputs (as editors may); build it with dotnet build or msbuild" });

    /// <summary>The C# type name.</summary>
    public string ClrName { get; }

    /// <summary>The TorchScript module the class is declared in.</summary>
    public string ScriptModule { get; }

    /// <summary>The TorchScript class name.</summary>
    public string ScriptName { get; }

    /// <summary>A module, a plain class, a NamedTuple or a module interface.</summary>
    public ScriptClassKind Kind { get; }

    /// <summary>The TorchScript qualified class name.</summary>
    public string QualifiedName => ScriptModule + "." + ScriptName;

    /// <summary>The lowest archive version whose operator semantics match the C# code.</summary>
    public int FileVersion { get; }

    /// <summary>Registered components and attributes, in declaration order.</summary>
    public IReadOnlyList<ScriptMemberInfo> Members { get; }

    /// <summary>The translated script methods, instance and static.</summary>
    public IReadOnlyList<ScriptMethodDefinition> Methods { get; }

    /// <summary>Why the class cannot be exported (the build's TSB errors); empty when it can.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The ops its TorchScript calls that only newer PyTorch releases have.</summary>
    public IReadOnlyList<ScriptOpRequirement> PyTorchRequirements { get; }

    /// <summary>The module holding this class's static script methods as free functions.</summary>
    public string FunctionsModule => QualifiedName + "_functions";

    /// <summary>Classes whose static script methods this class calls, and the plain classes, NamedTuples and module interfaces its code names.</summary>
    public IEnumerable<ScriptClassDefinition> Dependencies
    {
        get
        {
            foreach (Func<ScriptClassDefinition> dependency in dependencies)
                yield return dependency();
        }
    }
}

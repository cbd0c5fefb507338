using System;
using System.ComponentModel;
using System.Linq;
using TorchScribe.Shared;

namespace TorchScribe.Runtime;

/// <summary>
/// The TorchScript functions that give exported code C#'s integer and float32 arithmetic, as the definition of a class
/// whose static methods they are: generated definitions list it as a dependency when their code calls them, so the
/// archive carries them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptSemantics
{
    /// <summary>The definition whose free functions are the arithmetic helpers (referenced by generated code).</summary>
    public static ScriptClassDefinition TorchScribeDefinition { get; } = new(
        "TorchScribe C# arithmetic",
        CSharpSemantics.ScriptModule,
        CSharpSemantics.ScriptName,
        ScriptClassKind.Module,     // as a module's, only its free functions reach the archive
        3,
        Array.Empty<ScriptMemberInfo>(),
        CSharpSemantics.Functions.Select(f => new ScriptMethodDefinition(f.Key, isStatic: true, (writer, _) => writer.Text(f.Value))).ToArray(),
        Array.Empty<ScriptOpRequirement>(),
        Array.Empty<string>());
}

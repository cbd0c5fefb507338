using System.Linq;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Generator;

/// <summary>The C# expression that builds a <see cref="ScriptType"/> in generated code.</summary>
internal static class ScriptTypeSyntax
{
    private const string Type = "global::TorchScribe.Runtime.ScriptType";

    public static string Of(ScriptType type) => type.Kind switch
    {
        ScriptTypeKind.Tensor => Type + ".Tensor",
        ScriptTypeKind.Int => Type + ".Int",
        ScriptTypeKind.Float => Type + ".Float",
        ScriptTypeKind.Bool => Type + ".Bool",
        ScriptTypeKind.Str => Type + ".Str",
        ScriptTypeKind.Device => Type + ".Device",
        ScriptTypeKind.None => Type + ".None",
        ScriptTypeKind.List => $"{Type}.List({Of(type.Arguments[0])})",
        ScriptTypeKind.Dict => $"{Type}.Dict({Of(type.Arguments[0])}, {Of(type.Arguments[1])})",
        ScriptTypeKind.Tuple => $"{Type}.Tuple({string.Join(", ", type.Arguments.Select(Of))})",
        ScriptTypeKind.Optional => $"{Type}.Optional({Of(type.Arguments[0])})",
        _ => type.ClassName is null ? Type + ".Module" : $"{Type}.Class({CSharpLiteral.String(type.ClassName)})",
    };
}

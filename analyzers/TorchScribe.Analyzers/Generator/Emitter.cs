using System;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>What both generated files share: the header and the enclosing namespace and types.</summary>
internal static class Emitter
{
    public const string ToolName = "TorchScribe";
    public const string Runtime = "global::TorchScribe.Runtime";

    public static string GeneratedCodeAttribute(string version) => $"[global::System.CodeDom.Compiler.GeneratedCode(\"{ToolName}\", \"{version}\")]";

    /// <summary>Writes the header, opens the namespace and containers, runs <paramref name="body"/> inside, and closes them.</summary>
    public static string File(TypeScopeModel scope, string classHeader, Action<CSharpWriter> body, string? classAttribute = null)
    {
        var writer = new CSharpWriter();
        writer.Line(GeneratedCode.Marker);
        writer.Line("#nullable enable");
        writer.Line();
        if (scope.Namespace is not null)
            writer.Open($"namespace {scope.Namespace}");
        foreach (ContainerModel container in scope.Containers)
            writer.Open($"partial {container.Keyword} {container.NameWithTypeParameters}");
        if (classAttribute is not null)
            writer.Line(classAttribute);
        writer.Open(classHeader);
        body(writer);
        writer.Close();
        foreach (ContainerModel _ in scope.Containers)
            writer.Close();
        if (scope.Namespace is not null)
            writer.Close();
        return writer.ToString();
    }
}

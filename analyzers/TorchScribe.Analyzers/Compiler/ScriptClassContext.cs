using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>What translating any method of one [ScriptClass] needs to know about the class.</summary>
internal sealed class ScriptClassContext
{
    private readonly Dictionary<ISymbol, ScriptMember> membersBySymbol;

    public ScriptClassContext(INamedTypeSymbol type, KnownSymbols known)
    {
        Type = type;
        Known = known;
        Members = ScriptMembers.Collect(type, known);
        membersBySymbol = Members.ToDictionary(m => m.Symbol, m => m, SymbolEqualityComparer.Default);
        QualifiedName = QualifiedNameOf(type);
    }

    public INamedTypeSymbol Type { get; }

    public KnownSymbols Known { get; }

    public ImmutableArray<ScriptMember> Members { get; }

    /// <summary>The TorchScript qualified name, e.g. <c>__torch__.MyApp.Models.Block</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>The module that holds this class's static script methods as free functions.</summary>
    public string FunctionsModule => QualifiedNameOf(Type) + "_functions";

    public ScriptMember? MemberOf(ISymbol symbol) =>
        membersBySymbol.TryGetValue(symbol.OriginalDefinition, out ScriptMember member) ? member : null;

    /// <summary>True for the module's forward: a <c>forward</c> override or a <c>[ScriptMethod]</c> named <c>Forward</c>.</summary>
    public bool IsForward(IMethodSymbol method) => IsForward(method, Known);

    public static bool IsForward(IMethodSymbol method, KnownSymbols known) =>
        method.MethodKind == MethodKind.Ordinary && !method.IsStatic
        && ((method.Name == "forward" && method.IsOverride)
            || (method.Name == "Forward" && known.HasAttribute(method, known.ScriptMethodAttribute)));

    /// <summary>The TorchScript name of a method of a [ScriptClass] (forward for the forward).</summary>
    public string ScriptNameOf(IMethodSymbol method) => ScriptNameOf(method, Known);

    public static string ScriptNameOf(IMethodSymbol method, KnownSymbols known) =>
        IsForward(method, known) ? "forward" : ScriptSyntax.SafeIdentifier(method.Name);

    /// <summary><c>__torch__</c> + namespace + containing types + name, each part a TorchScript identifier.</summary>
    public static string QualifiedNameOf(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            parts.Insert(0, ScriptSyntax.SafeIdentifier(current.MetadataName.Replace('`', '_')));
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            parts.Insert(0, ScriptSyntax.SafeIdentifier(ns.Name));
        parts.Insert(0, "__torch__");
        return string.Join(".", parts);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>What lowering any method of one [ScriptClass] needs to know about the class.</summary>
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
    public string FunctionsModule => FunctionsModuleOf(Type);

    public ScriptMember? MemberOf(ISymbol symbol) =>
        membersBySymbol.TryGetValue(symbol.OriginalDefinition, out ScriptMember member) ? member : null;

    public bool IsForward(IMethodSymbol method) => ScriptClassShape.IsForward(method, Known);

    /// <summary>The TorchScript name of a method of a [ScriptClass] (forward for the forward, __init__ for a plain class's constructor).</summary>
    public string ScriptNameOf(IMethodSymbol method) => ScriptNameOf(method, Known);

    public static string ScriptNameOf(IMethodSymbol method, KnownSymbols known) =>
        method.MethodKind == MethodKind.Constructor ? "__init__"
        : ScriptClassShape.IsForward(method, known) ? "forward"
        : ScriptSyntax.SafeIdentifier(method.Name);

    /// <summary><c>__torch__</c> + namespace + containing types + name, each part a TorchScript identifier.</summary>
    public static string QualifiedNameOf(INamedTypeSymbol type) => ScriptModuleOf(type) + "." + ScriptNameOf(type);

    /// <summary>The TorchScript module a class is declared in: <c>__torch__</c> + namespace + containing types.</summary>
    public static string ScriptModuleOf(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
            parts.Insert(0, ScriptNameOf(current));
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            parts.Insert(0, ScriptSyntax.SafeIdentifier(ns.Name));
        parts.Insert(0, "__torch__");
        return string.Join(".", parts);
    }

    /// <summary>A class's own TorchScript name.</summary>
    public static string ScriptNameOf(INamedTypeSymbol type) => ScriptSyntax.SafeIdentifier(type.MetadataName.Replace('`', '_'));

    /// <summary>The module of free functions a class's static script methods become.</summary>
    public static string FunctionsModuleOf(INamedTypeSymbol type) => QualifiedNameOf(type) + "_functions";
}

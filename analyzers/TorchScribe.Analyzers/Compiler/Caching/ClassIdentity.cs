using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// A class's identity in the caches, <c>Assembly|Namespace.Outer`1+Inner</c>, made of metadata names so that it can be
/// read off a symbol (as the analyzers have) or off syntax alone (as the generator has before it binds anything).
/// </summary>
internal static class ClassIdentity
{
    public static string Of(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            names.Insert(0, current.MetadataName);
        var namespaces = new List<string>();
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            namespaces.Insert(0, ns.Name);
        return type.ContainingAssembly?.Name + Format(namespaces, names);
    }

    /// <summary>The identity of the class <paramref name="declaration"/> declares, in <paramref name="assembly"/>.</summary>
    public static string Of(TypeDeclarationSyntax declaration, IAssemblySymbol assembly) => assembly.Name + InAssembly(declaration);

    /// <summary>The identity without the assembly name: <c>|Namespace.Outer`1+Inner</c>.</summary>
    public static string InAssembly(TypeDeclarationSyntax declaration)
    {
        var names = new List<string>();
        var namespaces = new List<string>();
        for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax type:
                    int arity = type.TypeParameterList?.Parameters.Count ?? 0;
                    names.Insert(0, arity == 0 ? type.Identifier.ValueText : type.Identifier.ValueText + "`" + arity);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    namespaces.InsertRange(0, NamesOf(ns.Name));
                    break;
            }
        }
        return Format(namespaces, names);
    }

    private static IEnumerable<string> NamesOf(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => NamesOf(qualified.Left).Concat(NamesOf(qualified.Right)),
        AliasQualifiedNameSyntax alias => NamesOf(alias.Name),
        SimpleNameSyntax simple => new[] { simple.Identifier.ValueText },
        _ => Enumerable.Empty<string>(),
    };

    private static string Format(List<string> namespaces, List<string> names)
    {
        var text = new StringBuilder("|");
        foreach (string ns in namespaces)
            text.Append(ns).Append('.');
        return text.Append(string.Join("+", names)).ToString();
    }
}

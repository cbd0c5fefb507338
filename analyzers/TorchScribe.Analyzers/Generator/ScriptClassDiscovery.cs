using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Finds the [ScriptClass] candidates of a compilation by syntax alone: classes with an attribute spelled like the
/// attribute or like an alias of it, each with all of its partial declarations. Binding waits until a candidate's key
/// changes, so an edit costs the keys of the project's classes (hashes kept per syntax node), not their binding.
/// Whether a candidate really is a [ScriptClass] is decided when it is bound (<see cref="ScriptClassInput.Symbol"/>).
/// </summary>
internal static class ScriptClassDiscovery
{
    private const string AttributeName = "ScriptClass";

    private static readonly ConditionalWeakTable<SyntaxTree, Box<ImmutableArray<string>>> Aliases = new();
    private static readonly ConditionalWeakTable<SyntaxNode, Box<string>> Identities = new();

    /// <summary>
    /// A type declaration that may be a part of a [ScriptClass] (a class, a record struct or struct, an interface): one
    /// with attributes, or any partial one.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is ClassDeclarationSyntax or StructDeclarationSyntax or InterfaceDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword }
        && ((TypeDeclarationSyntax)node is var declaration && (declaration.AttributeLists.Count > 0 || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)));

    /// <summary>The candidates among <paramref name="declarations"/> (the compilation's candidate declarations, in tree order), by identity.</summary>
    public static ImmutableArray<ScriptClassInput> Inputs(ImmutableArray<TypeDeclarationSyntax> declarations, Compilation compilation, CancellationToken cancellationToken)
    {
        if (declarations.IsEmpty || !KnownSymbols.For(compilation).IsUsable)
            return ImmutableArray<ScriptClassInput>.Empty;
        var names = new HashSet<string>(System.StringComparer.Ordinal) { AttributeName, AttributeName + "Attribute" };
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
            names.UnionWith(AliasesIn(tree));
        var classes = new Dictionary<string, List<SyntaxNode>>(System.StringComparer.Ordinal);
        var marked = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (TypeDeclarationSyntax declaration in declarations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string identity = Identities.GetValue(declaration, static d => new Box<string>(ClassIdentity.InAssembly((TypeDeclarationSyntax)d))).Value;
            if (!classes.TryGetValue(identity, out var parts))
                classes[identity] = parts = new List<SyntaxNode>();
            parts.Add(declaration);
            if (declaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => names.Contains(SimpleNameOf(a.Name))))
                marked.Add(identity);
        }
        string assembly = compilation.Assembly.Name;
        return marked.OrderBy(i => i, System.StringComparer.Ordinal)
            .Select(i => ScriptClassInput.FromSyntax(assembly + i, classes[i].ToImmutableArray(), compilation))
            .ToImmutableArray();
    }

    private static string SimpleNameOf(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    /// <summary>Names of using aliases in <paramref name="tree"/> (global ones apply to every file) that name the attribute.</summary>
    private static ImmutableArray<string> AliasesIn(SyntaxTree tree) => Aliases.GetValue(tree, static t => new Box<ImmutableArray<string>>(
        t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()
            .Where(u => u.Alias is not null && u.Name is { } target && SimpleNameOf(target) is AttributeName or AttributeName + "Attribute")
            .Select(u => u.Alias!.Name.Identifier.ValueText)
            .ToImmutableArray())).Value;

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}

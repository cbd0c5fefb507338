using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// For every name a compilation declares where binding looks names up (types, extension methods, global usings), the
/// fingerprint of what those declarations show other code. A class's translation depends on the entries of the names
/// it mentions: when none of them changes, neither can its binding. TorchScribe's generated files are left out, so a
/// compilation reads the same with and without them.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>The entry that global using directives (which affect every file) are filed under.</summary>
    public const string GlobalUsings = "<global using>";

    private static readonly ConditionalWeakTable<Compilation, NameIndex> ByCompilation = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> ByTree = new();

    private readonly Dictionary<string, Hash128> entries;

    private NameIndex(Dictionary<string, Hash128> entries) => this.entries = entries;

    public static NameIndex For(Compilation compilation) => ByCompilation.GetValue(compilation, static c =>
    {
        var entries = new Dictionary<string, Hash128>(System.StringComparer.Ordinal);
        foreach (SyntaxTree tree in c.SyntaxTrees)
        {
            if (GeneratedCode.IsTorchScribeTree(tree))
                continue;
            foreach (var (name, fingerprint) in ByTree.GetValue(tree, static t => new TreeDeclarations(t)).Entries)
                entries[name] = (entries.TryGetValue(name, out Hash128 existing) ? existing : Hash128.Zero) + fingerprint;
        }
        return new NameIndex(entries);
    });

    /// <summary>The combined fingerprint of the declarations of <paramref name="names"/> (and of global usings).</summary>
    public Hash128 FingerprintOf(IEnumerable<string> names)
    {
        Hash128 result = entries.TryGetValue(GlobalUsings, out Hash128 global) ? Hash128.Zero + global : Hash128.Zero;
        foreach (string name in names.Distinct(System.StringComparer.Ordinal))
        {
            if (entries.TryGetValue(name, out Hash128 fingerprint))
                result += Hash128.Start.Add(name).Add(fingerprint);
        }
        return result;
    }

    /// <summary>The declarations one syntax tree contributes, computed once per tree.</summary>
    private sealed class TreeDeclarations
    {
        public TreeDeclarations(SyntaxTree tree)
        {
            var entries = ImmutableArray.CreateBuilder<(string, Hash128)>();
            SyntaxNode root = tree.GetRoot();
            if (root is CompilationUnitSyntax unit)
            {
                foreach (UsingDirectiveSyntax directive in unit.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
                    entries.Add((GlobalUsings, SyntaxFingerprints.TokensOf(directive)));
            }
            foreach (SyntaxNode node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case BaseTypeDeclarationSyntax type:
                        entries.Add((type.Identifier.ValueText, SyntaxFingerprints.TopLevelOf(type)));
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        entries.Add((@delegate.Identifier.ValueText, SyntaxFingerprints.TokensOf(@delegate)));
                        break;
                    case MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 0 } parameters } extension
                        when parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword):
                        entries.Add((extension.Identifier.ValueText, SyntaxFingerprints.TopLevelOf(extension)));
                        break;
                }
            }
            Entries = entries.ToImmutable();
        }

        public ImmutableArray<(string Name, Hash128 Fingerprint)> Entries { get; }
    }
}

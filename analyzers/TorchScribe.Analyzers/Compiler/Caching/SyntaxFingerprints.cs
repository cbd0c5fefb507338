using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// Hashes of syntax that ignore comments and whitespace, each computed once per syntax node (an unchanged tree keeps
/// its nodes across edits of other files, so their hashes are reused).
/// </summary>
internal static class SyntaxFingerprints
{
    private static readonly ConditionalWeakTable<SyntaxNode, Box<Hash128>> Tokens = new();
    private static readonly ConditionalWeakTable<SyntaxNode, Box<Hash128>> TopLevels = new();
    private static readonly ConditionalWeakTable<SyntaxNode, Box<ImmutableArray<string>>> Identifiers = new();

    /// <summary>Every token of <paramref name="node"/>, by kind and text.</summary>
    public static Hash128 TokensOf(SyntaxNode node) => Tokens.GetValue(node, static n =>
    {
        Hash128 hash = Hash128.Start;
        foreach (SyntaxToken token in n.DescendantTokens())
            hash = hash.Add((int)token.RawKind).Add(token.Text);
        return new Box<Hash128>(hash);
    }).Value;

    /// <summary>
    /// What other code can see of a type declaration: its attributes, modifiers, name, bases and constraints, and its
    /// members' declarations with field and property initializers, without method bodies and without nested types
    /// (which have fingerprints of their own).
    /// </summary>
    public static Hash128 TopLevelOf(SyntaxNode declaration) => TopLevels.GetValue(declaration, static n =>
    {
        Hash128 hash = Hash128.Start;
        foreach (SyntaxToken token in n.DescendantTokens(child => !IsHiddenBody(child, n)))
        {
            if (!IsInsideHiddenBody(token, n))
                hash = hash.Add((int)token.RawKind).Add(token.Text);
        }
        return new Box<Hash128>(hash);
    }).Value;

    /// <summary>The distinct identifiers <paramref name="node"/> mentions: the names its binding may look up.</summary>
    public static ImmutableArray<string> IdentifiersOf(SyntaxNode node) => Identifiers.GetValue(node, static n =>
        new Box<ImmutableArray<string>>(n.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .Select(t => t.ValueText).Distinct(System.StringComparer.Ordinal).ToImmutableArray())).Value;

    private static bool IsHiddenBody(SyntaxNode child, SyntaxNode root) =>
        child != root && (child is BlockSyntax or ArrowExpressionClauseSyntax && child.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
            || child is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);

    private static bool IsInsideHiddenBody(SyntaxToken token, SyntaxNode root)
    {
        for (SyntaxNode? node = token.Parent; node is not null && node != root; node = node.Parent)
        {
            if (IsHiddenBody(node, root))
                return true;
        }
        return false;
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}

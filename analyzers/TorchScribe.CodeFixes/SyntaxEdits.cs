using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TorchScribe.CodeFixes;

/// <summary>Small syntax edits the fixes share.</summary>
internal static class SyntaxEdits
{
    /// <summary>
    /// Adds a modifier after the existing ones (so <c>partial</c> lands right before the type keyword, where C#
    /// requires it). With no modifiers yet, the token after the attributes gives its leading trivia (indentation,
    /// comments) to the new first token.
    /// </summary>
    public static TNode AddModifier<TNode>(TNode node, SyntaxKind modifier) where TNode : MemberDeclarationSyntax
    {
        if (node.Modifiers.Any(modifier))
            return node;
        SyntaxToken token = Token(modifier).WithTrailingTrivia(Space);
        if (node.Modifiers.Count > 0)
            return (TNode)node.WithModifiers(node.Modifiers.Add(token));
        SyntaxToken next = node.AttributeLists.Count > 0 ? node.AttributeLists.Last().GetLastToken().GetNextToken() : node.GetFirstToken();
        var moved = node.ReplaceToken(next, next.WithLeadingTrivia());
        return (TNode)moved.WithModifiers(TokenList(token.WithLeadingTrivia(next.LeadingTrivia)));
    }

    /// <summary>The document with <paramref name="oldNode"/> replaced: the body of most single-node fixes.</summary>
    public static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode) =>
        Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode)));

    /// <summary>Adds an attribute list <c>[Name]</c> in front of a member or type, keeping its indentation.</summary>
    public static TNode AddAttribute<TNode>(TNode node, string name) where TNode : MemberDeclarationSyntax
    {
        SyntaxTriviaList leading = node.GetLeadingTrivia();
        var trailing = new System.Collections.Generic.List<SyntaxTrivia> { EndOfLine("\n") };
        if (leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia))
            trailing.Add(leading.Last());    // the member's own indentation, now after the attribute
        AttributeListSyntax list = AttributeList(SingletonSeparatedList(Attribute(ParseName(name))))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(trailing);
        return (TNode)node.WithoutLeadingTrivia().WithAttributeLists(node.AttributeLists.Insert(0, list));
    }
}

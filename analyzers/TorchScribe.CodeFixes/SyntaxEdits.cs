using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TorchScribe.CodeFixes;

/// <summary>Small syntax edits the fixes share.</summary>
internal static class SyntaxEdits
{
    /// <summary>Adds <c>partial</c> right before the type keyword, where C# requires it.</summary>
    public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            return declaration;
        SyntaxToken partial = Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(Space);
        if (declaration.Modifiers.Count == 0)
        {
            // Keep the keyword's leading trivia (indentation, comments) in front of the new first token.
            SyntaxToken keyword = declaration.Keyword;
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia())
                .WithModifiers(TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
        }
        return declaration.WithModifiers(declaration.Modifiers.Add(partial));
    }

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

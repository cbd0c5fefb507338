using Microsoft.CodeAnalysis.CSharp;

namespace TorchScribe.Analyzers.Compiler.Symbols;

/// <summary>How generated C# spells a user's identifiers: keywords and contextual keywords take an '@'.</summary>
internal static class CSharpNames
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TorchScribe.CodeFixes;

/// <summary>TSB0101: makes a [ScriptConstant] field readonly.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeReadOnlyCodeFix)), Shared]
public sealed class MakeReadOnlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidScriptConstant);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ScriptClassDeclarationAnalyzer.ProblemProperty, out string? problem) || problem != "ReadOnly")
                continue;
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<FieldDeclarationSyntax>() is not { } field)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create("Make the constant readonly", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(field, AddReadOnly(field)))), nameof(MakeReadOnlyCodeFix)),
                diagnostic);
        }
    }

    private static FieldDeclarationSyntax AddReadOnly(FieldDeclarationSyntax field)
    {
        if (field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            return field;
        SyntaxToken readOnly = Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(Space);
        if (field.Modifiers.Count == 0)
        {
            TypeSyntax type = field.Declaration.Type;
            return field
                .WithDeclaration(field.Declaration.WithType(type.WithLeadingTrivia()))
                .WithModifiers(TokenList(readOnly.WithLeadingTrivia(type.GetLeadingTrivia())));
        }
        return field.WithModifiers(field.Modifiers.Add(readOnly));
    }
}

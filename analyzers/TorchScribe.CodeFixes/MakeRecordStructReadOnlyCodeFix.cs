using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.CodeFixes;

/// <summary>
/// TSB0110 on a positional record struct that is not readonly: makes it readonly, so it is the immutable value a
/// NamedTuple is. Other structs need their fields turned into positional parameters, which only the user can decide.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeRecordStructReadOnlyCodeFix)), Shared]
public sealed class MakeRecordStructReadOnlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ScriptStructNotNamedTuple);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<RecordDeclarationSyntax>() is not { } record
            || !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) || record.ParameterList is null
            || record.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            return;
        context.RegisterCodeFix(
            CodeAction.Create("Make the record struct readonly", _ => SyntaxEdits.Replace(context.Document, root, record, ReadOnly(record)), nameof(MakeRecordStructReadOnlyCodeFix)),
            context.Diagnostics);
    }

    /// <summary><c>readonly</c> before <c>partial</c>, which C# wants right before <c>record</c>.</summary>
    private static RecordDeclarationSyntax ReadOnly(RecordDeclarationSyntax record)
    {
        int partial = record.Modifiers.IndexOf(SyntaxKind.PartialKeyword);
        if (partial < 0)
            return SyntaxEdits.AddModifier(record, SyntaxKind.ReadOnlyKeyword);
        SyntaxToken existing = record.Modifiers[partial];
        SyntaxToken readOnly = SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithLeadingTrivia(existing.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space);
        return record.WithModifiers(record.Modifiers.Replace(existing, existing.WithLeadingTrivia()).Insert(partial, readOnly));
    }
}

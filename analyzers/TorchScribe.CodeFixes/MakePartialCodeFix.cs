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

/// <summary>TSB0100: adds <c>partial</c> to a [ScriptClass] declaration.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ScriptClassNotPartial);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            return;
        context.RegisterCodeFix(
            CodeAction.Create("Make the class partial", _ => SyntaxEdits.Replace(context.Document, root, declaration, SyntaxEdits.AddModifier(declaration, SyntaxKind.PartialKeyword)), nameof(MakePartialCodeFix)),
            context.Diagnostics);
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using TorchScribe.Analyzers.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TorchScribe.CodeFixes;

/// <summary>TSB0102: calls <c>RegisterComponents()</c> at the end of the constructor.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRegisterComponentsCodeFix)), Shared]
public sealed class AddRegisterComponentsCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingRegisterComponents);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not { } constructor)
            return;
        context.RegisterCodeFix(
            CodeAction.Create("Call RegisterComponents() at the end of the constructor",
                _ => SyntaxEdits.Replace(context.Document, root, constructor, AddCall(constructor)), nameof(AddRegisterComponentsCodeFix)),
            context.Diagnostics);
    }

    private static ConstructorDeclarationSyntax AddCall(ConstructorDeclarationSyntax constructor)
    {
        StatementSyntax call = ExpressionStatement(InvocationExpression(IdentifierName("RegisterComponents"))).WithAdditionalAnnotations(Formatter.Annotation);
        if (constructor.Body is { } body)
            return constructor.WithBody(body.AddStatements(call));

        // An expression-bodied constructor becomes a block: its expression, then the call.
        BlockSyntax block = Block(ExpressionStatement(constructor.ExpressionBody!.Expression.WithoutTrivia()), call)
            .WithTrailingTrivia(constructor.SemicolonToken.TrailingTrivia)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return constructor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }
}

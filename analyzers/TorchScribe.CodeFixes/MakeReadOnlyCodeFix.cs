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

namespace TorchScribe.CodeFixes;

/// <summary>TSB0101: makes a [ScriptConstant] field readonly.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeReadOnlyCodeFix)), Shared]
public sealed class MakeReadOnlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidScriptConstant);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

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
                CodeAction.Create("Make the constant readonly", _ => SyntaxEdits.Replace(context.Document, root, field, SyntaxEdits.AddModifier(field, SyntaxKind.ReadOnlyKeyword)), nameof(MakeReadOnlyCodeFix)),
                diagnostic);
        }
    }
}

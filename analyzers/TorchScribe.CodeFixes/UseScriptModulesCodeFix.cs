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

/// <summary>TSB0105: creates a native module through TorchScribe.ScriptModules, which records its options.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseScriptModulesCodeFix)), Shared]
public sealed class UseScriptModulesCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnrecordedNativeModule);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        bool imported = root.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.StaticKeyword == default && u.Name?.ToString() == "TorchScribe");
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ScriptClassDeclarationAnalyzer.FactoryProperty, out string? factory) || factory is null)
                continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax target)
                continue;
            ExpressionSyntax replacement = SyntaxFactory.ParseExpression((imported ? "ScriptModules." : "TorchScribe.ScriptModules.") + factory).WithTriviaFrom(target);
            context.RegisterCodeFix(CodeAction.Create($"Create it with ScriptModules.{factory}",
                _ => SyntaxEdits.Replace(context.Document, root, target, replacement), nameof(UseScriptModulesCodeFix)), diagnostic);
        }
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.CodeFixes;

/// <summary>
/// TSB0005, and TSB0109 and TSB0112 on a declaration: marks the member [ScriptIgnore] (it stays a plain .NET member,
/// outside the class's state and export), or marks the member's type [ScriptClass] when it is a class, struct or
/// interface of this solution, so it becomes scriptable itself: a module, a plain class, a NamedTuple or a module interface.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonScriptableMemberCodeFix)), Shared]
public sealed class NonScriptableMemberCodeFix : CodeFixProvider
{
    public const string IgnoreKey = nameof(NonScriptableMemberCodeFix) + ".Ignore";
    public const string ScriptClassKey = nameof(NonScriptableMemberCodeFix) + ".ScriptClass";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonScriptableMember, DiagnosticIds.UnexportableSubmodule, DiagnosticIds.PlainClassMember);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
            return;
        var known = KnownSymbols.For(model.Compilation);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            // TSB0005 is on a use of the member, TSB0109 and TSB0112 on its declaration.
            ISymbol? member = model.GetSymbolInfo(node, context.CancellationToken).Symbol ?? model.GetDeclaredSymbol(node, context.CancellationToken);
            if (member is not (IFieldSymbol or IPropertySymbol))
                continue;
            if (member.DeclaringSyntaxReferences.FirstOrDefault() is { } declaration)
            {
                context.RegisterCodeFix(CodeAction.Create($"Mark '{member.Name}' [ScriptIgnore]",
                    cancellationToken => AddAttributeAsync(context.Document.Project.Solution, declaration, "ScriptIgnore", makePartial: false, cancellationToken), IgnoreKey), diagnostic);
            }
            ITypeSymbol? type = (member as IFieldSymbol)?.Type ?? (member as IPropertySymbol)?.Type;
            if (type is INamedTypeSymbol named && ScriptMembers.CanBecomeScriptClass(named, known) && named.DeclaringSyntaxReferences.FirstOrDefault() is { } typeDeclaration)
            {
                context.RegisterCodeFix(CodeAction.Create($"Mark '{named.Name}' [ScriptClass]",
                    cancellationToken => AddAttributeAsync(context.Document.Project.Solution, typeDeclaration, "ScriptClass", makePartial: true, cancellationToken), ScriptClassKey), diagnostic);
            }
        }
    }

    private static async Task<Solution> AddAttributeAsync(Solution solution, SyntaxReference reference, string attribute, bool makePartial, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(reference.SyntaxTree);
        if (document is null)
            return solution;
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SyntaxNode node = root.FindNode(reference.Span);
        MemberDeclarationSyntax? target = node.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (target is null)
            return solution;
        string name = await HasUsingAsync(document, cancellationToken).ConfigureAwait(false) ? attribute : "TorchScribe." + attribute;
        MemberDeclarationSyntax updated = SyntaxEdits.AddAttribute(target, name);
        if (makePartial && updated is TypeDeclarationSyntax type)
            updated = SyntaxEdits.AddModifier(type, SyntaxKind.PartialKeyword);
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(target, updated));
    }

    private static async Task<bool> HasUsingAsync(Document document, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Name?.ToString() == "TorchScribe") == true;
    }
}

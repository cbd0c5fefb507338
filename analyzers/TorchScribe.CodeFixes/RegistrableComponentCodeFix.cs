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
using Microsoft.CodeAnalysis.Simplification;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TorchScribe.CodeFixes;

/// <summary>TSB0103: turns a component auto-property into a field, and a List&lt;T&gt;/array of modules into a ModuleList&lt;T&gt;.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegistrableComponentCodeFix)), Shared]
public sealed class RegistrableComponentCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ComponentNotRegistrable);

    // One key for both shapes of the fix, so "fix all" (and dotnet format) makes every component registrable at once.
    private const string EquivalenceKey = nameof(RegistrableComponentCodeFix);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(ScriptClassDeclarationAnalyzer.HolderProperty, out string? holder);
            SyntaxNode? node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (holder == "AutoProperty" && node?.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is { } property)
            {
                context.RegisterCodeFix(CodeAction.Create("Turn the auto-property into a field",
                    _ => SyntaxEdits.Replace(context.Document, root, property, ToField(property)), EquivalenceKey), diagnostic);
            }
            else if (holder is "List" or "Array" && node?.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field && ElementType(field.Declaration.Type) is { } element)
            {
                context.RegisterCodeFix(CodeAction.Create($"Use ModuleList<{element}>",
                    cancellationToken => UseModuleListAsync(context.Document, field, element, cancellationToken), EquivalenceKey), diagnostic);
            }
        }
    }

    /// <summary><c>public Linear Head { get; } = x;</c> → <c>public readonly Linear Head = x;</c></summary>
    private static FieldDeclarationSyntax ToField(PropertyDeclarationSyntax property)
    {
        bool getOnly = property.AccessorList?.Accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) ?? true;
        SyntaxTokenList modifiers = property.Modifiers;
        if (getOnly)
            modifiers = modifiers.Add(Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(Space));
        VariableDeclaratorSyntax declarator = property.Initializer is { } initializer
            ? VariableDeclarator(property.Identifier).WithInitializer(initializer)
            : VariableDeclarator(property.Identifier.WithTrailingTrivia());
        return FieldDeclaration(property.AttributeLists, modifiers,
                VariableDeclaration(property.Type, SingletonSeparatedList(declarator)), Token(SyntaxKind.SemicolonToken))
            .WithTriviaFrom(property);
    }

    private static TypeSyntax? ElementType(TypeSyntax type) => type switch
    {
        ArrayTypeSyntax array => array.ElementType,
        GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic => generic.TypeArgumentList.Arguments[0],
        QualifiedNameSyntax { Right: GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic } => generic.TypeArgumentList.Arguments[0],
        _ => null,
    };

    private static async Task<Document> UseModuleListAsync(Document document, FieldDeclarationSyntax field, TypeSyntax element, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        TypeSyntax moduleList = ParseTypeName($"global::TorchSharp.Modules.ModuleList<{element.WithoutTrivia()}>").WithAdditionalAnnotations(Simplifier.Annotation);
        VariableDeclarationSyntax declaration = field.Declaration.WithType(moduleList.WithTriviaFrom(field.Declaration.Type));
        declaration = declaration.WithVariables(SeparatedList(declaration.Variables.Select(v => v.Initializer is null ? v : v.WithInitializer(v.Initializer.WithValue(Creation(v.Initializer.Value, moduleList))))));
        return document.WithSyntaxRoot(root.ReplaceNode(field, field.WithDeclaration(declaration)));
    }

    /// <summary>The same items, created as a ModuleList: collection initializers and array items become constructor arguments.</summary>
    private static ExpressionSyntax Creation(ExpressionSyntax value, TypeSyntax moduleList)
    {
        InitializerExpressionSyntax? items = value switch
        {
            InitializerExpressionSyntax initializer => initializer,
            ArrayCreationExpressionSyntax array => array.Initializer,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
            ObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer,
            _ => null,
        };
        if (value is ObjectCreationExpressionSyntax { Initializer: null } creation)
            return creation.WithType(moduleList.WithTriviaFrom(creation.Type));
        if (value is ImplicitObjectCreationExpressionSyntax)
            return value;
        ArgumentListSyntax arguments = ArgumentList(SeparatedList(items?.Expressions.Select(e => Argument(e.WithoutTrivia())) ?? Enumerable.Empty<ArgumentSyntax>()));
        return ObjectCreationExpression(moduleList.WithLeadingTrivia(Space), arguments, null).WithTriviaFrom(value);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Analyzers;

/// <summary>
/// Checks the shape of [ScriptClass] types: partial (TSB0100), constants (TSB0101), registration (TSB0102, TSB0103),
/// forward (TSB0104), native modules whose options export cannot read (TSB0105) and supported bases (TSB0106).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScriptClassDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: what a TSB0101 is about (<c>ReadOnly</c> or <c>Type</c>).</summary>
    public const string ProblemProperty = "Problem";

    /// <summary>Diagnostic property: what holds the component in a TSB0103 (<c>AutoProperty</c>; <c>Array</c> or <c>List</c> of modules; <c>Tensors</c> for collections of parameters or tensors).</summary>
    public const string HolderProperty = "Holder";

    /// <summary>Diagnostic property: the factory name of a TSB0105 (<c>Embedding</c>, …).</summary>
    public const string FactoryProperty = "Factory";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ScriptClassNotPartial,
        Descriptors.InvalidScriptConstant,
        Descriptors.MissingRegisterComponents,
        Descriptors.ComponentNotRegistrable,
        Descriptors.InvalidForward,
        Descriptors.UnrecordedNativeModule,
        Descriptors.InvalidScriptClassBase);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.For(start.Compilation);
            if (!known.IsUsable)
                return;
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, known), SymbolKind.NamedType);
            start.RegisterSymbolAction(symbol => AnalyzeMember(symbol, known), SymbolKind.Field, SymbolKind.Property);
            start.RegisterSyntaxNodeAction(node => AnalyzeConstructor(node, known), SyntaxKind.ConstructorDeclaration);
            var factories = known.StockModules.Values.SelectMany(m => m.RecordingFactories).ToImmutableHashSet();
            if (known.ScriptModules is not null && !factories.IsEmpty)
                start.RegisterSyntaxNodeAction(node => AnalyzeNativeFactory(node, known, factories), SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!known.IsScriptClass(type))
            return;
        var declarations = GeneratedCode.UserDeclarations(type).Select(r => r.GetSyntax(context.CancellationToken)).OfType<TypeDeclarationSyntax>().ToList();
        if (declarations.Count == 0)
            return;
        Location location = declarations[0].Identifier.GetLocation();
        foreach (Diagnostic diagnostic in ScriptClassShape.Problems(type, known, location, context.CancellationToken))
            context.ReportDiagnostic(diagnostic);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, KnownSymbols known)
    {
        ISymbol member = context.Symbol;
        if (member.ContainingType is not { } type || !known.IsScriptClass(type) || member.IsImplicitlyDeclared || GeneratedCode.IsGenerated(member))
            return;
        Location location = member.Locations.FirstOrDefault() ?? Location.None;

        if (member is IFieldSymbol field && known.HasAttribute(field, known.ScriptConstantAttribute))
        {
            if (!field.IsReadOnly && !field.IsConst)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidScriptConstant, location, Properties(ProblemProperty, "ReadOnly"), field.Name, "must be readonly"));
            if (!ScriptTypeMapper.IsConstantType(field.Type))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidScriptConstant, location, Properties(ProblemProperty, "Type"), field.Name,
                    $"has type '{field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}', which a TorchScript constant cannot hold (int, long, float, double, bool, string or value tuples of them)"));
            }
            return;
        }
        if (member.IsStatic || known.HasAttribute(member, known.ScriptIgnoreAttribute))
            return;

        ITypeSymbol? memberType = (member as IFieldSymbol)?.Type ?? (member as IPropertySymbol)?.Type;
        if (memberType is null)
            return;
        // The generated RegisterComponents registers auto-properties under their own name, and moves submodules in place;
        // only a parameter or tensor in a get-only auto-property cannot be re-bound when .to() replaces it.
        if (member is IPropertySymbol { SetMethod: null } property && ScriptMembers.IsAutoProperty(property)
            && ComponentKind(memberType, known) is "parameter" or "tensor")
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ComponentNotRegistrable, location, Properties(HolderProperty, "AutoProperty"),
                member.Name, $"a {ComponentKind(memberType, known)}", "a get-only auto-property",
                ".to() replaces the tensor and cannot re-bind the property, which would keep the old, disposed one; make it a field"));
            return;
        }
        if (ElementOfCollection(memberType, known) is { } element && ComponentKind(element.Element, known) is { } elementKind)
        {
            // Only collections of modules have a registrable counterpart that exports (ModuleList); the fix is offered for those.
            string holder = elementKind == "module" ? element.Holder : "Tensors";
            string replacement = elementKind == "module" ? $"ModuleList<{element.Element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}>" : $"one field per {elementKind}";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ComponentNotRegistrable, location, Properties(HolderProperty, holder),
                member.Name, $"{elementKind}s", element.Holder == "Array" ? "an array" : "a List<T>",
                $"TorchSharp never registers its items, so they are not trained, moved or saved; use {replacement}"));
        }
    }

    private static void AnalyzeConstructor(SyntaxNodeAnalysisContext context, KnownSymbols known)
    {
        var constructor = (ConstructorDeclarationSyntax)context.Node;
        if (constructor.Modifiers.Any(SyntaxKind.StaticKeyword) || constructor.Initializer?.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword) == true)
            return;
        if (context.SemanticModel.GetDeclaredSymbol(constructor, context.CancellationToken) is not { ContainingType: { } type } || !known.IsScriptClass(type))
            return;
        SyntaxNode? body = (SyntaxNode?)constructor.Body ?? constructor.ExpressionBody;
        bool registers = body is not null && body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(IsRegisterComponentsCall);
        if (!registers)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingRegisterComponents, constructor.Identifier.GetLocation(), type.Name));
    }

    private static bool IsRegisterComponentsCall(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Count == 0 && invocation.Expression switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == "RegisterComponents",
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access => access.Name.Identifier.ValueText == "RegisterComponents",
            _ => false,
        };

    private static void AnalyzeNativeFactory(SyntaxNodeAnalysisContext context, KnownSymbols known, ImmutableHashSet<string> factories)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        string? name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !factories.Contains(name))
            return;
        if (context.ContainingSymbol?.ContainingType is not { } type || !known.IsScriptClass(type))
            return;
        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || !KnownSymbols.Is(method.ContainingType, known.Nn))
            return;
        string module = name.Replace("_from_pretrained", "");
        string article = module[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an" : "a";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnrecordedNativeModule, invocation.Expression.GetLocation(), Properties(FactoryProperty, name),
            invocation.Expression.ToString(), $"{article} {module}", name));
    }

    /// <summary>"module", "parameter" or "tensor" for component types; null otherwise.</summary>
    private static string? ComponentKind(ITypeSymbol type, KnownSymbols known) =>
        known.IsParameter(type) ? "parameter" : known.IsTensor(type) ? "tensor" : known.IsModule(type) ? "module" : null;

    private static (ITypeSymbol Element, string Holder)? ElementOfCollection(ITypeSymbol type, KnownSymbols known)
    {
        if (type is IArrayTypeSymbol array)
            return (array.ElementType, "Array");
        if (type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1 && known.IsList(named))
            return (named.TypeArguments[0], "List");
        return null;
    }

    private static ImmutableDictionary<string, string?> Properties(string key, string value) =>
        ImmutableDictionary<string, string?>.Empty.Add(key, value);
}

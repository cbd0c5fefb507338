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
/// forward (TSB0104), native modules whose options export cannot read (TSB0105), supported bases (TSB0106), names the
/// generated half reserves (TSB0107), names libtorch cannot load (TSB0108), submodules export cannot write (TSB0109),
/// structs that cannot be NamedTuples (TSB0110), plain classes with several constructors (TSB0111), and what plain
/// classes cannot hold (TSB0112) or hold of themselves (TSB0113).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScriptClassDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: what a TSB0101 is about (<c>ReadOnly</c> or <c>Type</c>).</summary>
    public const string ProblemProperty = MemberRules.ProblemProperty;

    /// <summary>Diagnostic property: what holds the component in a TSB0103 (<c>AutoProperty</c>; <c>Array</c> or <c>List</c> of modules; <c>Tensors</c> for collections of parameters or tensors).</summary>
    public const string HolderProperty = MemberRules.HolderProperty;

    /// <summary>Diagnostic property: the factory name of a TSB0105 (<c>Embedding</c>, …).</summary>
    public const string FactoryProperty = "Factory";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ScriptClassNotPartial,
        Descriptors.InvalidScriptConstant,
        Descriptors.MissingRegisterComponents,
        Descriptors.ComponentNotRegistrable,
        Descriptors.InvalidForward,
        Descriptors.UnrecordedNativeModule,
        Descriptors.InvalidScriptClassBase,
        Descriptors.ReservedName,
        Descriptors.ScriptNameConflict,
        Descriptors.UnexportableSubmodule,
        Descriptors.ScriptStructNotNamedTuple,
        Descriptors.ScriptClassConstructors,
        Descriptors.PlainClassMember,
        Descriptors.RecursiveScriptClass);

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
            var factories = known.StockModules.Values.SelectMany(m => m.RecordingFactories.Select(f => (Factory: f, Module: m)))
                .ToImmutableDictionary(f => f.Factory, f => f.Module);
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
        foreach (Diagnostic diagnostic in ScriptNameRules.Problems(type, known))
            context.ReportDiagnostic(diagnostic);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, KnownSymbols known)
    {
        ISymbol member = context.Symbol;
        if (member.ContainingType is not { } type || !known.IsScriptClass(type) || member.IsImplicitlyDeclared || GeneratedCode.IsGenerated(member))
            return;
        foreach (Diagnostic diagnostic in MemberRules.Problems(member, known))
            context.ReportDiagnostic(diagnostic);
    }

    private static void AnalyzeConstructor(SyntaxNodeAnalysisContext context, KnownSymbols known)
    {
        var constructor = (ConstructorDeclarationSyntax)context.Node;
        if (constructor.Modifiers.Any(SyntaxKind.StaticKeyword) || constructor.Initializer?.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword) == true)
            return;
        if (context.SemanticModel.GetDeclaredSymbol(constructor, context.CancellationToken) is not { ContainingType: { } type }
            || ScriptClassKinds.Of(type, known) != Runtime.ScriptClassKind.Module)
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

    private static void AnalyzeNativeFactory(SyntaxNodeAnalysisContext context, KnownSymbols known, ImmutableDictionary<string, StockModuleInfo> factories)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        string? name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (name is null || !factories.TryGetValue(name, out StockModuleInfo? module))
            return;
        if (context.ContainingSymbol?.ContainingType is not { } type || !known.IsScriptClass(type))
            return;
        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || !KnownSymbols.Is(method.ContainingType, known.Nn))
            return;
        if (module.RecordingUnneededParameter is { } parameter && IsLeftOutOrConstant(context, invocation, parameter, module.RecordingUnneededValue))
            return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnrecordedNativeModule, invocation.Expression.GetLocation(), Properties(FactoryProperty, name),
            invocation.Expression.ToString(), name.Replace("_from_pretrained", ""), name));
    }

    /// <summary>True when the call leaves <paramref name="parameter"/> to its default or passes the constant <paramref name="value"/>.</summary>
    private static bool IsLeftOutOrConstant(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, string parameter, long value)
    {
        if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not Microsoft.CodeAnalysis.Operations.IInvocationOperation operation)
            return false;
        var argument = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter);
        if (argument is null || argument.ArgumentKind == Microsoft.CodeAnalysis.Operations.ArgumentKind.DefaultValue)
            return true;
        return argument.Value.ConstantValue is { HasValue: true, Value: { } constant } && System.Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture) == value;
    }

    private static ImmutableDictionary<string, string?> Properties(string key, string value) =>
        ImmutableDictionary<string, string?>.Empty.Add(key, value);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>
/// The compiler core's entry point, shared by the analyzer and the generator: finds a class's script code (its
/// forward, its [ScriptMethod]s and the methods they call) and lowers it.
/// </summary>
internal static class ScriptClassCompiler
{
    /// <summary>Lowers every script method of <paramref name="type"/>, binding bodies in <paramref name="type"/>'s compilation.</summary>
    public static ScriptClassTranslation Compile(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken) =>
        Compile(type, UserParts(type, cancellationToken), known, cancellationToken);

    /// <summary>As <see cref="Compile(INamedTypeSymbol, KnownSymbols, CancellationToken)"/>, with anchors into <paramref name="parts"/>, the class's user-written declarations in the caller's order.</summary>
    public static ScriptClassTranslation Compile(INamedTypeSymbol type, ImmutableArray<SyntaxNode> parts, KnownSymbols known, CancellationToken cancellationToken)
    {
        var context = new ScriptClassContext(type, known);
        var anchors = new SourceAnchors(parts);
        var bodies = new MethodBodies(known.Compilation);
        var lowered = new Dictionary<IMethodSymbol, MethodLowering>(SymbolEqualityComparer.Default);
        var dependencies = new List<INamedTypeSymbol>();
        var queue = new Queue<IMethodSymbol>(Roots(type, known));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IMethodSymbol method = queue.Dequeue();
            if (lowered.ContainsKey(method))
                continue;
            var initializers = method.MethodKind == MethodKind.Constructor
                ? context.Members.Where(m => !m.IsStatic && m.Role == MemberRole.Attribute).Select(m => (m, bodies.InitializerOf(m.Symbol, cancellationToken))).ToImmutableArray()
                : default;
            MethodLowering lowering = MethodLowerer.Lower(context, method, bodies.Of(method, cancellationToken), anchors, cancellationToken, initializers);
            lowered.Add(method, lowering);
            foreach (IMethodSymbol callee in lowering.Callees)
            {
                if (SymbolEqualityComparer.Default.Equals(callee.ContainingType.OriginalDefinition, type))
                    queue.Enqueue(callee);
                else if (callee.IsStatic && !dependencies.Contains(callee.ContainingType, SymbolEqualityComparer.Default))
                    dependencies.Add(callee.ContainingType);
            }
        }
        foreach (INamedTypeSymbol used in ValueClasses.UsedBy(type, context, lowered.Keys, bodies.Operations, known, cancellationToken))
        {
            if (!dependencies.Contains(used, SymbolEqualityComparer.Default))
                dependencies.Add(used);
        }

        var ordered = lowered.Values
            .OrderBy(t => t.Method.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(t => t.Method.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .ToImmutableArray();
        var diagnostics = ordered.SelectMany(t => t.Diagnostics).ToList();
        diagnostics.AddRange(Overloads(ordered, context));
        diagnostics.AddRange(Recursion(ordered, type));
        return new ScriptClassTranslation(context, anchors, ordered, diagnostics.ToImmutableArray(), dependencies.ToImmutableArray());
    }

    /// <summary>The declarations of <paramref name="type"/> the user wrote, in declaration order: where anchors point.</summary>
    public static ImmutableArray<SyntaxNode> UserParts(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        GeneratedCode.UserDeclarations(type).Select(r => r.GetSyntax(cancellationToken)).ToImmutableArray();

    /// <summary>
    /// Where script code starts. A module: its forward (written by the user, not generated) and every [ScriptMethod]
    /// that is not ignored. A plain class: every method, constructor and computed property (all of it is TorchScript,
    /// as in PyTorch), with the implicit constructor when it declares none. A NamedTuple: its static methods. A module
    /// interface: its methods, declared without bodies.
    /// </summary>
    public static IEnumerable<IMethodSymbol> Roots(INamedTypeSymbol type, KnownSymbols known)
    {
        var methods = GeneratedCode.UserMembers(type).OfType<IMethodSymbol>().Where(m => !known.HasAttribute(m, known.ScriptIgnoreAttribute));
        switch (ScriptClassKinds.Of(type, known))
        {
            case ScriptClassKind.Object:
                return methods.Where(m => m.MethodKind is MethodKind.Ordinary or MethodKind.Constructor
                        || (m.MethodKind == MethodKind.PropertyGet && m.AssociatedSymbol is IPropertySymbol property && ScriptMembers.Classify(property, known) is null
                            && !known.HasAttribute(property, known.ScriptIgnoreAttribute)))
                    .Where(m => m.MethodKind != MethodKind.Constructor || !m.IsStatic);
            case ScriptClassKind.NamedTuple:
                return methods.Where(m => m.MethodKind == MethodKind.Ordinary && m.IsStatic && !m.IsImplicitlyDeclared);
            case ScriptClassKind.Interface:
                return methods.Where(m => m.MethodKind == MethodKind.Ordinary);
            default:
                return methods.Where(m => m.MethodKind == MethodKind.Ordinary && (ScriptClassShape.IsForward(m, known) || known.HasAttribute(m, known.ScriptMethodAttribute)));
        }
    }

    private static IEnumerable<ScriptDiagnostic> Overloads(ImmutableArray<MethodLowering> methods, ScriptClassContext context)
    {
        foreach (var group in methods.GroupBy(m => (m.Method.IsStatic, m.Function.Name)).Where(g => g.Count() > 1))
        {
            foreach (MethodLowering duplicate in group.Skip(1))
            {
                yield return ScriptDiagnostic.Create(Descriptors.UnsupportedConstruct, duplicate.Method.Locations.FirstOrDefault() ?? Location.None,
                    $"A second script method named '{group.Key.Name}' (overloading)", "give each script method its own name");
            }
        }
    }

    private static IEnumerable<ScriptDiagnostic> Recursion(ImmutableArray<MethodLowering> methods, INamedTypeSymbol type)
    {
        var calls = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        foreach (MethodLowering method in methods)
            calls[method.Method] = method.Callees.Where(c => SymbolEqualityComparer.Default.Equals(c.ContainingType.OriginalDefinition, type)).ToList();
        foreach (MethodLowering start in methods)
        {
            var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var stack = new Stack<IMethodSymbol>(calls[start.Method]);
            while (stack.Count > 0)
            {
                IMethodSymbol next = stack.Pop();
                if (SymbolEqualityComparer.Default.Equals(next, start.Method))
                {
                    yield return ScriptDiagnostic.Create(Descriptors.UnsupportedConstruct, start.Method.Locations.FirstOrDefault() ?? Location.None,
                        $"Recursion through '{start.Method.Name}'", "rewrite it as a loop");
                    break;
                }
                if (seen.Add(next) && calls.TryGetValue(next, out var more))
                {
                    foreach (IMethodSymbol callee in more)
                        stack.Push(callee);
                }
            }
        }
    }

    /// <summary>Method bodies as operations, bound through one semantic model per syntax tree.</summary>
    private sealed class MethodBodies(Compilation compilation)
    {
        private readonly Dictionary<SyntaxTree, SemanticModel> models = new();

        public IOperation? Of(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                // A method, a property getter (get { … } or get => …), or an expression-bodied property (=> …).
                SyntaxNode? declaration = reference.GetSyntax(cancellationToken) switch
                {
                    MethodDeclarationSyntax m when m.Body is not null || m.ExpressionBody is not null => m,
                    ConstructorDeclarationSyntax c when c.Body is not null || c.ExpressionBody is not null => c,
                    AccessorDeclarationSyntax a when a.Body is not null || a.ExpressionBody is not null => a,
                    ArrowExpressionClauseSyntax arrow => arrow,
                    _ => null,
                };
                if (declaration is null)
                    continue;
                IOperation? operation = ModelOf(reference.SyntaxTree).GetOperation(declaration, cancellationToken) switch
                {
                    IMethodBodyOperation body => body.BlockBody ?? (IOperation?)body.ExpressionBody,
                    IConstructorBodyOperation body => body.BlockBody ?? (IOperation?)body.ExpressionBody,
                    var other => other,
                };
                if (operation is not null)
                    Operations.Add(operation);
                return operation;
            }
            return null;
        }

        /// <summary>Every body <see cref="Of"/> returned: the code whose types the class depends on.</summary>
        public List<IOperation> Operations { get; } = new();

        /// <summary>The value a field or auto-property's initializer assigns (<c>float w = 1f;</c>), or null when it has none.</summary>
        public IOperation? InitializerOf(ISymbol member, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                SyntaxNode? initializer = reference.GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax { Initializer: { } value } => value,
                    PropertyDeclarationSyntax { Initializer: { } value } => value,
                    _ => null,
                };
                if (initializer is null)
                    continue;
                IOperation? operation = ModelOf(reference.SyntaxTree).GetOperation(initializer, cancellationToken) switch
                {
                    ISymbolInitializerOperation symbolInitializer => symbolInitializer.Value,
                    var other => other,
                };
                if (operation is not null)
                    Operations.Add(operation);
                return operation;
            }
            return null;
        }

        private SemanticModel ModelOf(SyntaxTree tree)
        {
            if (!models.TryGetValue(tree, out SemanticModel? model))
                models[tree] = model = compilation.GetSemanticModel(tree);
            return model;
        }
    }
}

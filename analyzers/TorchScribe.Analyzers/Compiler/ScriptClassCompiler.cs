using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Translation;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>The translation of a whole [ScriptClass]: every script method, and every reason one cannot be exported.</summary>
internal sealed class ScriptClassCompilation
{
    public ScriptClassCompilation(ScriptClassContext context, ImmutableArray<MethodTranslation> methods, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<INamedTypeSymbol> dependencies)
    {
        Context = context;
        Methods = methods;
        Diagnostics = diagnostics;
        Dependencies = dependencies;
    }

    public ScriptClassContext Context { get; }

    /// <summary>The script methods (roots and the methods they call), in declaration order.</summary>
    public ImmutableArray<MethodTranslation> Methods { get; }

    /// <summary>Every diagnostic of every script method, plus class-level ones (overloads, recursion).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Other [ScriptClass] types whose static script methods this class calls.</summary>
    public ImmutableArray<INamedTypeSymbol> Dependencies { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The archive version the class's operators need (see <see cref="MethodTranslation.FileVersion"/>).</summary>
    public int FileVersion => Methods.IsEmpty ? 3 : Methods.Max(m => m.FileVersion);
}

/// <summary>
/// The compiler core's entry point, shared by the analyzer and the generator: finds a class's script code (its
/// forward, its [ScriptMethod]s and the methods they call) and translates it.
/// </summary>
internal static class ScriptClassCompiler
{
    /// <param name="bodyOf">The operation block of a method declared in source, or null when it has none.</param>
    public static ScriptClassCompilation Compile(INamedTypeSymbol type, KnownSymbols known, Func<IMethodSymbol, IOperation?> bodyOf, CancellationToken cancellationToken)
    {
        var context = new ScriptClassContext(type, known);
        var translations = new Dictionary<IMethodSymbol, MethodTranslation>(SymbolEqualityComparer.Default);
        var dependencies = new List<INamedTypeSymbol>();
        var queue = new Queue<IMethodSymbol>(Roots(type, known));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IMethodSymbol method = queue.Dequeue();
            if (translations.ContainsKey(method))
                continue;
            MethodTranslation translation = MethodTranslator.Translate(context, method, Normalize(bodyOf(method)), cancellationToken);
            translations.Add(method, translation);
            foreach (IMethodSymbol callee in translation.Callees)
            {
                if (SymbolEqualityComparer.Default.Equals(callee.ContainingType.OriginalDefinition, type))
                    queue.Enqueue(callee);
                else if (callee.IsStatic && !dependencies.Contains(callee.ContainingType, SymbolEqualityComparer.Default))
                    dependencies.Add(callee.ContainingType);
            }
        }

        var ordered = translations.Values
            .OrderBy(t => t.Method.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(t => t.Method.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .ToImmutableArray();
        var diagnostics = ordered.SelectMany(t => t.Diagnostics).ToList();
        diagnostics.AddRange(Overloads(ordered));
        diagnostics.AddRange(Recursion(ordered, type));
        return new ScriptClassCompilation(context, ordered, diagnostics.ToImmutableArray(), dependencies.ToImmutableArray());
    }

    /// <summary>Forward (written by the user, not generated) and every [ScriptMethod] that is not ignored.</summary>
    public static IEnumerable<IMethodSymbol> Roots(INamedTypeSymbol type, KnownSymbols known) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m =>
            m.MethodKind == MethodKind.Ordinary
            && !IsGenerated(m)
            && !known.HasAttribute(m, known.ScriptIgnoreAttribute)
            && (ScriptClassContext.IsForward(m, known) || known.HasAttribute(m, known.ScriptMethodAttribute)));

    /// <summary>True for members TorchScribe's generator wrote (they carry [GeneratedCode("TorchScribe", …)]).</summary>
    public static bool IsGenerated(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "TorchScribe");

    private static IOperation? Normalize(IOperation? body) => body switch
    {
        IMethodBodyOperation methodBody => methodBody.BlockBody ?? (IOperation?)methodBody.ExpressionBody,
        _ => body,
    };

    private static IEnumerable<Diagnostic> Overloads(ImmutableArray<MethodTranslation> methods)
    {
        foreach (var group in methods.GroupBy(m => (m.Method.IsStatic, m.ScriptName)).Where(g => g.Count() > 1))
        {
            foreach (MethodTranslation duplicate in group.Skip(1))
            {
                yield return Diagnostic.Create(Descriptors.UnsupportedConstruct, duplicate.Method.Locations.FirstOrDefault() ?? Location.None,
                    $"A second script method named '{group.Key.ScriptName}' (overloading)", "give each script method its own name");
            }
        }
    }

    private static IEnumerable<Diagnostic> Recursion(ImmutableArray<MethodTranslation> methods, INamedTypeSymbol type)
    {
        var calls = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        foreach (MethodTranslation method in methods)
            calls[method.Method] = method.Callees.Where(c => SymbolEqualityComparer.Default.Equals(c.ContainingType.OriginalDefinition, type)).ToList();
        foreach (MethodTranslation start in methods)
        {
            var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var stack = new Stack<IMethodSymbol>(calls[start.Method]);
            while (stack.Count > 0)
            {
                IMethodSymbol next = stack.Pop();
                if (SymbolEqualityComparer.Default.Equals(next, start.Method))
                {
                    yield return Diagnostic.Create(Descriptors.UnsupportedConstruct, start.Method.Locations.FirstOrDefault() ?? Location.None,
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
}

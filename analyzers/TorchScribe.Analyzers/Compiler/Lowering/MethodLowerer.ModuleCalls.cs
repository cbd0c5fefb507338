using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    /// <summary>
    /// A call of a module's <c>forward</c> or <c>call</c> as TorchSharp declares it or TorchScribe generates it:
    /// <c>self.block.forward(x)</c>, arguments in parameter order (C# may name them in another order).
    /// </summary>
    private ScriptExpression ForwardCall(IInvocationOperation invocation, IOperation receiver)
    {
        ScriptExpression module = Expression(receiver);
        // A forward calling its own class's forward is script code calling script code (and recursion, reported as such).
        if (receiver is IInstanceReferenceOperation && ScriptClassShape.Forwards(context.Type, known).FirstOrDefault() is { } forward)
            AddCallee(forward);
        // Stock modules' TorchScript parameter names are not TorchSharp's, so arguments go by position. C# evaluates
        // named arguments in source order: reordering them is exact only when evaluating them has no effects.
        var ordinals = invocation.Arguments.Select(a => a.Parameter?.Ordinal ?? 0).ToList();
        if (!ordinals.SequenceEqual(ordinals.OrderBy(o => o)) && invocation.Arguments.Any(a => !IsSimple(a.Value)))
            return Fail(Descriptors.UnsupportedConstruct, invocation, "Named arguments out of parameter order whose evaluation has effects",
                "pass them in parameter order, or assign them to locals first");
        var arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => new ScriptArgument(null, Expression(a.Value))).ToImmutableArray();
        return new MethodCallExpression(module, "forward", arguments, TypeOf(invocation));
    }

    /// <summary>True for members the user wrote (not TorchSharp's, not generated).</summary>
    private static bool IsUserDeclared(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0 && !GeneratedCode.IsGenerated(symbol);

    /// <summary>Source types the lowering meets: the translation depends on their declarations.</summary>
    private readonly HashSet<string> learnedNames = new(System.StringComparer.Ordinal);

    private void Learn(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                Learn(array.ElementType);
                break;
            case INamedTypeSymbol named when named.DeclaringSyntaxReferences.Length > 0 && learnedNames.Add(named.Name):
                foreach (ITypeSymbol argument in named.TypeArguments)
                    Learn(argument);
                break;
            case INamedTypeSymbol { IsGenericType: true } generic:
                foreach (ITypeSymbol argument in generic.TypeArguments)
                    Learn(argument);
                break;
        }
    }
}

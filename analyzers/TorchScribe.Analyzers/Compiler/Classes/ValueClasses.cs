using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// The plain classes, NamedTuples and module interfaces a class's TorchScript names: an archive holding the class
/// must define each of them, whether a field holds one, a signature names one, or code creates one and drops it.
/// </summary>
internal static class ValueClasses
{
    public static IEnumerable<INamedTypeSymbol> UsedBy(
        INamedTypeSymbol type, ScriptClassContext context, IEnumerable<IMethodSymbol> methods, IEnumerable<IOperation> bodies, KnownSymbols known, CancellationToken cancellationToken)
    {
        var found = new List<INamedTypeSymbol>();
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (ScriptMember member in context.Members.Where(m => !m.IsStatic && m.Role is MemberRole.Attribute or MemberRole.Submodule))
            Visit(member.Type);
        foreach (IMethodSymbol method in methods)
        {
            Visit(method.ReturnType);
            foreach (IParameterSymbol parameter in method.Parameters)
                Visit(parameter.Type);
        }
        foreach (IOperation body in bodies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (IOperation operation in body.DescendantsAndSelf())
                Visit(operation.Type);
        }
        return found;

        void Visit(ITypeSymbol? candidate)
        {
            if (candidate is null || !seen.Add(candidate))
                return;
            switch (candidate)
            {
                case IArrayTypeSymbol array:
                    Visit(array.ElementType);
                    return;
                case INamedTypeSymbol named:
                    if (ScriptClassKinds.IsValueKind(ScriptClassKinds.Of(named, known)))
                    {
                        if (!SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type))
                            found.Add((INamedTypeSymbol)named.OriginalDefinition);
                        return;
                    }
                    foreach (ITypeSymbol argument in named.IsTupleType ? named.TupleElements.Select(e => e.Type) : named.TypeArguments)
                        Visit(argument);
                    return;
            }
        }
    }
}

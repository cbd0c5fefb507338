using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// The rules for the fields of a plain [ScriptClass] or NamedTuple struct: every one is an attribute of the TorchScript
/// object, so each must have a TorchScript type that is a value (TSB0112), and none may contain the class itself
/// (TSB0113). Static members are class-level: constants inline, the rest is reported where script code uses it.
/// </summary>
internal static class PlainClassRules
{
    public static IEnumerable<Diagnostic> Problems(ISymbol member, KnownSymbols known, Location location)
    {
        if (member.IsStatic || member.IsImplicitlyDeclared || known.HasAttribute(member, known.ScriptIgnoreAttribute))
            yield break;
        if (ScriptMembers.Classify(member, known) is not { } classified)
            yield break;
        string owner = member.ContainingType.Name;
        string ignore = $"or mark '{member.Name}' [ScriptIgnore] and keep it out of script code";
        if (classified.Role == MemberRole.Constant)
        {
            yield return Diagnostic.Create(Descriptors.PlainClassMember, location, member.Name,
                $"is a [ScriptConstant] of the plain class '{owner}', whose TorchScript is the same for all its instances",
                "make it a plain field, or a static readonly constant");
            yield break;
        }
        if (classified.Role != MemberRole.NotScriptable)
        {
            if (SelfReference(member.ContainingType, classified.Type, known) is { } path)
                yield return Diagnostic.Create(Descriptors.RecursiveScriptClass, location, owner, member.Name, path);
            yield break;
        }
        string typeName = classified.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (known.IsParameter(classified.Type))
            yield return Diagnostic.Create(Descriptors.PlainClassMember, location, member.Name, "holds a Parameter, which only a module can register and train", $"make it a Tensor, {ignore}");
        else if (ScriptMembers.IsSubmoduleType(classified.Type, known))
            yield return Diagnostic.Create(Descriptors.PlainClassMember, location, member.Name, $"holds the module type '{typeName}', and TorchScript classes cannot hold modules", $"keep the module in a [ScriptClass] module and pass its results to '{owner}', {ignore}");
        else
            yield return Diagnostic.Create(Descriptors.PlainClassMember, location, member.Name, $"has type '{typeName}', which has no TorchScript equivalent", ScriptMembers.Remedy(classified.Type, member.Name, known));
    }

    /// <summary>
    /// The chain of types through which values of <paramref name="type"/> hold an <paramref name="owner"/> again
    /// (<c>List&lt;Node&gt;</c>, <c>Branch → Node</c>), or null when they never do.
    /// </summary>
    private static string? SelfReference(INamedTypeSymbol owner, ITypeSymbol type, KnownSymbols known)
    {
        var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var stack = new Stack<(ITypeSymbol Type, string Path)>();
        stack.Push((type, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        while (stack.Count > 0)
        {
            var (current, path) = stack.Pop();
            if (!visited.Add(current))
                continue;
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, owner))
                return path;
            foreach (ITypeSymbol inner in Contained(current, known))
                stack.Push((inner, path == inner.Name ? path : $"{path} → {inner.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}"));
        }
        return null;
    }

    /// <summary>The types a value of <paramref name="type"/> holds: elements, optional payloads, and the fields of script classes.</summary>
    private static IEnumerable<ITypeSymbol> Contained(ITypeSymbol type, KnownSymbols known)
    {
        if (type is IArrayTypeSymbol array)
            return new[] { array.ElementType };
        if (type is not INamedTypeSymbol named)
            return Enumerable.Empty<ITypeSymbol>();
        if (named.IsTupleType)
            return named.TupleElements.Select(e => e.Type);
        if (named.IsGenericType && !known.IsScriptClass(named))
            return named.TypeArguments;
        if (ScriptClassKinds.Of(named, known) is ScriptClassKind.Object or ScriptClassKind.NamedTuple)
            return ScriptMembers.Collect(named, known).Where(m => !m.IsStatic && m.Role == MemberRole.Attribute).Select(m => m.Type);
        return Enumerable.Empty<ITypeSymbol>();
    }
}

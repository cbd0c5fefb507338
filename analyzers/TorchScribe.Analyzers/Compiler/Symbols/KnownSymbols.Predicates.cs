using System.Linq;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler.Symbols;

internal sealed partial class KnownSymbols
{
    public bool IsTensor(ITypeSymbol? type) => type is not null && (Is(type, Tensor) || Is(type, Parameter));

    public bool IsParameter(ITypeSymbol? type) => Is(type, Parameter);

    /// <summary>
    /// True for TorchSharp modules and for [ScriptClass] modules that omit their base class: a [ScriptClass] with a
    /// forward is a module whether or not the compilation already holds the base the generator infers for it.
    /// </summary>
    public bool IsModule(ITypeSymbol? type) =>
        InheritsFrom(type, Module) || Classes.ScriptClassKinds.Of(type, this) == Runtime.ScriptClassKind.Module;

    public bool IsScriptClass(ITypeSymbol? type) => type is INamedTypeSymbol named && HasAttribute(named, ScriptClassAttribute);

    public bool IsList(ITypeSymbol? type) => type is INamedTypeSymbol named && Lists.Any(l => SymbolEqualityComparer.Default.Equals(l, named.OriginalDefinition));

    public bool IsDictionary(ITypeSymbol? type) => type is INamedTypeSymbol named && Dictionaries.Any(d => SymbolEqualityComparer.Default.Equals(d, named.OriginalDefinition));

    public bool IsReferenceTuple(ITypeSymbol? type) => type is INamedTypeSymbol named && ReferenceTuples.Any(t => SymbolEqualityComparer.Default.Equals(t, named.OriginalDefinition));

    /// <summary>True for a module container whose children script code iterates: ModuleList&lt;T&gt; and Sequential.</summary>
    public bool IsIterableContainer(ITypeSymbol? type) => Is(type, ModuleList) || Is(type, Sequential);

    /// <summary>The stock module <paramref name="type"/> is (or derives from), when export translates it.</summary>
    public StockModuleInfo? StockModuleOf(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current is INamedTypeSymbol named && StockModules.TryGetValue(named.OriginalDefinition, out StockModuleInfo? info))
                return info;
        }
        return null;
    }

    public bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
            return false;
        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                return true;
        }
        return false;
    }

    /// <summary>The generic Module&lt;…&gt; a type derives from, or null.</summary>
    public INamedTypeSymbol? GenericModuleBase(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current is INamedTypeSymbol { IsGenericType: true } named && IsGenericModule(named))
                return named;
        }
        return null;
    }

    public bool IsGenericModule(INamedTypeSymbol type) => GenericModules.Any(m => SymbolEqualityComparer.Default.Equals(m, type.OriginalDefinition));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        if (expected is null)
            return false;
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="symbol"/> is declared in namespace <paramref name="parts"/> or one below it.</summary>
    public static bool IsInNamespace(ISymbol? symbol, params string[] parts)
    {
        var chain = NamespaceOf(symbol);
        return chain.Count >= parts.Length && parts.Select((p, i) => chain[i] == p).All(x => x);
    }

    /// <summary>True for the type <paramref name="name"/> declared directly in namespace <paramref name="parts"/>.</summary>
    public static bool IsTypeNamed(ISymbol? type, string name, params string[] parts) =>
        type is INamedTypeSymbol && type.Name == name && NamespaceOf(type).SequenceEqual(parts);

    private static System.Collections.Generic.List<string> NamespaceOf(ISymbol? symbol)
    {
        INamespaceSymbol? ns = symbol as INamespaceSymbol ?? symbol?.ContainingNamespace;
        var chain = new System.Collections.Generic.List<string>();
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            chain.Insert(0, ns.Name);
        return chain;
    }
}

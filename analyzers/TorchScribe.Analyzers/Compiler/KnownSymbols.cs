using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>The TorchSharp and TorchScribe symbols the compiler core recognizes, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    public const string ScriptClassAttributeName = "TorchScribe.ScriptClassAttribute";
    public const string ScriptMethodAttributeName = "TorchScribe.ScriptMethodAttribute";
    public const string ScriptConstantAttributeName = "TorchScribe.ScriptConstantAttribute";
    public const string ScriptIgnoreAttributeName = "TorchScribe.ScriptIgnoreAttribute";

    private KnownSymbols(Compilation compilation)
    {
        Compilation = compilation;
        ScriptClassAttribute = compilation.GetTypeByMetadataName(ScriptClassAttributeName);
        ScriptMethodAttribute = compilation.GetTypeByMetadataName(ScriptMethodAttributeName);
        ScriptConstantAttribute = compilation.GetTypeByMetadataName(ScriptConstantAttributeName);
        ScriptIgnoreAttribute = compilation.GetTypeByMetadataName(ScriptIgnoreAttributeName);
        Tensor = compilation.GetTypeByMetadataName("TorchSharp.torch+Tensor");
        Parameter = compilation.GetTypeByMetadataName("TorchSharp.Modules.Parameter");
        Scalar = compilation.GetTypeByMetadataName("TorchSharp.Scalar");
        ScalarType = compilation.GetTypeByMetadataName("TorchSharp.torch+ScalarType");
        Device = compilation.GetTypeByMetadataName("TorchSharp.torch+Device");
        TensorIndex = compilation.GetTypeByMetadataName("TorchSharp.torch+TensorIndex");
        Torch = compilation.GetTypeByMetadataName("TorchSharp.torch");
        Module = compilation.GetTypeByMetadataName("TorchSharp.torch+nn+Module");
        ModuleList = compilation.GetTypeByMetadataName("TorchSharp.Modules.ModuleList`1");
        ModuleDict = compilation.GetTypeByMetadataName("TorchSharp.Modules.ModuleDict`1");
        Sequential = compilation.GetTypeByMetadataName("TorchSharp.Modules.Sequential");
        DisposeScope = compilation.GetTypeByMetadataName("TorchSharp.DisposeScope");
        ComponentNameAttribute = compilation.GetTypeByMetadataName("TorchSharp.Utils.ComponentNameAttribute");
        var modules = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        for (int arity = 2; arity <= 7; arity++)
        {
            if (compilation.GetTypeByMetadataName("TorchSharp.torch+nn+Module`" + arity) is { } generic)
                modules.Add(generic);
        }
        GenericModules = modules.ToImmutable();
    }

    public Compilation Compilation { get; }
    public INamedTypeSymbol? ScriptClassAttribute { get; }
    public INamedTypeSymbol? ScriptMethodAttribute { get; }
    public INamedTypeSymbol? ScriptConstantAttribute { get; }
    public INamedTypeSymbol? ScriptIgnoreAttribute { get; }
    public INamedTypeSymbol? Tensor { get; }
    public INamedTypeSymbol? Parameter { get; }
    public INamedTypeSymbol? Scalar { get; }
    public INamedTypeSymbol? ScalarType { get; }
    public INamedTypeSymbol? Device { get; }
    public INamedTypeSymbol? TensorIndex { get; }
    public INamedTypeSymbol? Torch { get; }
    public INamedTypeSymbol? Module { get; }
    public INamedTypeSymbol? ModuleList { get; }
    public INamedTypeSymbol? ModuleDict { get; }
    public INamedTypeSymbol? Sequential { get; }
    public INamedTypeSymbol? DisposeScope { get; }
    public INamedTypeSymbol? ComponentNameAttribute { get; }

    /// <summary>Module&lt;T, TResult&gt; … Module&lt;T1..T6, TResult&gt;, in arity order.</summary>
    public ImmutableArray<INamedTypeSymbol> GenericModules { get; }

    /// <summary>True when both TorchScribe and TorchSharp are referenced; otherwise nothing is analyzed.</summary>
    public bool IsUsable => ScriptClassAttribute is not null && Tensor is not null && Module is not null;

    public static KnownSymbols Create(Compilation compilation) => new(compilation);

    public bool IsTensor(ITypeSymbol? type) => type is not null && (Is(type, Tensor) || Is(type, Parameter));

    public bool IsParameter(ITypeSymbol? type) => Is(type, Parameter);

    public bool IsModule(ITypeSymbol? type) => InheritsFrom(type, Module);

    public bool IsScriptClass(ITypeSymbol? type) => type is INamedTypeSymbol named && HasAttribute(named, ScriptClassAttribute);

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
            if (current is INamedTypeSymbol named && named.IsGenericType && GenericModules.Any(m => SymbolEqualityComparer.Default.Equals(m, named.OriginalDefinition)))
                return named;
        }
        return null;
    }

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
}

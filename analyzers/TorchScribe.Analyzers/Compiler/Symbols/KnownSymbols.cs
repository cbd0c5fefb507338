using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Ops;

namespace TorchScribe.Analyzers.Compiler.Symbols;

/// <summary>
/// The TorchSharp, TorchScribe and BCL symbols the compiler core recognizes, resolved once per compilation and shared
/// by every class, analyzer and generator step that asks for that compilation.
/// </summary>
internal sealed partial class KnownSymbols
{
    public const string ScriptClassAttributeName = "TorchScribe.ScriptClassAttribute";

    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> Cache = new();

    private readonly System.Lazy<OpIndex> ops;

    private KnownSymbols(Compilation compilation)
    {
        Compilation = compilation;
        ScriptClassAttribute = Type(ScriptClassAttributeName);
        ScriptMethodAttribute = Type("TorchScribe.ScriptMethodAttribute");
        ScriptConstantAttribute = Type("TorchScribe.ScriptConstantAttribute");
        ScriptIgnoreAttribute = Type("TorchScribe.ScriptIgnoreAttribute");
        StockModuleAttribute = Type("TorchScribe.Runtime.StockModuleAttribute");
        ScriptModules = Type("TorchScribe.ScriptModules");
        Tensor = Type("TorchSharp.torch+Tensor");
        Parameter = Type("TorchSharp.Modules.Parameter");
        Scalar = Type("TorchSharp.Scalar");
        ScalarType = Type("TorchSharp.torch+ScalarType");
        Device = Type("TorchSharp.torch+Device");
        TensorIndex = Type("TorchSharp.torch+TensorIndex");
        Torch = Type("TorchSharp.torch");
        Nn = Type("TorchSharp.torch+nn");
        Reduction = Type("TorchSharp.torch+nn+Reduction");
        Module = Type("TorchSharp.torch+nn+Module");
        ModuleList = Type("TorchSharp.Modules.ModuleList`1");
        ModuleDict = Type("TorchSharp.Modules.ModuleDict`1");
        ParameterList = Type("TorchSharp.Modules.ParameterList");
        ParameterDict = Type("TorchSharp.Modules.ParameterDict");
        Sequential = Type("TorchSharp.Modules.Sequential");
        DisposeScope = Type("TorchSharp.DisposeScope");
        TensorExtensionMethods = Type("TorchSharp.TensorExtensionMethods");
        ComponentNameAttribute = Type("TorchSharp.Utils.ComponentNameAttribute");
        Enumerable = Type("System.Linq.Enumerable");
        Index = Type("System.Index");
        Exception = Type("System.Exception");
        ArgumentException = Type("System.ArgumentException");
        IndexOutOfRangeException = Type("System.IndexOutOfRangeException");
        KeyNotFoundException = Type("System.Collections.Generic.KeyNotFoundException");
        NotImplementedException = Type("System.NotImplementedException");
        InvalidOperationException = Type("System.InvalidOperationException");
        NotSupportedException = Type("System.NotSupportedException");
        GeneratedCodeAttribute = Type("System.CodeDom.Compiler.GeneratedCodeAttribute");
        SystemType = Type("System.Type");
        Activator = Type("System.Activator");
        Lists = Types("System.Collections.Generic.List`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1");
        List = Lists.FirstOrDefault(t => t.MetadataName == "List`1");
        Dictionaries = Types("System.Collections.Generic.Dictionary`2", "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2");
        Dictionary = Dictionaries.FirstOrDefault(t => t.MetadataName == "Dictionary`2");
        ReferenceTuples = Types(Enumerable1To8("System.Tuple`"));
        GenericModules = Types(Enumerable2To7("TorchSharp.torch+nn+Module`"));
        StockModules = ReadStockModules();
        ops = new System.Lazy<OpIndex>(() => OpIndex.Build(this));
    }

    /// <summary>The symbols of <paramref name="compilation"/>, resolved on first use and then shared.</summary>
    public static KnownSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new KnownSymbols(c));

    public Compilation Compilation { get; }

    public INamedTypeSymbol? ScriptClassAttribute { get; }
    public INamedTypeSymbol? ScriptMethodAttribute { get; }
    public INamedTypeSymbol? ScriptConstantAttribute { get; }
    public INamedTypeSymbol? ScriptIgnoreAttribute { get; }
    public INamedTypeSymbol? StockModuleAttribute { get; }
    public INamedTypeSymbol? ScriptModules { get; }
    public INamedTypeSymbol? Tensor { get; }
    public INamedTypeSymbol? Parameter { get; }
    public INamedTypeSymbol? Scalar { get; }
    public INamedTypeSymbol? ScalarType { get; }
    public INamedTypeSymbol? Device { get; }
    public INamedTypeSymbol? TensorIndex { get; }
    public INamedTypeSymbol? Torch { get; }
    public INamedTypeSymbol? Nn { get; }
    public INamedTypeSymbol? Reduction { get; }
    public INamedTypeSymbol? Module { get; }
    public INamedTypeSymbol? ModuleList { get; }
    public INamedTypeSymbol? ModuleDict { get; }

    public INamedTypeSymbol? ParameterList { get; }

    public INamedTypeSymbol? ParameterDict { get; }
    public INamedTypeSymbol? Sequential { get; }
    public INamedTypeSymbol? DisposeScope { get; }
    public INamedTypeSymbol? TensorExtensionMethods { get; }
    public INamedTypeSymbol? ComponentNameAttribute { get; }
    public INamedTypeSymbol? Enumerable { get; }
    public INamedTypeSymbol? Index { get; }
    public INamedTypeSymbol? Exception { get; }
    public INamedTypeSymbol? ArgumentException { get; }
    public INamedTypeSymbol? IndexOutOfRangeException { get; }
    public INamedTypeSymbol? KeyNotFoundException { get; }
    public INamedTypeSymbol? NotImplementedException { get; }
    public INamedTypeSymbol? InvalidOperationException { get; }
    public INamedTypeSymbol? NotSupportedException { get; }
    public INamedTypeSymbol? GeneratedCodeAttribute { get; }
    public INamedTypeSymbol? SystemType { get; }
    public INamedTypeSymbol? Activator { get; }
    public INamedTypeSymbol? List { get; }
    public INamedTypeSymbol? Dictionary { get; }

    /// <summary>List&lt;T&gt;, IList&lt;T&gt;, IReadOnlyList&lt;T&gt;: what script code may use as a list.</summary>
    public ImmutableArray<INamedTypeSymbol> Lists { get; }

    /// <summary>Dictionary, IDictionary, IReadOnlyDictionary: what script code may use as a dictionary.</summary>
    public ImmutableArray<INamedTypeSymbol> Dictionaries { get; }

    /// <summary>System.Tuple&lt;T1&gt; … &lt;T1..T8&gt; (TorchSharp returns some module results as these).</summary>
    public ImmutableArray<INamedTypeSymbol> ReferenceTuples { get; }

    /// <summary>Module&lt;T, TResult&gt; … Module&lt;T1..T6, TResult&gt;, in arity order.</summary>
    public ImmutableArray<INamedTypeSymbol> GenericModules { get; }

    /// <summary>
    /// The stock TorchSharp modules export translates, as the TorchScribe runtime declares them with
    /// <c>[assembly: StockModule(typeof(…), …)]</c>: one list, read by export at run time and by the compiler here.
    /// </summary>
    public ImmutableDictionary<INamedTypeSymbol, StockModuleInfo> StockModules { get; }

    /// <summary>The op table, keyed by the symbols of this compilation.</summary>
    public OpIndex Ops => ops.Value;

    /// <summary>True when both TorchScribe and TorchSharp are referenced; otherwise nothing is analyzed.</summary>
    public bool IsUsable => ScriptClassAttribute is not null && Tensor is not null && Module is not null;

    private INamedTypeSymbol? Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName);

    private ImmutableArray<INamedTypeSymbol> Types(params string[] metadataNames) =>
        metadataNames.Select(Type).OfType<INamedTypeSymbol>().ToImmutableArray();

    private static string[] Enumerable1To8(string prefix) => System.Linq.Enumerable.Range(1, 8).Select(i => prefix + i).ToArray();

    private static string[] Enumerable2To7(string prefix) => System.Linq.Enumerable.Range(2, 6).Select(i => prefix + i).ToArray();

    private ImmutableDictionary<INamedTypeSymbol, StockModuleInfo> ReadStockModules()
    {
        var builder = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, StockModuleInfo>(SymbolEqualityComparer.Default);
        if (StockModuleAttribute is null)
            return builder.ToImmutable();
        foreach (AttributeData attribute in StockModuleAttribute.ContainingAssembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, StockModuleAttribute)
                || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol module)
                continue;
            var factories = attribute.NamedArguments.Where(a => a.Key == "RecordingFactories" && !a.Value.IsNull)
                .SelectMany(a => a.Value.Values).Select(v => v.Value as string).OfType<string>().ToImmutableArray();
            string? unneededParameter = attribute.NamedArguments.FirstOrDefault(a => a.Key == "RecordingUnneededParameter").Value.Value as string;
            long unneededValue = attribute.NamedArguments.FirstOrDefault(a => a.Key == "RecordingUnneededValue").Value.Value is long value ? value : 0;
            builder[module.OriginalDefinition] = new StockModuleInfo(module.OriginalDefinition, factories, unneededParameter, unneededValue);
        }
        return builder.ToImmutable();
    }
}

/// <summary>
/// A stock module export translates; <see cref="RecordingFactories"/> name the ScriptModules factories its options need,
/// unless <see cref="RecordingUnneededParameter"/> is left out or is the constant <see cref="RecordingUnneededValue"/>.
/// </summary>
internal sealed record StockModuleInfo(INamedTypeSymbol Type, ImmutableArray<string> RecordingFactories, string? RecordingUnneededParameter, long RecordingUnneededValue);

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler.Ops;

/// <summary>
/// The op table keyed by the symbols of one compilation: for every overload of every API a row names, the rows that
/// apply to it, in table order. Built once per compilation; a lookup is one dictionary probe, with no symbol display.
/// </summary>
internal sealed class OpIndex
{
    private readonly Dictionary<ISymbol, ImmutableArray<OpRow>> rows;

    private OpIndex(Dictionary<ISymbol, ImmutableArray<OpRow>> rows) => this.rows = rows;

    public static OpIndex Build(KnownSymbols known)
    {
        var index = new Dictionary<ISymbol, List<OpRow>>(SymbolEqualityComparer.Default);
        var types = new Dictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal);
        foreach (OpRow row in OpTable.All)
        {
            if (!types.TryGetValue(row.Type, out INamedTypeSymbol? type))
                types[row.Type] = type = known.Compilation.GetTypeByMetadataName(row.Type);
            if (type is null)
                continue;
            foreach (ISymbol member in type.GetMembers(row.Member))
            {
                if (member is not (IMethodSymbol or IPropertySymbol or IFieldSymbol))
                    continue;
                if (row.Signature is { } signature && !signature.SequenceEqual(SignatureOf(member)))
                    continue;
                if (!index.TryGetValue(member, out List<OpRow>? list))
                    index[member] = list = new List<OpRow>();
                list.Add(row);
            }
        }
        return new OpIndex(index.ToDictionary(e => e.Key, e => e.Value.ToImmutableArray(), SymbolEqualityComparer.Default));
    }

    /// <summary>The rows for a method, operator, property or field, tried in order; empty when the table has none.</summary>
    public ImmutableArray<OpRow> Find(ISymbol symbol)
    {
        ISymbol key = symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol;
        if (key is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            key = property;
        return rows.TryGetValue(key.OriginalDefinition, out ImmutableArray<OpRow> found) ? found : ImmutableArray<OpRow>.Empty;
    }

    /// <summary>The parameter types as rows spell them (C# minimal display), without an extension method's receiver.</summary>
    private static IEnumerable<string> SignatureOf(ISymbol member)
    {
        ImmutableArray<IParameterSymbol> parameters = member switch
        {
            IMethodSymbol { IsExtensionMethod: true } method => method.Parameters.RemoveAt(0),
            IMethodSymbol method => method.Parameters,
            IPropertySymbol property => property.Parameters,
            _ => ImmutableArray<IParameterSymbol>.Empty,
        };
        return parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
    }
}

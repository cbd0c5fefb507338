using System.Linq;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>Maps C# types to TorchScript type annotations.</summary>
internal static class ScriptTypes
{
    /// <summary>
    /// The TorchScript spelling of a value type, or null when <paramref name="type"/> has none. Modules are not values:
    /// they are reached through attributes, never stored in locals or passed as arguments.
    /// </summary>
    public static string? Map(ITypeSymbol? type, KnownSymbols known)
    {
        if (type is null)
            return null;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
            return Map(nullableValue.TypeArguments[0], known) is { } inner ? $"Optional[{inner}]" : null;

        string? plain = MapNonNullable(type, known);
        if (plain is null)
            return null;
        bool nullableReference = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        return nullableReference ? $"Optional[{plain}]" : plain;
    }

    private static string? MapNonNullable(ITypeSymbol type, KnownSymbols known)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return "bool";
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
                return "int";
            case SpecialType.System_Single:
            case SpecialType.System_Double:
                return "float";
            case SpecialType.System_String:
                return "str";
        }
        if (known.IsTensor(type))
            return "Tensor";
        if (KnownSymbols.Is(type, known.ScalarType))
            return "int";           // TorchSharp's ScalarType codes are libtorch's dtype codes
        if (KnownSymbols.Is(type, known.Device))
            return "Device";
        if (type is IArrayTypeSymbol { Rank: 1 } array)
            return Map(array.ElementType, known) is { } element ? $"List[{element}]" : null;
        if (type is not INamedTypeSymbol named)
            return null;
        if (named.IsTupleType)
        {
            var elements = named.TupleElements.Select(e => Map(e.Type, known)).ToList();
            return elements.Count > 0 && elements.All(e => e is not null) ? $"Tuple[{string.Join(", ", elements)}]" : null;
        }
        string definition = named.OriginalDefinition.ToDisplayString();
        if (definition.StartsWith("System.Tuple<", System.StringComparison.Ordinal))
        {
            // TorchSharp returns System.Tuple from some modules (MultiheadAttention): a tuple all the same.
            var items = named.TypeArguments.Select(a => Map(a, known)).ToList();
            return items.All(i => i is not null) ? $"Tuple[{string.Join(", ", items)}]" : null;
        }
        switch (definition)
        {
            case "System.Collections.Generic.List<T>":
            case "System.Collections.Generic.IList<T>":
            case "System.Collections.Generic.IReadOnlyList<T>":
                return Map(named.TypeArguments[0], known) is { } element ? $"List[{element}]" : null;
            case "System.Collections.Generic.Dictionary<TKey, TValue>":
            case "System.Collections.Generic.IDictionary<TKey, TValue>":
            case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                string? key = Map(named.TypeArguments[0], known);
                string? value = Map(named.TypeArguments[1], known);
                return key is "str" or "int" or "float" or "bool" or "Tensor" && value is not null ? $"Dict[{key}, {value}]" : null;
        }
        return null;
    }

    /// <summary>True for the types a [ScriptConstant] can hold: numbers, bools, strings and value tuples of them.</summary>
    public static bool IsConstantType(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
                return true;
        }
        return type is INamedTypeSymbol { IsTupleType: true } tuple
            && tuple.TupleElements.Length > 0
            && tuple.TupleElements.All(e => IsConstantType(e.Type));
    }

    public static bool IsInteger(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_Int64;

    public static bool IsFloating(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double;
}

using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Symbols;

/// <summary>Maps C# types to TorchScript types.</summary>
internal static class ScriptTypeMapper
{
    /// <summary>
    /// The TorchScript type of values of <paramref name="type"/>, or null when it has none. Modules are not values: they
    /// are reached through attributes, never stored in variables or passed as arguments. Plain [ScriptClass]es,
    /// NamedTuple structs and module interfaces are, by their TorchScript class name.
    /// </summary>
    public static ScriptType? Map(ITypeSymbol? type, KnownSymbols known)
    {
        if (type is null)
            return null;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
            return Map(nullableValue.TypeArguments[0], known) is { } inner ? ScriptType.Optional(inner) : null;

        ScriptType? plain = MapNonNullable(type, known);
        if (plain is null)
            return null;
        bool nullableReference = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        return nullableReference ? ScriptType.Optional(plain) : plain;
    }

    private static ScriptType? MapNonNullable(ITypeSymbol type, KnownSymbols known)
    {
        if (NumericTypes.Of(type) is { } numeric)
            return numeric.ScriptType();
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return ScriptType.Bool;
            case SpecialType.System_String:
                return ScriptType.Str;
        }
        if (known.IsTensor(type))
            return ScriptType.Tensor;
        if (KnownSymbols.Is(type, known.ScalarType))
            return ScriptType.Int;           // TorchSharp's ScalarType codes are libtorch's dtype codes
        if (KnownSymbols.Is(type, known.Device))
            return ScriptType.Device;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
            return Map(array.ElementType, known) is { } element ? ScriptType.List(element) : null;
        if (type is not INamedTypeSymbol named)
            return null;
        if (named.IsTupleType || known.IsReferenceTuple(named))
        {
            // TorchSharp returns System.Tuple from some modules (MultiheadAttention): a tuple all the same.
            var items = (named.IsTupleType ? named.TupleElements.Select(e => e.Type) : named.TypeArguments).Select(t => Map(t, known)).ToArray();
            return items.Length > 0 && items.All(i => i is not null) ? ScriptType.Tuple(items!) : null;
        }
        if (known.IsList(named))
            return Map(named.TypeArguments[0], known) is { } element ? ScriptType.List(element) : null;
        if (known.IsDictionary(named))
        {
            ScriptType? key = Map(named.TypeArguments[0], known);
            ScriptType? value = Map(named.TypeArguments[1], known);
            return key is { Kind: ScriptTypeKind.Str or ScriptTypeKind.Int or ScriptTypeKind.Float or ScriptTypeKind.Bool or ScriptTypeKind.Tensor } && value is not null
                ? ScriptType.Dict(key, value)
                : null;
        }
        if (ScriptClassKinds.IsValueKind(ScriptClassKinds.Of(named, known)))
            return ScriptType.Class(ScriptClassContext.QualifiedNameOf(named));
        return null;
    }

    /// <summary>True for the types a [ScriptConstant] can hold: numbers, bools, strings and value tuples of them.</summary>
    public static bool IsConstantType(ITypeSymbol type)
    {
        if (IsInteger(type) || IsFloating(type) || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_String)
            return true;
        return type is INamedTypeSymbol { IsTupleType: true } tuple
            && tuple.TupleElements.Length > 0
            && tuple.TupleElements.All(e => IsConstantType(e.Type));
    }

    public static bool IsInteger(ITypeSymbol? type) => NumericTypes.Of(type)?.IsInteger() == true;

    public static bool IsFloating(ITypeSymbol? type) => NumericTypes.Of(type) is { } numeric && !numeric.IsInteger();
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    private ScriptExpression Indexer(IPropertyReferenceOperation indexer)
    {
        IOperation? instance = indexer.Instance;
        if (instance is null)
            return Unsupported(indexer);
        ITypeSymbol? type = instance.Type;
        if (known.IsTensor(type))
            return new TensorIndexExpression(Expression(instance), TensorIndices(indexer));

        if (ScriptTypeMapper.Map(type, known) is { Kind: ScriptTypeKind.Dict } && indexer.Arguments.Length == 1)
            return new IndexExpression(Expression(instance), Expression(indexer.Arguments[0].Value), TypeOf(indexer));
        if (ScriptTypeMapper.Map(type, known) is { Kind: ScriptTypeKind.List } && indexer.Arguments.Length == 1)
        {
            ScriptExpression list = Expression(instance);
            return new IndexExpression(list, ElementIndex(indexer.Arguments[0].Value, () => Length(list)), TypeOf(indexer));
        }
        bool modules = KnownSymbols.Is(type, known.ModuleList) || KnownSymbols.Is(type, known.ModuleDict);
        // ParameterDict's int indexer yields (key, parameter) pairs, not a parameter: only indexers of parameters qualify.
        bool parameters = (KnownSymbols.Is(type, known.ParameterList) || KnownSymbols.Is(type, known.ParameterDict)) && known.IsParameter(indexer.Property.Type);
        if ((modules || parameters) && indexer.Arguments.Length == 1)
        {
            // Children of module containers, and parameters of parameter containers, are attributes named "0", "1", ... or by key.
            object? key = indexer.Arguments[0].Value.ConstantValue is { HasValue: true } constant ? constant.Value : null;
            if (key is string or int or long && !(key is int i && i < 0) && !(key is long l && l < 0))
                return new ModuleChildExpression(Expression(instance), System.Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!, parameters ? ScriptType.Tensor : null);
            return Fail(Descriptors.UnsupportedConstruct, indexer, "Indexing a module or parameter container with a computed or negative index", "use a constant index, or a foreach over a module container");
        }
        return Fail(Descriptors.NoTorchScriptMapping, indexer, $"The indexer of '{type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "index tensors, lists, dictionaries, ModuleList, ModuleDict, ParameterList or ParameterDict");
    }

    private ScriptExpression ArrayElement(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1)
            return Fail(Descriptors.UnsupportedConstruct, element, "A multi-dimensional array", "use a tensor");
        IOperation index = element.Indices[0];
        // x.shape[i] is x.size(i): no list is built.
        if (element.ArrayReference is IPropertyReferenceOperation { Property.Name: "shape" } shape && known.IsTensor(shape.Property.ContainingType) && shape.Instance is not null)
        {
            ScriptExpression tensor = Expression(shape.Instance);
            var dimensions = new BuiltinExpression(ScriptBuiltin.Dimensions, ImmutableArray.Create(tensor), ScriptType.Int);
            return new BuiltinExpression(ScriptBuiltin.Size, ImmutableArray.Create(tensor, ElementIndex(index, () => dimensions)), ScriptType.Int);
        }
        ScriptExpression array = Expression(element.ArrayReference);
        return new IndexExpression(array, ElementIndex(index, () => Length(array)), TypeOf(element));
    }

    /// <summary><c>list[^1]</c>: C#'s implicit Index support on a type with Count and an int indexer.</summary>
    private ScriptExpression ImplicitIndexer(IImplicitIndexerReferenceOperation indexer)
    {
        if (ScriptTypeMapper.Map(indexer.Instance.Type, known) is not { Kind: ScriptTypeKind.List } || indexer.Argument.Type?.Name != "Index")
            return Fail(Descriptors.UnsupportedConstruct, indexer, "This index or range", "index lists with an int or ^n");
        ScriptExpression list = Expression(indexer.Instance);
        return new IndexExpression(list, ElementIndex(indexer.Argument, () => Length(list)), TypeOf(indexer));
    }

    private static ScriptExpression Length(ScriptExpression list) => new BuiltinExpression(ScriptBuiltin.Length, ImmutableArray.Create(list), ScriptType.Int);

    /// <summary>
    /// An index into a list, array or shape, as C# reads it: <c>^n</c> counts from the end (Python's <c>-n</c> for a
    /// constant n &gt; 0); any other index that may be negative is checked, because C# throws where Python would count
    /// from the end.
    /// </summary>
    private ScriptExpression ElementIndex(IOperation index, System.Func<ScriptExpression> length)
    {
        if (index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd)
        {
            if (fromEnd.Operand.ConstantValue is { HasValue: true, Value: int or long } constant && System.Convert.ToInt64(constant.Value) > 0)
                return new LiteralExpression(-System.Convert.ToInt64(constant.Value), ScriptType.Int);
            ScriptExpression offset = Operator(ScriptOperator.Subtract, ScriptType.Int, length(), Expression(fromEnd.Operand));
            return new CheckedIndexExpression(offset);
        }
        if (index.ConstantValue is { HasValue: true, Value: int or long } value && System.Convert.ToInt64(value.Value) >= 0)
            return Expression(index);
        return new CheckedIndexExpression(Expression(index));
    }

    /// <summary>The index list of a tensor indexer: ints, slices, None, ..., tensors and masks.</summary>
    private ImmutableArray<TensorIndexPart> TensorIndices(IPropertyReferenceOperation indexer)
    {
        var parts = ImmutableArray.CreateBuilder<TensorIndexPart>();
        foreach (IArgumentOperation argument in indexer.Arguments)
        {
            IOperation value = argument.Value;
            if (argument.ArgumentKind == ArgumentKind.ParamArray || (value is IArrayCreationOperation && argument.Parameter?.IsParams == true))
            {
                if (value is not IArrayCreationOperation { Initializer: { } initializer })
                {
                    parts.Add(new TensorIndexPart(TensorIndexKind.Value, Fail(Descriptors.UnsupportedConstruct, value, "An index array built elsewhere", "write the indices in the indexer")));
                    continue;
                }
                parts.AddRange(initializer.ElementValues.Select(TensorIndex));
            }
            else if (argument.Parameter?.IsParams == true)
            {
                parts.Add(new TensorIndexPart(TensorIndexKind.Value, Fail(Descriptors.UnsupportedConstruct, value, "An index array built elsewhere", "write the indices in the indexer")));
            }
            else
            {
                parts.Add(TensorIndex(value));
            }
        }
        return parts.ToImmutable();
    }

    private TensorIndexPart TensorIndex(IOperation index)
    {
        switch (index)
        {
            case IConversionOperation { OperatorMethod: not null } conversion when KnownSymbols.Is(conversion.Type, known.TensorIndex):
                return IndexValue(conversion.Operand);
            case IInvocationOperation invocation when KnownSymbols.Is(invocation.TargetMethod.ContainingType, known.TensorIndex):
                var args = invocation.Arguments;
                switch (invocation.TargetMethod.Name)
                {
                    case "Slice" when args.Length == 1:
                        return IndexValue(args[0].Value);
                    case "Slice":
                        return new TensorIndexPart(TensorIndexKind.Slice,
                            Start: SliceBound(args[0].Value),
                            Stop: args.Length > 1 ? SliceBound(args[1].Value) : null,
                            Step: args.Length > 2 ? SliceBound(args[2].Value) : null);
                    case "Single":
                    case "Tensor":
                    case "Bool":
                        return new TensorIndexPart(TensorIndexKind.Value, Expression(args[0].Value));
                }
                break;
            case IFieldReferenceOperation field when KnownSymbols.Is(field.Field.ContainingType, known.TensorIndex):
                switch (field.Field.Name)
                {
                    case "Ellipsis":
                        return new TensorIndexPart(TensorIndexKind.Ellipsis);
                    case "None":
                        return new TensorIndexPart(TensorIndexKind.NewAxis);
                    case "Colon":
                        return new TensorIndexPart(TensorIndexKind.Slice);
                }
                break;
        }
        if (known.IsTensor(index.Type) || ScriptTypeMapper.IsInteger(index.Type))
            return new TensorIndexPart(TensorIndexKind.Value, Expression(index));
        return new TensorIndexPart(TensorIndexKind.Value,
            Fail(Descriptors.NoTorchScriptMapping, index, $"The index '{index.Syntax}'", "use integers, TensorIndex.Slice/Single/Tensor/Ellipsis/None/Colon, ranges or tensors"));
    }

    /// <summary>A value converted to a TensorIndex: an integer, a C# range or index, or a (start, end) tuple.</summary>
    private TensorIndexPart IndexValue(IOperation value)
    {
        switch (value)
        {
            case IRangeOperation range:
                return new TensorIndexPart(TensorIndexKind.Slice, Start: SliceBound(range.LeftOperand), Stop: SliceBound(range.RightOperand));
            case ITupleOperation { Elements.Length: 2 } tuple:
                return new TensorIndexPart(TensorIndexKind.Slice, Start: SliceBound(tuple.Elements[0]), Stop: SliceBound(tuple.Elements[1]));
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd:
                return new TensorIndexPart(TensorIndexKind.Value, FromEnd(fromEnd.Operand));
            default:
                return new TensorIndexPart(TensorIndexKind.Value, Expression(value));
        }
    }

    /// <summary>A slice bound: null for an absent or null bound, negative for a from-end index (^n).</summary>
    private ScriptExpression? SliceBound(IOperation? bound)
    {
        IOperation? value = bound;
        // Plain conversions, and System.Index's implicit conversion from int (how `1..3` is typed).
        while (value is IConversionOperation conversion
               && (conversion.OperatorMethod is null || KnownSymbols.Is(conversion.OperatorMethod.ContainingType, known.Index)))
            value = conversion.Operand;
        return value switch
        {
            null => null,
            _ when IsNullLiteral(value) => null,
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd => FromEnd(fromEnd.Operand),
            _ => Expression(value),
        };
    }

    /// <summary>^n as a negative index; ^0 as an exclusive end means "to the end", an absent bound.</summary>
    private ScriptExpression? FromEnd(IOperation operand) =>
        operand.ConstantValue is { HasValue: true, Value: 0 } ? null : Operator(ScriptOperator.Negate, ScriptType.Int, Expression(operand));
}

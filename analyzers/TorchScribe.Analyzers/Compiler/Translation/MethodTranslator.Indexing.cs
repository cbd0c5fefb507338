using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Translation;

internal sealed partial class MethodTranslator
{
    private string Indexer(IPropertyReferenceOperation indexer)
    {
        IOperation? instance = indexer.Instance;
        if (instance is null)
            return Unsupported(indexer);
        ITypeSymbol? type = instance.Type;
        if (known.IsTensor(type))
            return $"{Expr(instance)}[{TensorIndices(indexer)}]";

        bool listLike = ScriptTypes.Map(type, known) is { } mapped && (mapped.StartsWith("List[", System.StringComparison.Ordinal) || mapped.StartsWith("Dict[", System.StringComparison.Ordinal));
        if (listLike && indexer.Arguments.Length == 1)
            return $"{Expr(instance)}[{Expr(indexer.Arguments[0].Value)}]";
        if ((KnownSymbols.Is(type, known.ModuleList) || KnownSymbols.Is(type, known.ModuleDict)) && indexer.Arguments.Length == 1)
        {
            // Children of module containers are attributes named "0", "1", ... or by key: getattr with a constant.
            object? key = indexer.Arguments[0].Value.ConstantValue is { HasValue: true } constant ? constant.Value : null;
            if (key is string or int or long && !(key is int i && i < 0) && !(key is long l && l < 0))
                return $"getattr({Expr(instance)}, {ScriptSyntax.String(System.Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!)})";
            return Fail(Descriptors.UnsupportedConstruct, indexer, "Indexing a module container with a computed or negative index", "use a constant index, or a foreach over the container");
        }
        return Fail(Descriptors.NoTorchScriptMapping, indexer, $"The indexer of '{type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "index tensors, lists, dictionaries, ModuleList or ModuleDict");
    }

    /// <summary>The index list of a tensor indexer: ints, slices, None, ..., tensors and masks.</summary>
    private string TensorIndices(IPropertyReferenceOperation indexer)
    {
        var parts = new List<string>();
        foreach (IArgumentOperation argument in indexer.Arguments)
        {
            IOperation value = argument.Value;
            if (argument.ArgumentKind == ArgumentKind.ParamArray || (value is IArrayCreationOperation && argument.Parameter?.IsParams == true))
            {
                if (value is not IArrayCreationOperation { Initializer: { } initializer })
                {
                    parts.Add(Fail(Descriptors.UnsupportedConstruct, value, "An index array built elsewhere", "write the indices in the indexer"));
                    continue;
                }
                parts.AddRange(initializer.ElementValues.Select(TensorIndex));
            }
            else if (argument.Parameter?.IsParams == true)
            {
                parts.Add(Fail(Descriptors.UnsupportedConstruct, value, "An index array built elsewhere", "write the indices in the indexer"));
            }
            else
            {
                parts.Add(TensorIndex(value));
            }
        }
        return string.Join(", ", parts);
    }

    private string TensorIndex(IOperation index)
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
                        string start = SliceBound(args[0].Value);
                        string stop = args.Length > 1 ? SliceBound(args[1].Value) : "";
                        string step = args.Length > 2 ? SliceBound(args[2].Value) : "";
                        return step.Length == 0 ? $"{start}:{stop}" : $"{start}:{stop}:{step}";
                    case "Single":
                    case "Tensor":
                        return Expr(args[0].Value);
                    case "Bool":
                        return Expr(args[0].Value);
                }
                break;
            case IFieldReferenceOperation field when KnownSymbols.Is(field.Field.ContainingType, known.TensorIndex):
                switch (field.Field.Name)
                {
                    case "Ellipsis":
                        return "...";
                    case "None":
                        return "None";
                    case "Colon":
                        return ":";
                }
                break;
        }
        if (known.IsTensor(index.Type) || ScriptTypes.IsInteger(index.Type))
            return Expr(index);
        return Fail(Descriptors.NoTorchScriptMapping, index, $"The index '{index.Syntax}'", "use integers, TensorIndex.Slice/Single/Tensor/Ellipsis/None/Colon, ranges or tensors");
    }

    /// <summary>A value converted to a TensorIndex: an integer, a C# range or index, or a (start, end) tuple.</summary>
    private string IndexValue(IOperation value)
    {
        switch (value)
        {
            case IRangeOperation range:
                return $"{SliceBound(range.LeftOperand)}:{SliceBound(range.RightOperand)}";
            case ITupleOperation { Elements.Length: 2 } tuple:
                return $"{SliceBound(tuple.Elements[0])}:{SliceBound(tuple.Elements[1])}";
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd:
                return FromEnd(fromEnd.Operand);
            default:
                return Expr(value);
        }
    }

    /// <summary>A slice bound: empty for null or absent, negative for a from-end index (^n).</summary>
    private string SliceBound(IOperation? bound)
    {
        IOperation? value = bound;
        // Plain conversions, and System.Index's implicit conversion from int (how `1..3` is typed).
        while (value is IConversionOperation conversion
               && (conversion.OperatorMethod is null || conversion.OperatorMethod.ContainingType.ToDisplayString() == "System.Index"))
            value = conversion.Operand;
        return value switch
        {
            null => "",
            _ when IsNullLiteral(value) => "",
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } fromEnd => FromEnd(fromEnd.Operand),
            _ => Expr(value),
        };
    }

    private string FromEnd(IOperation operand)
    {
        string text = Expr(operand);
        // ^0 as an exclusive end means "to the end": an empty bound, not -0.
        return operand.ConstantValue is { HasValue: true, Value: 0 } ? "" : $"-{text}";
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Runtime;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Printing;

internal sealed partial class TorchScriptPrinter
{
    /// <summary>An expression; every operator is parenthesized, so Python's precedence never differs from C#'s.</summary>
    private EquatableArray<CodePiece> Expression(ScriptExpression expression)
    {
        var builder = new PieceBuilder();
        Append(builder, expression);
        return builder.ToPieces();
    }

    private void Append(PieceBuilder b, ScriptExpression expression)
    {
        switch (expression)
        {
            case ErrorExpression:
                throw new System.InvalidOperationException("code with errors is never printed");
            case LiteralExpression { Value: double number }:
                FloatLiteral(b, number);
                break;
            case LiteralExpression literal:
                b.Append(Literal(literal.Value));
                break;
            case VariableExpression variable:
                b.Append(variable.Name);
                break;
            case NotNullExpression notNull:
                b.Append("unchecked_cast(" + notNull.Type + ", ");
                Append(b, notNull.Operand);
                b.Append(")");
                break;
            case UninitializedExpression uninitialized:
                b.Append("uninitialized(" + uninitialized.Type + ")");
                break;
            case SelfExpression:
                b.Append("self");
                break;
            case AttributeExpression attribute:
                if (ScriptSyntax.IsPlainIdentifier(attribute.Name))
                {
                    Append(b, attribute.Target);
                    b.Append("." + attribute.Name);
                }
                else
                {
                    b.Append("getattr(");
                    Append(b, attribute.Target);
                    b.Append(", " + ScriptSyntax.String(attribute.Name) + ")");
                }
                break;
            case ConstantExpression constant:
                b.Append(new CodePiece(CodePieceKind.Constant, constant.Constant.MemberName, constant.Constant.IsStatic));
                break;
            case ModuleItemExpression item:
                b.Append(new CodePiece(CodePieceKind.LoopItem, item.Item));
                break;
            case ModuleChildExpression child:
                b.Append("getattr(");
                Append(b, child.Container);
                b.Append(", " + ScriptSyntax.String(child.Child) + ")");
                break;
            case OperatorExpression op:
                Operator(b, op);
                break;
            case ConvertExpression convert:
                b.Append(convert.Type.ToString() + "(");
                Append(b, convert.Operand);
                b.Append(")");
                break;
            case NumericConversionExpression conversion:
                NumericConversion(b, conversion);
                break;
            case CheckedIndexExpression index:
                CheckedIndex(b, index);
                break;
            case OpCallExpression call:
                OpCall(b, call);
                break;
            case MethodCallExpression call:
                Append(b, call.Target);
                b.Append("." + call.Method + "(");
                Arguments(b, call.Arguments);
                b.Append(")");
                break;
            case FunctionCallExpression call:
                b.Append(call.Module + "." + call.Function + "(");
                Arguments(b, call.Arguments);
                b.Append(")");
                break;
            case ConstructExpression construct:
                b.Append(construct.Type + "(");
                Arguments(b, construct.Arguments);
                b.Append(")");
                break;
            case BuiltinExpression builtin:
                Builtin(b, builtin);
                break;
            case ConditionalExpression conditional:
                b.Append("(");
                Append(b, conditional.WhenTrue);
                b.Append(" if ");
                Append(b, conditional.Condition);
                b.Append(" else ");
                Append(b, conditional.WhenFalse);
                b.Append(")");
                break;
            case CollectionExpression collection:
                Collection(b, collection);
                break;
            case IndexExpression index:
                Append(b, index.Target);
                b.Append("[");
                Append(b, index.Index);
                b.Append("]");
                break;
            case TensorIndexExpression index:
                Append(b, index.Target);
                b.Append("[");
                for (int i = 0; i < index.Parts.Length; i++)
                {
                    if (i > 0)
                        b.Append(", ");
                    TensorIndex(b, index.Parts[i]);
                }
                b.Append("]");
                break;
            case FormatExpression format:
                Format(b, format);
                break;
            default:
                throw new System.InvalidOperationException($"no printing for {expression.GetType().Name}");
        }
    }

    private static string Literal(object? value) => value switch
    {
        null => "None",
        bool b => ScriptSyntax.Bool(b),
        string s => ScriptSyntax.String(s),
        double d => ScriptSyntax.Float(d),
        long l => ScriptSyntax.Int(l),
        _ => throw new System.InvalidOperationException($"no literal for {value.GetType().Name}"),
    };

    private void Operator(PieceBuilder b, OperatorExpression op)
    {
        if (!NumericOperator(b, op))
            PlainOperator(b, op);
    }

    /// <summary>The operator as Python writes it, which is C#'s wherever <see cref="NumericOperator"/> does not step in.</summary>
    private void PlainOperator(PieceBuilder b, OperatorExpression op)
    {
        var operands = op.Operands;
        switch (op.Operator)
        {
            case ScriptOperator.FloatRemainder:
                Wrap(b, "torch.fmod(", operands[0], ", ", operands[1], ")");
                return;
            case ScriptOperator.Negate:
                Wrap(b, "(-", operands[0], ")");
                return;
            case ScriptOperator.Not:
                Wrap(b, "(not ", operands[0], ")");
                return;
            case ScriptOperator.BitwiseNot:
                // TorchScript has no ~ on ints; in two's complement ~x is -1 - x, which never overflows.
                Wrap(b, "(-1 - ", operands[0], ")");
                return;
            case ScriptOperator.IsNone:
                Wrap(b, "(", operands[0], " is None)");
                return;
            case ScriptOperator.IsNotNone:
                Wrap(b, "(", operands[0], " is not None)");
                return;
        }
        string symbol = op.Operator switch
        {
            ScriptOperator.Add or ScriptOperator.Concatenate => "+",
            ScriptOperator.Subtract => "-",
            ScriptOperator.Multiply => "*",
            ScriptOperator.Divide => "/",
            ScriptOperator.BitwiseAnd => "&",
            ScriptOperator.BitwiseOr => "|",
            ScriptOperator.BitwiseXor => "^",
            ScriptOperator.ShiftLeft => "<<",
            ScriptOperator.ShiftRight => ">>",
            ScriptOperator.Equal => "==",
            ScriptOperator.NotEqual => "!=",
            ScriptOperator.Less => "<",
            ScriptOperator.LessOrEqual => "<=",
            ScriptOperator.Greater => ">",
            ScriptOperator.GreaterOrEqual => ">=",
            ScriptOperator.And => "and",
            ScriptOperator.Or => "or",
            ScriptOperator.Contains => "in",
            _ => throw new System.InvalidOperationException($"no printing for {op.Operator}"),
        };
        Wrap(b, "(", operands[0], $" {symbol} ", operands[1], ")");
    }

    /// <summary>Appends text and expressions in turn.</summary>
    private void Wrap(PieceBuilder b, params object[] parts)
    {
        foreach (object part in parts)
        {
            if (part is string text)
                b.Append(text);
            else
                Append(b, (ScriptExpression)part);
        }
    }

    private void Arguments(PieceBuilder b, IEnumerable<ScriptArgument> arguments)
    {
        bool first = true;
        foreach (ScriptArgument argument in arguments)
        {
            if (!first)
                b.Append(", ");
            if (argument.Name is { } name)
                b.Append(name + "=");
            Append(b, argument.Value);
            first = false;
        }
    }

    /// <summary>An op-table row's template with the bound arguments in place of its placeholders.</summary>
    private void OpCall(PieceBuilder b, OpCallExpression call)
    {
        callsCSharpSemantics |= call.Row.CallsCSharpSemantics;
        var effects = call.Arguments.Where(a => a.Effect is not null).OrderBy(a => a.Effect).ToList();
        if (effects.Count == 0)
        {
            OpTemplateText(b, call, call.Arguments);
            return;
        }

        // Arguments with effects are evaluated first, once and in C#'s order, into a tuple the template then reads:
        // [template(ts_e[0], ts_e[1]) for ts_e in [(a, b)]][0].
        const string Effects = OpTemplate.ReservedPrefix + "e";
        var arguments = call.Arguments.Select(a => a.Effect is int place
            ? a with { Value = new IndexExpression(new VariableExpression(Effects, a.Value!.Type), new LiteralExpression((long)place, ScriptType.Int), a.Value!.Type) }
            : a).ToImmutableArray();
        b.Append("[");
        OpTemplateText(b, call, arguments);
        b.Append(" for " + Effects + " in [(");
        for (int i = 0; i < effects.Count; i++)
        {
            if (i > 0)
                b.Append(", ");
            Append(b, effects[i].Value!);
        }
        b.Append(effects.Count == 1 ? ",)]][0]" : ")]][0]");
    }

    private void OpTemplateText(PieceBuilder b, OpCallExpression call, IReadOnlyList<OpArgument> bound)
    {
        var arguments = bound.ToDictionary(a => a.Name, a => a.Value, System.StringComparer.Ordinal);
        foreach (OpTemplate.Segment segment in call.Row.Template.Segments)
        {
            if (segment.Literal is not null)
            {
                b.Append(segment.Literal);
                continue;
            }
            ScriptExpression? value = arguments[segment.Parameter!];
            if (value is null)
            {
                // The row's fallback: another parameter, or literal text.
                if (arguments.TryGetValue(segment.Fallback!, out ScriptExpression? fallback) && fallback is not null)
                    AppendArgument(b, fallback, segment.AsList);
                else
                    b.Append(segment.Fallback!);
                continue;
            }
            AppendArgument(b, value, segment.AsList);
        }
    }

    /// <summary>An argument; where the row wants a list, a lone int becomes a one-element list.</summary>
    private void AppendArgument(PieceBuilder b, ScriptExpression value, bool asList)
    {
        bool wrap = asList && value.Type.Kind == ScriptTypeKind.Int;
        if (wrap)
            b.Append("[");
        Append(b, value);
        if (wrap)
            b.Append("]");
    }

    private void Builtin(PieceBuilder b, BuiltinExpression builtin)
    {
        var args = builtin.Arguments;
        switch (builtin.Builtin)
        {
            case ScriptBuiltin.Length:
                Wrap(b, "len(", args[0], ")");
                break;
            case ScriptBuiltin.Dimensions:
                Wrap(b, args[0], ".dim()");
                break;
            case ScriptBuiltin.Size when args.Length == 1:
                Wrap(b, args[0], ".size()");
                break;
            case ScriptBuiltin.Size:
                Wrap(b, args[0], ".size(", args[1], ")");
                break;
            case ScriptBuiltin.Item when args.Length == 2:
                if (builtin.Type.Kind == ScriptTypeKind.Bool)
                    CallSemantics(b, CSharpSemantics.ItemBool, args[0]);
                else
                    CallSemantics(b, builtin.Type.Kind == ScriptTypeKind.Float ? CSharpSemantics.ItemFloat : CSharpSemantics.ItemInt, args[0], args[1]);
                break;
            case ScriptBuiltin.Item:
                Wrap(b, builtin.Type + "(", args[0], ".item())");
                break;
            case ScriptBuiltin.ScalarTensor:
                // torch.full, not torch.tensor: TorchScript's torch.tensor of a float rounds through float32 first.
                Wrap(b, "torch.full([], ", args[0], ", dtype=", args[1], ")");
                break;
            case ScriptBuiltin.GradEnabled:
                b.Append("torch.is_grad_enabled()");
                break;
            case ScriptBuiltin.SetGradEnabled:
                Wrap(b, "torch.set_grad_enabled(", args[0], ")");
                break;
            default:
                throw new System.InvalidOperationException($"no printing for {builtin.Builtin}");
        }
    }

    private void Collection(PieceBuilder b, CollectionExpression collection)
    {
        var items = collection.Items;
        switch (collection.Type.Kind)
        {
            case ScriptTypeKind.Tuple:
                b.Append("(");
                AppendItems(b, items, ", ");
                b.Append(items.Length == 1 ? ",)" : ")");
                return;
            case ScriptTypeKind.Dict:
                if (items.IsEmpty)
                {
                    b.Append($"annotate({collection.Type}, {{}})");
                    return;
                }
                b.Append("{");
                for (int i = 0; i < items.Length; i += 2)
                {
                    if (i > 0)
                        b.Append(", ");
                    Wrap(b, items[i], ": ", items[i + 1]);
                }
                b.Append("}");
                return;
            default:
                if (items.IsEmpty)
                {
                    b.Append($"annotate({collection.Type.NonOptional}, [])");
                    return;
                }
                b.Append("[");
                AppendItems(b, items, ", ");
                b.Append("]");
                return;
        }
    }

    private void AppendItems(PieceBuilder b, IEnumerable<ScriptExpression> items, string separator)
    {
        bool first = true;
        foreach (ScriptExpression item in items)
        {
            if (!first)
                b.Append(separator);
            Append(b, item);
            first = false;
        }
    }

    private void TensorIndex(PieceBuilder b, TensorIndexPart part)
    {
        switch (part.Kind)
        {
            case TensorIndexKind.Value:
                Append(b, part.Value!);
                break;
            case TensorIndexKind.Ellipsis:
                b.Append("...");
                break;
            case TensorIndexKind.NewAxis:
                b.Append("None");
                break;
            case TensorIndexKind.Slice:
                if (part.Start is not null)
                    Append(b, part.Start);
                b.Append(":");
                if (part.Stop is not null)
                    Append(b, part.Stop);
                if (part.Step is not null)
                {
                    b.Append(":");
                    Append(b, part.Step);
                }
                break;
        }
    }

    /// <summary>Text and values: <c>"a{}b".format(x)</c>, or a plain string when nothing is formatted.</summary>
    private void Format(PieceBuilder b, FormatExpression format)
    {
        if (format.Values.IsEmpty)
        {
            b.Append(ScriptSyntax.String(format.Texts[0]));
            return;
        }
        b.Append("\"");
        for (int i = 0; i < format.Texts.Length; i++)
        {
            b.Append(ScriptSyntax.StringContent(format.Texts[i], formatString: true));
            if (i < format.Values.Length)
                b.Append("{}");
        }
        b.Append("\".format(");
        AppendItems(b, format.Values, ", ");
        b.Append(")");
    }
}

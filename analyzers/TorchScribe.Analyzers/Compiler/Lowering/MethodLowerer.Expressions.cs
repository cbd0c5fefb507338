using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
    /// <summary>Lowers an expression; what cannot be lowered becomes an <see cref="ErrorExpression"/> with a diagnostic.</summary>
    private ScriptExpression Expression(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (operation.Type?.TypeKind == TypeKind.Dynamic || operation.Kind.ToString().StartsWith("Dynamic", StringComparison.Ordinal))
            return Fail(Descriptors.Dynamic, operation, operation.Syntax.ToString());
        if (operation.ConstantValue.HasValue)
            return Literal(operation.ConstantValue.Value, operation.Type, operation.Syntax.GetLocation());
        Learn(operation.Type);

        switch (operation)
        {
            case ILocalReferenceOperation local:
                if (disposeScopes.Contains(local.Local))
                    return Fail(Descriptors.UnsupportedConstruct, operation, "Using a dispose scope as a value", "only call MoveToOuter/Detach on it");
                if (moduleItems.TryGetValue(local.Local, out string? item))
                    return new ModuleItemExpression(item);
                return new VariableExpression(NameOf(local.Local), TypeOf(operation));
            case IParameterReferenceOperation parameter:
                return new VariableExpression(NameOf(parameter.Parameter), TypeOf(operation));
            case IInstanceReferenceOperation:
                return method.IsStatic ? Fail(Descriptors.UnsupportedConstruct, operation, "'this' in a static method", "make the method an instance method") : new SelfExpression(ScriptType.Module);
            case IFieldReferenceOperation field:
                return Field(field);
            case IPropertyReferenceOperation property:
                return Property(property);
            case IInvocationOperation invocation:
                return Invocation(invocation);
            case IBinaryOperation binary:
                return Binary(binary, binary.OperatorKind, binary.LeftOperand, binary.RightOperand, binary.OperatorMethod);
            case IUnaryOperation unary:
                return Unary(unary);
            case IConditionalOperation { WhenFalse: not null } conditional:
                ReportTensorBranches(conditional.Condition);
                return new ConditionalExpression(Expression(conditional.Condition), Expression(conditional.WhenTrue), Expression(conditional.WhenFalse), TypeOf(operation));
            case ICoalesceOperation coalesce:
                return Coalesce(coalesce);
            case IConversionOperation conversion:
                return Conversion(conversion);
            case IArrayCreationOperation array:
                return ArrayCreation(array);
            case ITupleOperation tuple:
                return new CollectionExpression(tuple.Elements.Select(Expression).ToImmutableArray(), TypeOf(operation));
            case IObjectCreationOperation creation:
                return ObjectCreation(creation);
            case IArrayElementReferenceOperation element:
                return ArrayElement(element);
            case IImplicitIndexerReferenceOperation implicitIndexer:
                return ImplicitIndexer(implicitIndexer);
            case IIsPatternOperation pattern:
                return IsPattern(pattern);
            case IInterpolatedStringOperation interpolated:
                return Interpolated(interpolated);
            case IDefaultValueOperation defaultValue:
                return defaultValue.Type is { IsReferenceType: true } || defaultValue.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    ? new LiteralExpression(null, TypeOf(operation))
                    : Fail(Descriptors.UnsupportedConstruct, operation, "default(...) of a value type", "write the value");
            case IParenthesizedOperation parenthesized:
                return Expression(parenthesized.Operand);
            case IInvalidOperation:
                hasInvalidCode = true;      // the C# compiler reports it; no TSB diagnostic is added
                return ErrorExpression.Instance;
            case IAnonymousFunctionOperation:
            case IDelegateCreationOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "A lambda or delegate", "write the computation inline or as a [ScriptMethod]");
            case ITranslatedQueryOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "A LINQ query", "use a for loop over a list, or a torch operation");
            case IAwaitOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "await", "make the code synchronous");
            case ITypeOfOperation:
                return Fail(Descriptors.Reflection, operation, operation.Syntax.ToString());
            case IAddressOfOperation:
            case ISizeOfOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "Unsafe code (pointers, sizeof)", "use tensor operations");
            case IThrowOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "A throw expression", "throw in an if statement");
            case ISwitchExpressionOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "A switch expression", "use if/else or ?:");
            case IAssignmentOperation:
            case IIncrementOrDecrementOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "An assignment used as a value", "assign in a statement of its own");
            case IDeclarationExpressionOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "An out variable", "return values in a tuple");
            case IRangeOperation:
                return Fail(Descriptors.UnsupportedConstruct, operation, "A range outside a tensor index", "use TensorIndex.Slice inside an indexer");
            default:
                if (operation.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression))
                    return CollectionLiteral(operation, operation.Type);
                return Unsupported(operation);
        }
    }

    /// <summary>The script type of an operation's C# type; <c>None</c> when it has none (modules, or an error reported elsewhere).</summary>
    private ScriptType TypeOf(IOperation operation) =>
        known.IsModule(operation.Type) ? ScriptType.Module : ScriptTypeMapper.Map(operation.Type, known) ?? ScriptType.None;

    private static ScriptExpression Operator(ScriptOperator op, ScriptType type, params ScriptExpression[] operands) =>
        new OperatorExpression(op, operands.ToImmutableArray(), type);

    /// <summary>A C# constant as a literal, typed by the C# type it has at that point.</summary>
    private ScriptExpression Literal(object? value, ITypeSymbol? type, Location location)
    {
        if (value is null)
            return new LiteralExpression(null, ScriptTypeMapper.Map(type, known) ?? ScriptType.None);
        if (type?.TypeKind == TypeKind.Enum)
            return EnumLiteral(value, (INamedTypeSymbol)type, location);
        switch (value)
        {
            case bool b:
                return new LiteralExpression(b, ScriptType.Bool);
            case string s:
                return new LiteralExpression(s, ScriptType.Str);
            case char c:
                return new LiteralExpression(c.ToString(), ScriptType.Str);
            case float f:
                return new LiteralExpression((double)f, ScriptType.Float);
            case double d:
                return new LiteralExpression(d, ScriptType.Float);
            case decimal:
                Report(Descriptors.NoTorchScriptMapping, location, "decimal", "use double");
                return ErrorExpression.Instance;
            case ulong u when u > long.MaxValue:
                Report(Descriptors.NoTorchScriptMapping, location, "An unsigned 64-bit value above long.MaxValue", "use long");
                return ErrorExpression.Instance;
            default:
                return new LiteralExpression(Convert.ToInt64(value, CultureInfo.InvariantCulture), ScriptType.Int);
        }
    }

    /// <summary>Enums with the same integer codes in libtorch (dtypes, reductions) become ints.</summary>
    private ScriptExpression EnumLiteral(object value, INamedTypeSymbol type, Location location)
    {
        if (IsIntegerCodedEnum(type))
            return new LiteralExpression(Convert.ToInt64(value, CultureInfo.InvariantCulture), ScriptType.Int);
        Report(Descriptors.NoTorchScriptMapping, location, $"The enum '{type.ToDisplayString()}'", "use it only as an argument of a torch operation that takes it");
        return ErrorExpression.Instance;
    }

    private bool IsIntegerCodedEnum(ITypeSymbol type) => KnownSymbols.Is(type, known.ScalarType) || KnownSymbols.Is(type, known.Reduction);

    private ScriptExpression Unary(IUnaryOperation unary)
    {
        if (unary.OperatorMethod is { } userDefined)
            return ApplyMember(unary, userDefined, null, ImmutableArgumentList.Of((userDefined.Parameters[0], unary.Operand)));
        ScriptExpression operand = Expression(unary.Operand);
        if (unary.IsChecked && unary.OperatorKind == UnaryOperatorKind.Minus)
            ReportChecked(unary, isChecked: true);
        return unary.OperatorKind switch
        {
            UnaryOperatorKind.Minus => new OperatorExpression(ScriptOperator.Negate, ImmutableArray.Create(operand), TypeOf(unary), NumericTypes.Of(unary.Type)),
            UnaryOperatorKind.Plus => operand,
            UnaryOperatorKind.Not => Operator(ScriptOperator.Not, ScriptType.Bool, operand),
            UnaryOperatorKind.BitwiseNegation => Operator(ScriptOperator.BitwiseNot, TypeOf(unary), operand),
            _ => Fail(Descriptors.UnsupportedConstruct, unary, $"The operator {unary.OperatorKind}", "rewrite it with arithmetic"),
        };
    }

    /// <summary>A binary operator; compound assignments come here with their target as the left operand.</summary>
    private ScriptExpression Binary(IOperation operation, BinaryOperatorKind kind, IOperation left, IOperation right, IMethodSymbol? operatorMethod)
    {
        bool leftNull = IsNullLiteral(left);
        bool rightNull = IsNullLiteral(right);
        if ((leftNull || rightNull) && kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
        {
            ScriptExpression tested = Expression(leftNull ? right : left);
            return Operator(kind == BinaryOperatorKind.Equals ? ScriptOperator.IsNone : ScriptOperator.IsNotNone, ScriptType.Bool, tested);
        }
        if (operatorMethod is not null)
            return ApplyMember(operation, operatorMethod, null, ImmutableArgumentList.Of((operatorMethod.Parameters[0], left), (operatorMethod.Parameters[1], right)));

        if (kind == BinaryOperatorKind.Add && (left.Type?.SpecialType == SpecialType.System_String || right.Type?.SpecialType == SpecialType.System_String))
            return Operator(ScriptOperator.Concatenate, ScriptType.Str, StringOperand(left), StringOperand(right));

        NumericType? numeric = NumericTypes.Of(operation.Type);
        if (numeric is not null && operation is IBinaryOperation { IsChecked: true })
            ReportChecked(operation, isChecked: true);
        bool integers = ScriptTypeMapper.IsInteger(left.Type) && ScriptTypeMapper.IsInteger(right.Type);
        return Arithmetic(operation, kind, Expression(left), Expression(right), numeric, integers);
    }

    /// <summary>
    /// A built-in binary operator on lowered operands. <paramref name="numeric"/> is the C# type an arithmetic
    /// operator computes in (null for comparisons and logic); <paramref name="integers"/> selects C#'s integer
    /// division and remainder.
    /// </summary>
    private ScriptExpression Arithmetic(IOperation operation, BinaryOperatorKind kind, ScriptExpression l, ScriptExpression r, NumericType? numeric, bool integers)
    {
        ScriptOperator? op = kind switch
        {
            BinaryOperatorKind.Divide when integers => ScriptOperator.TruncatedDivide,
            BinaryOperatorKind.Divide => ScriptOperator.Divide,
            BinaryOperatorKind.Remainder when integers => ScriptOperator.TruncatedRemainder,
            BinaryOperatorKind.Remainder => ScriptOperator.FloatRemainder,
            BinaryOperatorKind.ConditionalAnd => ScriptOperator.And,
            BinaryOperatorKind.ConditionalOr => ScriptOperator.Or,
            BinaryOperatorKind.Add => ScriptOperator.Add,
            BinaryOperatorKind.Subtract => ScriptOperator.Subtract,
            BinaryOperatorKind.Multiply => ScriptOperator.Multiply,
            BinaryOperatorKind.Equals => ScriptOperator.Equal,
            BinaryOperatorKind.NotEquals => ScriptOperator.NotEqual,
            BinaryOperatorKind.LessThan => ScriptOperator.Less,
            BinaryOperatorKind.LessThanOrEqual => ScriptOperator.LessOrEqual,
            BinaryOperatorKind.GreaterThan => ScriptOperator.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => ScriptOperator.GreaterOrEqual,
            BinaryOperatorKind.And => ScriptOperator.BitwiseAnd,
            BinaryOperatorKind.Or => ScriptOperator.BitwiseOr,
            BinaryOperatorKind.ExclusiveOr => ScriptOperator.BitwiseXor,
            BinaryOperatorKind.LeftShift => ScriptOperator.ShiftLeft,
            BinaryOperatorKind.RightShift => ScriptOperator.ShiftRight,
            BinaryOperatorKind.UnsignedRightShift => ScriptOperator.UnsignedShiftRight,
            _ => null,
        };
        if (op is null)
            return Fail(Descriptors.UnsupportedConstruct, operation, $"The operator {kind}", "rewrite it with supported arithmetic");
        if (op is ScriptOperator.Divide or ScriptOperator.TruncatedDivide)
            RequireVersion(4);
        ScriptType type = numeric?.ScriptType() ?? TypeOf(operation);
        return new OperatorExpression(op.Value, ImmutableArray.Create(l, r), type, numeric);
    }

    private ScriptExpression StringOperand(IOperation operand)
    {
        IOperation value = operand is IConversionOperation { Type.SpecialType: SpecialType.System_Object } boxing ? boxing.Operand : operand;
        if (!FormatsAlike(value))
            return ErrorExpression.Instance;
        ScriptExpression lowered = Expression(value);
        return value.Type?.SpecialType == SpecialType.System_String ? lowered : new ConvertExpression(lowered, ScriptType.Str);
    }

    /// <summary>
    /// True when C# and TorchScript write <paramref name="value"/> as the same text: strings, integers and bools.
    /// A float is "1" in C# and "1.0" in TorchScript (and C#'s digits follow the current culture); a tensor prints
    /// its metadata in C# and its values in TorchScript. Anything else is reported.
    /// </summary>
    private bool FormatsAlike(IOperation value)
    {
        if (value.ConstantValue.HasValue && value.ConstantValue.Value is not (float or double))
            return true;
        ITypeSymbol? type = value.Type;
        if (type?.SpecialType is SpecialType.System_String or SpecialType.System_Boolean || ScriptTypeMapper.IsInteger(type))
            return true;
        string what = ScriptTypeMapper.IsFloating(type) ? "a floating-point number" : $"a value of type '{type?.ToDisplayString() ?? "?"}'";
        Report(Descriptors.InexactSemantics, value.Syntax.GetLocation(), value.Syntax.ToString(),
            $"C# and TorchScript write {what} as different text (C# writes 1.0 as \"1\", TorchScript as \"1.0\")",
            "put integers, bools and strings into strings, or leave the value out of the text");
        return false;
    }

    private ScriptExpression Coalesce(ICoalesceOperation coalesce)
    {
        if (!IsSimple(coalesce.Value))
            return Fail(Descriptors.UnsupportedConstruct, coalesce, "?? on a computed value", "assign the value to a local first");
        ScriptExpression value = Expression(coalesce.Value);
        return new ConditionalExpression(Operator(ScriptOperator.IsNotNone, ScriptType.Bool, value), value, Expression(coalesce.WhenNull), TypeOf(coalesce));
    }

    private ScriptExpression IsPattern(IIsPatternOperation pattern)
    {
        ScriptExpression value = Expression(pattern.Value);
        return pattern.Pattern switch
        {
            IConstantPatternOperation { Value: var constant } when IsNullLiteral(constant) => Operator(ScriptOperator.IsNone, ScriptType.Bool, value),
            INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } when IsNullLiteral(constant) => Operator(ScriptOperator.IsNotNone, ScriptType.Bool, value),
            _ => Fail(Descriptors.UnsupportedConstruct, pattern, "Pattern matching", "compare values with == or test for null with 'is null'"),
        };
    }

    private ScriptExpression Interpolated(IInterpolatedStringOperation interpolated)
    {
        var texts = ImmutableArray.CreateBuilder<string>();
        var values = ImmutableArray.CreateBuilder<ScriptExpression>();
        var text = new System.Text.StringBuilder();
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.Append(literal.Text.ConstantValue.Value as string ?? "");
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    texts.Add(text.ToString());
                    text.Clear();
                    IOperation value = hole.Expression is IConversionOperation { Type.SpecialType: SpecialType.System_Object } box ? box.Operand : hole.Expression;
                    values.Add(FormatsAlike(value) ? Expression(value) : ErrorExpression.Instance);
                    break;
                default:
                    return Fail(Descriptors.UnsupportedConstruct, part, "An interpolation with alignment or format", "interpolate the plain value");
            }
        }
        texts.Add(text.ToString());
        return new FormatExpression(texts.ToImmutable(), values.ToImmutable());
    }

    /// <summary>Reads with no side effects, safe to evaluate twice.</summary>
    private static bool IsSimple(IOperation operation) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
        IFieldReferenceOperation field => field.Instance is null || IsSimple(field.Instance),
        IConversionOperation { OperatorMethod: null } conversion => IsSimple(conversion.Operand),
        _ => operation.ConstantValue.HasValue,
    };

    /// <summary>The null constant, however C# spells it: a literal, a converted literal, or a nullable default value.</summary>
    private static bool IsNullLiteral(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: null }
        || operation is IConversionOperation { Operand.ConstantValue: { HasValue: true, Value: null } }
        || operation is IDefaultValueOperation { Type.OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
        || operation is IDefaultValueOperation { Type.IsReferenceType: true };

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true, OperatorMethod: null } conversion)
            operation = conversion.Operand;
        return operation;
    }

    /// <summary>Reports TSB0200 for reads of tensor values that decide control flow.</summary>
    private void ReportTensorBranches(IOperation condition)
    {
        foreach (IOperation operation in condition.DescendantsAndSelf())
        {
            bool readsTensor = operation switch
            {
                IInvocationOperation invocation => ReadsElement(invocation.TargetMethod),
                IConversionOperation { OperatorMethod: not null } conversion => known.IsTensor(conversion.Operand.Type) && !known.IsTensor(conversion.Type),
                _ => false,
            };
            if (readsTensor)
                diagnostics.Add(ScriptDiagnostic.Create(Descriptors.TensorValueBranch, operation.Syntax.GetLocation(), operation.Syntax.ToString()));
        }
    }

    /// <summary>
    /// <c>t.item&lt;T&gt;()</c> and the <c>TensorExtensionMethods</c> readers (<c>t.ToBoolean()</c>, <c>t.ToDouble()</c>, …),
    /// which IOperation presents in their static form, the tensor as the first parameter.
    /// </summary>
    private bool ReadsElement(IMethodSymbol target) =>
        target.Name is "item" or "ToBoolean" or "ToSingle" or "ToDouble" or "ToInt32" or "ToInt64"
        && (known.IsTensor(target.ContainingType)
            || target.IsExtensionMethod && target.Parameters.Length > 0 && known.IsTensor(target.Parameters[0].Type));
}

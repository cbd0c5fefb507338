using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Translation;

internal sealed partial class MethodTranslator
{
    /// <summary>Translates an expression. Every sub-expression is parenthesized where Python's precedence differs.</summary>
    private string Expr(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (operation.Type?.TypeKind == TypeKind.Dynamic || operation.Kind.ToString().StartsWith("Dynamic", StringComparison.Ordinal))
            return Fail(Descriptors.Dynamic, operation, operation.Syntax.ToString());
        if (operation.ConstantValue.HasValue)
            return Literal(operation.ConstantValue.Value, operation.Type, operation.Syntax.GetLocation());

        switch (operation)
        {
            case ILocalReferenceOperation local:
                if (disposeScopes.Contains(local.Local))
                    return Fail(Descriptors.UnsupportedConstruct, operation, "Using a dispose scope as a value", "only call MoveToOuter/Detach on it");
                return NameOf(local.Local);
            case IParameterReferenceOperation parameter:
                return NameOf(parameter.Parameter);
            case IInstanceReferenceOperation:
                return method.IsStatic ? Fail(Descriptors.UnsupportedConstruct, operation, "'this' in a static method", "make the method an instance method") : "self";
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
                return $"({Expr(conditional.WhenTrue)} if {Expr(conditional.Condition)} else {Expr(conditional.WhenFalse)})";
            case ICoalesceOperation coalesce:
                return Coalesce(coalesce);
            case IConversionOperation conversion:
                return Conversion(conversion);
            case IArrayCreationOperation array:
                return ArrayCreation(array);
            case ITupleOperation tuple:
                return tuple.Elements.Length == 1 ? $"({Expr(tuple.Elements[0])},)" : $"({string.Join(", ", tuple.Elements.Select(Expr))})";
            case IObjectCreationOperation creation:
                return ObjectCreation(creation);
            case IArrayElementReferenceOperation element:
                return ArrayElement(element);
            case IIsPatternOperation pattern:
                return IsPattern(pattern);
            case IInterpolatedStringOperation interpolated:
                return Interpolated(interpolated);
            case IDefaultValueOperation defaultValue:
                return defaultValue.Type is { IsReferenceType: true } || defaultValue.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    ? "None"
                    : Fail(Descriptors.UnsupportedConstruct, operation, "default(...) of a value type", "write the value");
            case IParenthesizedOperation parenthesized:
                return Expr(parenthesized.Operand);
            case IInvalidOperation invalid:
                return Invalid(invalid);
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
            case INameOfOperation:
            case ILiteralOperation:
                return Literal(operation.ConstantValue.Value, operation.Type, operation.Syntax.GetLocation());
            default:
                if (operation.Kind == OperationKind.None && operation.Syntax.GetType().Name == "CollectionExpressionSyntax")
                    return CollectionExpression(operation);
                return Unsupported(operation);
        }
    }

    /// <summary>
    /// Code that does not bind. The C# compiler reports it, so no TSB diagnostic is added. One case is legal: the
    /// generator sees the class before its inferred base class exists, so <c>training</c> cannot bind there yet.
    /// </summary>
    private string Invalid(IInvalidOperation invalid)
    {
        bool training = invalid.Syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name => name.Identifier.ValueText == "training",
            Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.ThisExpressionSyntax } access => access.Name.Identifier.ValueText == "training",
            _ => false,
        };
        if (training && !method.IsStatic)
            return "self.training";
        hasInvalidCode = true;
        return Failed;
    }

    /// <summary>A C# constant as a TorchScript literal, typed by the C# type it has at that point.</summary>
    private string Literal(object? value, ITypeSymbol? type, Location location)
    {
        if (value is null)
            return "None";
        if (type?.TypeKind == TypeKind.Enum)
            return EnumLiteral(value, (INamedTypeSymbol)type, location);
        switch (value)
        {
            case bool b:
                return ScriptSyntax.Bool(b);
            case string s:
                return ScriptSyntax.String(s);
            case char c:
                return ScriptSyntax.String(c.ToString());
            case float f:
                return ScriptSyntax.Float(f);
            case double d:
                return ScriptSyntax.Float(d);
            case decimal:
                Report(Descriptors.NoTorchScriptMapping, location, "decimal", "use double");
                return Failed;
            case ulong u when u > long.MaxValue:
                Report(Descriptors.NoTorchScriptMapping, location, "An unsigned 64-bit value above long.MaxValue", "use long");
                return Failed;
            default:
                return ScriptSyntax.Int(Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Enums with the same integer codes in libtorch (dtypes, reductions) become ints.</summary>
    private string EnumLiteral(object value, INamedTypeSymbol type, Location location)
    {
        if (IsIntegerCodedEnum(type))
            return ScriptSyntax.Int(Convert.ToInt64(value, CultureInfo.InvariantCulture));
        Report(Descriptors.NoTorchScriptMapping, location, $"The enum '{type.ToDisplayString()}'", "use it only as an argument of a torch operation that takes it");
        return Failed;
    }

    private bool IsIntegerCodedEnum(ITypeSymbol type) =>
        KnownSymbols.Is(type, known.ScalarType) || type.ToDisplayString() == "TorchSharp.torch.nn.Reduction";

    private string Field(IFieldReferenceOperation reference)
    {
        IFieldSymbol field = reference.Field;
        if (field.ContainingType is { IsTupleType: true })
            return $"{Expr(reference.Instance!)}[{TupleIndex(field)}]";

        if (context.MemberOf(field) is { } member)
            return OwnMember(reference, reference.Instance, member);

        if (field.IsStatic && KnownSymbols.Is(field.ContainingType, known.Torch) && KnownSymbols.Is(field.Type, known.ScalarType)
            && DtypeCodes.TryGetValue(field.Name, out int code))
            return ScriptSyntax.Int(code);

        if (reference.Instance is { } instance && known.IsScriptClass(instance.Type) && ScriptMembers.Classify(field, known) is { } other)
            return OtherModuleMember(reference, instance, other);

        if (reference.Instance is { } receiver && IsFailed(Expr(receiver)))
            return Failed;
        return ReportUnsupportedMember(reference, field, reference.Instance);
    }

    private string Property(IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        if (property.IsIndexer)
            return Indexer(reference);

        if (context.MemberOf(property) is { } member)
            return OwnMember(reference, reference.Instance, member);

        if (property.ContainingType.OriginalDefinition.ToDisplayString().StartsWith("System.Tuple<", StringComparison.Ordinal)
            && property.Name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(property.Name.Substring(4), out int position) && reference.Instance is not null)
            return $"{Expr(reference.Instance)}[{position - 1}]";

        if (property.Name == "training" && known.IsModule(property.ContainingType) && reference.Instance is not null)
            return ScriptSyntax.Attribute(Expr(reference.Instance), "training");

        if (reference.Instance is { Type.SpecialType: SpecialType.System_String } text && property.Name == "Length")
        {
            Expr(text);     // problems inside the string expression are reported too, at their own location
            return Fail(Descriptors.NoTorchScriptMapping, reference, "string.Length", "TorchScript strings count UTF-8 bytes, not UTF-16 characters; compare strings instead");
        }

        if (reference.Instance is { } lengthOf && property.Name is "Length" or "Count"
            && (lengthOf.Type is IArrayTypeSymbol || ScriptTypes.Map(lengthOf.Type, known) is { } listType && (listType.StartsWith("List[", StringComparison.Ordinal) || listType.StartsWith("Dict[", StringComparison.Ordinal))
                || KnownSymbols.Is(lengthOf.Type, known.ModuleList)))
        {
            if (reference.Instance is IPropertyReferenceOperation { Property.Name: "shape" } shape && known.IsTensor(shape.Property.ContainingType))
                return $"{Expr(shape.Instance!)}.dim()";
            return $"len({Expr(lengthOf)})";
        }

        if (reference.Instance is { } instance && known.IsScriptClass(instance.Type) && ScriptMembers.Classify(property, known) is { } other)
            return OtherModuleMember(reference, instance, other);

        return ApplyMember(reference, property.GetMethod, reference.Instance, ImmutableArgumentList.Empty, property.Name);
    }

    /// <summary>A field or auto-property of the class being translated.</summary>
    private string OwnMember(IOperation reference, IOperation? instance, ScriptMember member)
    {
        if (instance is not null && instance is not IInstanceReferenceOperation)
            return Fail(Descriptors.UnsupportedConstruct, reference, $"Reading '{member.Name}' of another instance", "use members of this module only");
        switch (member.Role)
        {
            case MemberRole.Constant:
                return ScriptSyntax.Hole(member.Name);
            case MemberRole.Ignored:
                return Fail(Descriptors.NoTorchScriptMapping, reference, $"The [ScriptIgnore] member '{member.Name}'", "remove [ScriptIgnore], or keep the member out of script code");
            case MemberRole.NotScriptable when member.IsStatic:
                return Fail(Descriptors.NoTorchScriptMapping, reference, $"The static member '{member.Name}'",
                    "TorchScript modules have no static state; make it a static readonly number, bool or string (a constant), or an instance member");
            case MemberRole.NotScriptable:
            case MemberRole.Submodule when !member.Scriptable:
                string typeName = member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
                string ignore = $"mark '{member.Name}' [ScriptIgnore] and keep it out of script code";
                return Fail(Descriptors.NonScriptableMember, reference, member.Symbol.Name, typeName,
                    ScriptMembers.CanBecomeScriptClass(member.Type, known) ? $"mark '{typeName}' [ScriptClass], or {ignore}" : ignore);
            default:
                if (method.IsStatic)
                    return Fail(Descriptors.UnsupportedConstruct, reference, $"Reading '{member.Name}' in a static method", "make the method an instance method");
                return ScriptSyntax.Attribute("self", member.Name);
        }
    }

    /// <summary>A member of another [ScriptClass] reached through a submodule: <c>self.block.scale</c>.</summary>
    private string OtherModuleMember(IOperation reference, IOperation instance, ScriptMember member)
    {
        if (member.Role is MemberRole.Constant or MemberRole.Ignored or MemberRole.NotScriptable || member.IsStatic)
            return Fail(Descriptors.NoTorchScriptMapping, reference, $"'{member.Symbol.Name}' of another module", "read it through a [ScriptMethod] of that module");
        return ScriptSyntax.Attribute(Expr(instance), member.Name);
    }

    private static int TupleIndex(IFieldSymbol field)
    {
        IFieldSymbol element = field.CorrespondingTupleField ?? field;
        return element.Name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(element.Name.Substring(4), out int position)
            ? position - 1
            : ((INamedTypeSymbol)field.ContainingType).TupleElements.IndexOf(element);
    }

    private string Unary(IUnaryOperation unary)
    {
        if (unary.OperatorMethod is { } method1)
            return ApplyMember(unary, method1, null, ImmutableArgumentList.Of((method1.Parameters[0], unary.Operand)), method1.Name);
        string operand = Expr(unary.Operand);
        return unary.OperatorKind switch
        {
            UnaryOperatorKind.Minus => $"(-{operand})",
            UnaryOperatorKind.Plus => operand,
            UnaryOperatorKind.Not => $"(not {operand})",
            UnaryOperatorKind.BitwiseNegation => $"(~{operand})",
            _ => Fail(Descriptors.UnsupportedConstruct, unary, $"The operator {unary.OperatorKind}", "rewrite it with arithmetic"),
        };
    }

    /// <summary>A binary operator; compound assignments come here with their target as the left operand.</summary>
    private string Binary(IOperation operation, BinaryOperatorKind kind, IOperation left, IOperation right, IMethodSymbol? operatorMethod)
    {
        bool leftNull = IsNullLiteral(left);
        bool rightNull = IsNullLiteral(right);
        if ((leftNull || rightNull) && kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
        {
            string tested = Expr(leftNull ? right : left);
            return kind == BinaryOperatorKind.Equals ? $"({tested} is None)" : $"({tested} is not None)";
        }
        if (operatorMethod is not null)
        {
            return ApplyMember(operation, operatorMethod, null,
                ImmutableArgumentList.Of((operatorMethod.Parameters[0], left), (operatorMethod.Parameters[1], right)), operatorMethod.Name);
        }

        if (kind == BinaryOperatorKind.Add && (left.Type?.SpecialType == SpecialType.System_String || right.Type?.SpecialType == SpecialType.System_String))
            return $"({StringOperand(left)} + {StringOperand(right)})";

        string l = Expr(left);
        string r = Expr(right);
        bool integers = ScriptTypes.IsInteger(left.Type) && ScriptTypes.IsInteger(right.Type);
        switch (kind)
        {
            case BinaryOperatorKind.Divide when integers:
                RequireVersion(4);
                return $"int({l} / {r})";       // C# truncates toward zero; Python's // floors
            case BinaryOperatorKind.Divide:
                RequireVersion(4);
                return $"({l} / {r})";
            case BinaryOperatorKind.Remainder when integers:
                return $"int(torch.fmod({l}, {r}))";   // the sign follows the dividend, as in C#; archives spell math.* as torch.*
            case BinaryOperatorKind.Remainder:
                return $"torch.fmod({l}, {r})";
            case BinaryOperatorKind.ConditionalAnd:
                return $"({l} and {r})";
            case BinaryOperatorKind.ConditionalOr:
                return $"({l} or {r})";
        }
        string? symbol = kind switch
        {
            BinaryOperatorKind.Add => "+",
            BinaryOperatorKind.Subtract => "-",
            BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Equals => "==",
            BinaryOperatorKind.NotEquals => "!=",
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            BinaryOperatorKind.And => "&",
            BinaryOperatorKind.Or => "|",
            BinaryOperatorKind.ExclusiveOr => "^",
            BinaryOperatorKind.LeftShift => "<<",
            BinaryOperatorKind.RightShift => ">>",
            _ => null,
        };
        return symbol is null
            ? Fail(Descriptors.UnsupportedConstruct, operation, $"The operator {kind}", "rewrite it with supported arithmetic")
            : $"({l} {symbol} {r})";
    }

    private string StringOperand(IOperation operand)
    {
        IOperation value = operand is IConversionOperation { Type.SpecialType: SpecialType.System_Object } boxing ? boxing.Operand : operand;
        string text = Expr(value);
        return value.Type?.SpecialType == SpecialType.System_String ? text : $"str({text})";
    }

    /// <summary><c>x++</c>, <c>x--</c> as the value to assign back.</summary>
    private string Step(IIncrementOrDecrementOperation increment)
    {
        if (increment.OperatorMethod is not null || !ScriptTypes.IsInteger(increment.Target.Type) && !ScriptTypes.IsFloating(increment.Target.Type))
            return Fail(Descriptors.UnsupportedConstruct, increment, "++/-- on this type", "write x = x + 1");
        return $"({Expr(increment.Target)} {(increment.Kind == OperationKind.Increment ? "+" : "-")} 1)";
    }

    private string Coalesce(ICoalesceOperation coalesce)
    {
        if (!IsSimple(coalesce.Value))
            return Fail(Descriptors.UnsupportedConstruct, coalesce, "?? on a computed value", "assign the value to a local first");
        string value = Expr(coalesce.Value);
        return $"({value} if {value} is not None else {Expr(coalesce.WhenNull)})";
    }

    private string Conversion(IConversionOperation conversion)
    {
        IOperation operand = conversion.Operand;
        ITypeSymbol? from = operand.Type;
        ITypeSymbol? to = conversion.Type;
        if (conversion.OperatorMethod is { } userDefined)
            return UserDefinedConversion(conversion, userDefined, operand);

        if (from is null || to is null)
            return Expr(operand);
        if (ScriptTypes.IsInteger(from) && ScriptTypes.IsFloating(to))
            return $"float({Expr(operand)})";
        if (ScriptTypes.IsFloating(from) && ScriptTypes.IsInteger(to))
            return $"int({Expr(operand)})";      // both truncate toward zero
        if (to.SpecialType == SpecialType.System_Object || (to.IsValueType is false && from.IsValueType && to.TypeKind == TypeKind.Interface))
            return Fail(Descriptors.NoTorchScriptMapping, conversion, $"Converting '{from.ToDisplayString()}' to '{to.ToDisplayString()}'", "keep values typed");
        return Expr(operand);
    }

    private string UserDefinedConversion(IConversionOperation conversion, IMethodSymbol method1, IOperation operand)
    {
        ITypeSymbol? to = conversion.Type;
        if (KnownSymbols.Is(to, known.Scalar))
            return Expr(operand);                  // a Scalar argument is just the number in TorchScript
        if (known.IsTensor(to) && operand.Type is { } source)
        {
            // TorchSharp's implicit Tensor(double) keeps the C# element type; torch.tensor would use the default dtype.
            int? dtype = DtypeOfClrType(source is IArrayTypeSymbol array ? array.ElementType : source);
            if (dtype is not null)
                return $"torch.tensor({Expr(operand)}, dtype={dtype})";
        }
        if (known.IsTensor(operand.Type) && to is not null && ScriptTypes.Map(to, known) is "float" or "int" or "bool")
            return $"{ScriptTypes.Map(to, known)}({Expr(operand)}.item())";
        return ApplyMember(conversion, method1, null, ImmutableArgumentList.Of((method1.Parameters[0], operand)), method1.Name);
    }

    private static int? DtypeOfClrType(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Byte => 0,
        SpecialType.System_SByte => 1,
        SpecialType.System_Int16 => 2,
        SpecialType.System_Int32 => 3,
        SpecialType.System_Int64 => 4,
        SpecialType.System_Single => 6,
        SpecialType.System_Double => 7,
        SpecialType.System_Boolean => 11,
        _ => null,
    };

    private string ArrayCreation(IArrayCreationOperation array)
    {
        if (array.Initializer is { } initializer)
        {
            if (initializer.ElementValues.Length == 0)
                return EmptyList(array.Type, array);
            return $"[{string.Join(", ", initializer.ElementValues.Select(Expr))}]";
        }
        if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
            return EmptyList(array.Type, array);
        return Fail(Descriptors.UnsupportedConstruct, array, "An array created by size", "build a list with an initializer, or a tensor with torch.zeros");
    }

    private string CollectionExpression(IOperation collection)
    {
        var elements = collection.ChildOperations.ToList();
        return elements.Count == 0 ? EmptyList(collection.Type, collection) : $"[{string.Join(", ", elements.Select(Expr))}]";
    }

    private string EmptyList(ITypeSymbol? type, IOperation operation)
    {
        string? mapped = ScriptTypes.Map(type, known);
        return mapped is null ? Fail(Descriptors.NoTorchScriptMapping, operation, $"The type '{type?.ToDisplayString()}'", "use a list of tensors, ints, floats or bools") : $"annotate({mapped}, [])";
    }

    private string ObjectCreation(IObjectCreationOperation creation)
    {
        ITypeSymbol? type = creation.Type;
        string? mapped = ScriptTypes.Map(type, known);
        bool capacityOnly = creation.Arguments.All(a => ScriptTypes.IsInteger(a.Value.Type));
        if (mapped is not null && mapped.StartsWith("List[", StringComparison.Ordinal) && capacityOnly)
        {
            if (creation.Initializer is null || creation.Initializer.Initializers.Length == 0)
                return $"annotate({mapped}, [])";
            var items = new List<string>();
            foreach (IOperation item in creation.Initializer.Initializers)
            {
                if (item is IInvocationOperation { TargetMethod.Name: "Add" } add && add.Arguments.Length == 1)
                    items.Add(Expr(add.Arguments[0].Value));
                else
                    return Fail(Descriptors.UnsupportedConstruct, item, "This collection initializer", "list the items: new List<Tensor> { a, b }");
            }
            return $"[{string.Join(", ", items)}]";
        }
        if (mapped is not null && mapped.StartsWith("Dict[", StringComparison.Ordinal) && creation.Arguments.Length == 0)
        {
            if (creation.Initializer is null || creation.Initializer.Initializers.Length == 0)
                return $"annotate({mapped}, {{}})";
            var entries = new List<string>();
            foreach (IOperation item in creation.Initializer.Initializers)
            {
                switch (item)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add" } add when add.Arguments.Length == 2:
                        entries.Add($"{Expr(add.Arguments[0].Value)}: {Expr(add.Arguments[1].Value)}");
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment when indexer.Arguments.Length == 1:
                        entries.Add($"{Expr(indexer.Arguments[0].Value)}: {Expr(assignment.Value)}");
                        break;
                    default:
                        return Fail(Descriptors.UnsupportedConstruct, item, "This dictionary initializer", "use { [\"key\"] = value }");
                }
            }
            return $"{{{string.Join(", ", entries)}}}";
        }
        if (type is not null && KnownSymbols.InheritsFrom(type, known.Compilation.GetTypeByMetadataName("System.Exception")))
            return Fail(Descriptors.UnsupportedConstruct, creation, "An exception outside a throw", "throw it directly");
        if (type is not null && known.IsModule(type))
            return Fail(Descriptors.UnsupportedConstruct, creation, $"Creating the module '{type.Name}' in script code", "create it in the constructor and store it in a field");
        return ReportUnsupportedCreation(creation);
    }

    private string ArrayElement(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1)
            return Fail(Descriptors.UnsupportedConstruct, element, "A multi-dimensional array", "use a tensor");
        IOperation index = element.Indices[0];
        // x.shape[i] is x.size(i): no list is built.
        if (element.ArrayReference is IPropertyReferenceOperation { Property.Name: "shape" } shape && known.IsTensor(shape.Property.ContainingType) && shape.Instance is not null)
            return $"{Expr(shape.Instance)}.size({Expr(index)})";
        return $"{Expr(element.ArrayReference)}[{Expr(index)}]";
    }

    private string IsPattern(IIsPatternOperation pattern)
    {
        string value = Expr(pattern.Value);
        return pattern.Pattern switch
        {
            IConstantPatternOperation { Value: var constant } when IsNullLiteral(constant) => $"({value} is None)",
            INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } when IsNullLiteral(constant) => $"({value} is not None)",
            _ => Fail(Descriptors.UnsupportedConstruct, pattern, "Pattern matching", "compare values with == or test for null with 'is null'"),
        };
    }

    private string Interpolated(IInterpolatedStringOperation interpolated)
    {
        var template = new System.Text.StringBuilder();
        var arguments = new List<string>();
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    template.Append(ScriptSyntax.StringContent(text.Text.ConstantValue.Value as string ?? "", formatString: true));
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    template.Append("{}");
                    arguments.Add(Expr(hole.Expression is IConversionOperation { Type.SpecialType: SpecialType.System_Object } box ? box.Operand : hole.Expression));
                    break;
                default:
                    return Fail(Descriptors.UnsupportedConstruct, part, "An interpolation with alignment or format", "interpolate the plain value");
            }
        }
        return arguments.Count == 0 ? $"\"{template}\"" : $"\"{template}\".format({string.Join(", ", arguments)})";
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

    private static string Parenthesize(string text) => text.StartsWith("(", StringComparison.Ordinal) ? text : $"({text})";

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
                diagnostics.Add(Diagnostic.Create(Descriptors.TensorValueBranch, operation.Syntax.GetLocation(), operation.Syntax.ToString()));
        }
    }

    /// <summary>
    /// <c>t.item&lt;T&gt;()</c> and the <c>TensorExtensionMethods</c> readers (<c>t.ToBoolean()</c>, <c>t.ToDouble()</c>, …),
    /// which IOperation presents in their static form, the tensor as the first parameter.
    /// </summary>
    private bool ReadsElement(IMethodSymbol method) =>
        method.Name is "item" or "ToBoolean" or "ToSingle" or "ToDouble" or "ToInt32" or "ToInt64"
        && (known.IsTensor(method.ContainingType)
            || method.IsExtensionMethod && method.Parameters.Length > 0 && known.IsTensor(method.Parameters[0].Type));

    private static readonly Dictionary<string, int> DtypeCodes = new(StringComparer.Ordinal)
    {
        ["uint8"] = 0, ["int8"] = 1, ["int16"] = 2, ["short"] = 2, ["int32"] = 3, ["int"] = 3, ["int64"] = 4, ["long"] = 4,
        ["float16"] = 5, ["half"] = 5, ["float32"] = 6, ["float"] = 6, ["float64"] = 7, ["double"] = 7,
        ["complex64"] = 9, ["cfloat"] = 9, ["complex128"] = 10, ["cdouble"] = 10, ["bool"] = 11, ["bfloat16"] = 15,
    };
}

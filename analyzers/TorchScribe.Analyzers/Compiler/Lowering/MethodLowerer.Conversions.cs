using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>Conversions between types, and the creation of lists, tuples and dictionaries.</summary>
internal sealed partial class MethodLowerer
{
    private ScriptExpression Conversion(IConversionOperation conversion)
    {
        IOperation operand = conversion.Operand;
        ITypeSymbol? from = operand.Type;
        ITypeSymbol? to = conversion.Type;
        if (conversion.OperatorMethod is { } userDefined)
            return UserDefinedConversion(conversion, userDefined, operand);

        if (operand.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression))
            return CollectionLiteral(operand, to);
        if (from is null || to is null)
            return Expression(operand);
        if (NumericConversion(conversion) is { } number)
            return number;
        if (to.SpecialType == SpecialType.System_Object || (to.IsValueType is false && from.IsValueType && to.TypeKind == TypeKind.Interface))
            return Fail(Descriptors.NoTorchScriptMapping, conversion, $"Converting '{from.ToDisplayString()}' to '{to.ToDisplayString()}'", "keep values typed");
        return Expression(operand);
    }

    private ScriptExpression UserDefinedConversion(IConversionOperation conversion, IMethodSymbol userDefined, IOperation operand)
    {
        ITypeSymbol? to = conversion.Type;
        if (KnownSymbols.Is(to, known.Scalar))
            return Expression(operand);                  // a Scalar argument is just the number in script code
        if (known.IsTensor(to) && operand.Type is { } source)
        {
            // TorchSharp's implicit Tensor(double) keeps the C# element type; torch.tensor would use the default dtype.
            if (DtypeOfClrType(source is IArrayTypeSymbol array ? array.ElementType : source) is { } dtype)
                return new BuiltinExpression(ScriptBuiltin.ScalarTensor, ImmutableArray.Create(Expression(operand), new LiteralExpression((long)dtype, ScriptType.Int)), ScriptType.Tensor);
        }
        if (known.IsTensor(operand.Type) && to is not null && ScriptTypeMapper.Map(to, known) is { Kind: ScriptTypeKind.Float or ScriptTypeKind.Int or ScriptTypeKind.Bool } scalar)
        {
            // TorchSharp's explicit operators are its To* extension methods ((float)t is t.ToSingle()): translated as the
            // method they call, where the op table has it.
            if (TensorToNumberMethod(to) is { } method && !known.Ops.Find(method).IsEmpty)
                return ApplyMember(conversion, method, null, ImmutableArgumentList.Of((method.Parameters[0], operand)));
            return new BuiltinExpression(ScriptBuiltin.Item, ImmutableArray.Create(Expression(operand)), scalar);
        }
        return ApplyMember(conversion, userDefined, null, ImmutableArgumentList.Of((userDefined.Parameters[0], operand)));
    }

    /// <summary>TorchSharp's <c>TensorExtensionMethods.To{Type}(Tensor)</c> for a number type (ToSingle for float).</summary>
    private IMethodSymbol? TensorToNumberMethod(ITypeSymbol number) =>
        known.Compilation.GetTypeByMetadataName("TorchSharp.TensorExtensionMethods")?.GetMembers("To" + number.Name).OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.IsExtensionMethod && m.Parameters.Length == 1 && known.IsTensor(m.Parameters[0].Type));

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

    private ScriptExpression ArrayCreation(IArrayCreationOperation array)
    {
        if (array.Initializer is { } initializer)
            return initializer.ElementValues.Length == 0 ? EmptyList(array.Type, array) : new CollectionExpression(initializer.ElementValues.Select(Expression).ToImmutableArray(), TypeOf(array));
        if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
            return EmptyList(array.Type, array);
        return Fail(Descriptors.UnsupportedConstruct, array, "An array created by size", "build a list with an initializer, or a tensor with torch.zeros");
    }

    /// <summary>
    /// A collection expression (<c>[a, b]</c>). Roslyn 4.8 presents it as an operation of no known kind, newer
    /// versions as ICollectionExpressionOperation; either way its children are the elements, so both read alike.
    /// A spread (<c>..xs</c>) is an element of another kind and is reported.
    /// </summary>
    private ScriptExpression CollectionLiteral(IOperation collection, ITypeSymbol? type)
    {
        var elements = collection.ChildOperations.ToList();
        if (elements.FirstOrDefault(e => e.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SpreadElement)) is { } spread)
            return Fail(Descriptors.UnsupportedConstruct, spread, "A spread element", "list the items, or concatenate lists with AddRange");
        if (ScriptTypeMapper.Map(type, known) is not { Kind: ScriptTypeKind.List } listType)
            return Fail(Descriptors.NoTorchScriptMapping, collection, $"A collection expression of type '{type?.ToDisplayString()}'", "use an array or a List<T> of tensors, ints, floats or bools");
        return elements.Count == 0 ? EmptyList(type, collection) : new CollectionExpression(elements.Select(Expression).ToImmutableArray(), listType);
    }

    private ScriptExpression EmptyList(ITypeSymbol? type, IOperation operation)
    {
        ScriptType? mapped = ScriptTypeMapper.Map(type, known);
        return mapped is null
            ? Fail(Descriptors.NoTorchScriptMapping, operation, $"The type '{type?.ToDisplayString()}'", "use a list of tensors, ints, floats or bools")
            : new CollectionExpression(ImmutableArray<ScriptExpression>.Empty, mapped);
    }

    private ScriptExpression ObjectCreation(IObjectCreationOperation creation)
    {
        ITypeSymbol? type = creation.Type;
        ScriptType? mapped = ScriptTypeMapper.Map(type, known);
        bool capacityOnly = creation.Arguments.All(a => ScriptTypeMapper.IsInteger(a.Value.Type));
        if (mapped is { Kind: ScriptTypeKind.List } && capacityOnly)
        {
            var items = ImmutableArray.CreateBuilder<ScriptExpression>();
            foreach (IOperation item in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (item is IInvocationOperation { TargetMethod.Name: "Add" } add && add.Arguments.Length == 1)
                    items.Add(Expression(add.Arguments[0].Value));
                else
                    return Fail(Descriptors.UnsupportedConstruct, item, "This collection initializer", "list the items: new List<Tensor> { a, b }");
            }
            return new CollectionExpression(items.ToImmutable(), mapped);
        }
        if (mapped is { Kind: ScriptTypeKind.Dict } && creation.Arguments.Length == 0)
        {
            var entries = ImmutableArray.CreateBuilder<ScriptExpression>();
            foreach (IOperation item in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                switch (item)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add" } add when add.Arguments.Length == 2:
                        entries.Add(Expression(add.Arguments[0].Value));
                        entries.Add(Expression(add.Arguments[1].Value));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment when indexer.Arguments.Length == 1:
                        entries.Add(Expression(indexer.Arguments[0].Value));
                        entries.Add(Expression(assignment.Value));
                        break;
                    default:
                        return Fail(Descriptors.UnsupportedConstruct, item, "This dictionary initializer", "use { [\"key\"] = value }");
                }
            }
            return new CollectionExpression(entries.ToImmutable(), mapped);
        }
        if (KnownSymbols.InheritsFrom(type, known.Exception))
            return Fail(Descriptors.UnsupportedConstruct, creation, "An exception outside a throw", "throw it directly");
        if (type is not null && known.IsModule(type))
            return Fail(Descriptors.UnsupportedConstruct, creation, $"Creating the module '{type.Name}' in script code", "create it in the constructor and store it in a field");
        if (ScriptClassKinds.Of(type, known) is ScriptClassKind.Object or ScriptClassKind.NamedTuple && creation.Constructor is { } constructor)
            return Construct(creation, constructor);
        return UnsupportedApi.ReportCreation(this, creation);
    }

    /// <summary>
    /// <c>new Coder(2.0)</c>: the class called with the constructor's arguments, which runs its <c>__init__</c>; for a
    /// NamedTuple, its fields in order. Named arguments out of order go by name, evaluated where C# evaluates them.
    /// </summary>
    private ScriptExpression Construct(IObjectCreationOperation creation, IMethodSymbol constructor)
    {
        if (creation.Initializer is not null)
            return Fail(Descriptors.UnsupportedConstruct, creation.Initializer, "An object initializer", "pass the values to the constructor, or assign the fields after creating the object");
        // A struct's implicit constructor makes C#'s all-default value, whose references are null: not a NamedTuple.
        if (constructor is { IsImplicitlyDeclared: true, ContainingType.TypeKind: TypeKind.Struct })
            return Fail(Descriptors.UnsupportedConstruct, creation, $"new {constructor.ContainingType.Name}() (a struct's default value)", "pass every field to the constructor");
        AddCallee(constructor);
        ImmutableArray<ScriptArgument> arguments = ScriptArguments(creation.Arguments, constructor);
        if (constructor.ContainingType.TypeKind == TypeKind.Struct && arguments.Any(a => a.Name is not null))
            return Fail(Descriptors.UnsupportedConstruct, creation, "Naming a NamedTuple's fields out of order", "pass them in order");
        return new ConstructExpression(arguments, TypeOf(creation));
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    private ScriptExpression Field(IFieldReferenceOperation reference)
    {
        IFieldSymbol field = reference.Field;
        if (field.ContainingType is { IsTupleType: true })
            return TupleItem(reference, reference.Instance!, TupleIndex(field));

        if (context.MemberOf(field) is { } member)
            return OwnMember(reference, reference.Instance, member);

        // A static field the op table maps (torch.float32): the row's text, which takes no arguments.
        if (field.IsStatic && known.Ops.Find(field) is { IsEmpty: false } rows)
        {
            opRows.Add(rows[0].Id);
            return new OpCallExpression(rows[0], ImmutableArray<OpArgument>.Empty, TypeOf(reference));
        }

        if (reference.Instance is { } instance && known.IsScriptClass(instance.Type) && ScriptMembers.Classify(field, known) is { } other)
            return OtherModuleMember(reference, instance, other);

        if (reference.Instance is { } receiver && Expression(receiver).ContainsError)
            return ErrorExpression.Instance;
        return UnsupportedApi.ReportMember(this, reference, field, reference.Instance);
    }

    private ScriptExpression Property(IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        if (property.IsIndexer)
            return Indexer(reference);

        if (context.MemberOf(property) is { } member)
            return OwnMember(reference, reference.Instance, member);

        if (known.IsReferenceTuple(property.ContainingType) && property.Name.StartsWith("Item", StringComparison.Ordinal)
            && int.TryParse(property.Name.Substring(4), out int position) && reference.Instance is not null)
            return TupleItem(reference, reference.Instance, position - 1);

        if (property.Name == "training" && known.IsModule(property.ContainingType) && reference.Instance is not null)
            return new AttributeExpression(Expression(reference.Instance), "training", ScriptType.Bool);

        if (reference.Instance is { Type.SpecialType: SpecialType.System_String } text && property.Name == "Length")
        {
            Expression(text);     // problems inside the string expression are reported too, at their own location
            return Fail(Descriptors.NoTorchScriptMapping, reference, "string.Length", "TorchScript strings count UTF-8 bytes, not UTF-16 characters; compare strings instead");
        }

        if (reference.Instance is { } lengthOf && property.Name is "Length" or "Count"
            && (lengthOf.Type is IArrayTypeSymbol || ScriptTypeMapper.Map(lengthOf.Type, known) is { Kind: ScriptTypeKind.List or ScriptTypeKind.Dict }
                || KnownSymbols.Is(lengthOf.Type, known.ModuleList)))
        {
            if (lengthOf is IPropertyReferenceOperation { Property.Name: "shape" } shape && known.IsTensor(shape.Property.ContainingType))
                return new BuiltinExpression(ScriptBuiltin.Dimensions, ImmutableArray.Create(Expression(shape.Instance!)), ScriptType.Int);
            return new BuiltinExpression(ScriptBuiltin.Length, ImmutableArray.Create(Expression(lengthOf)), ScriptType.Int);
        }

        if (reference.Instance is { } instance && known.IsScriptClass(instance.Type) && ScriptMembers.Classify(property, known) is { } other)
            return OtherModuleMember(reference, instance, other);

        // A computed property of a plain class, read on one of its objects: its getter is a method of that class.
        if (reference.Instance is { } owner && ScriptClassKinds.Of(property.ContainingType, known) == ScriptClassKind.Object
            && property.GetMethod is { } otherGetter && IsUserDeclared(property) && !property.IsStatic)
        {
            AddCallee(otherGetter);
            ScriptType type = ScriptTypeMapper.Map(otherGetter.ReturnType, known) ?? ScriptType.None;
            return new MethodCallExpression(Expression(owner), ScriptClassContext.ScriptNameOf(otherGetter, known), ImmutableArray<ScriptArgument>.Empty, type);
        }

        if (reference.Instance is { } nullable && property.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            return NullableMember(reference, property, nullable);

        if (property.GetMethod is not { } getter)
            return Unsupported(reference);
        if (IsComputedProperty(property) && reference.Instance is null or IInstanceReferenceOperation)
            return ComputedProperty(reference, getter);
        return ApplyMember(reference, getter, reference.Instance, ImmutableArgumentList.Empty);
    }

    /// <summary>A get-only property of this class with a getter body: script code like a method (auto-properties are members).</summary>
    private bool IsComputedProperty(IPropertySymbol property) =>
        SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, context.Type)
        && property.SetMethod is null && !property.IsIndexer && IsUserDeclared(property)
        && context.MemberOf(property) is null
        && property.GetMethod is { DeclaringSyntaxReferences.Length: > 0 };

    /// <summary>Reading a computed property calls its getter, translated as a script method (or function when static).</summary>
    private ScriptExpression ComputedProperty(IOperation reference, IMethodSymbol getter)
    {
        AddCallee(getter);
        ScriptType type = ScriptTypeMapper.Map(getter.ReturnType, known) ?? ScriptType.None;
        if (getter.IsStatic)
            return new FunctionCallExpression(context.FunctionsModule, context.ScriptNameOf(getter), ImmutableArray<ScriptArgument>.Empty, type);
        if (method.IsStatic)
            return Fail(Descriptors.UnsupportedConstruct, reference, $"Reading the instance property '{getter.AssociatedSymbol?.Name}' in a static method", "make the method an instance method");
        return new MethodCallExpression(new SelfExpression(ScriptType.Module), context.ScriptNameOf(getter), ImmutableArray<ScriptArgument>.Empty, type);
    }

    /// <summary>A field or auto-property of the class being lowered.</summary>
    private ScriptExpression OwnMember(IOperation reference, IOperation? instance, ScriptMember member)
    {
        if (instance is not null && instance is not IInstanceReferenceOperation)
        {
            // Objects of a plain class are values: its code may read another instance's fields, as C# does.
            if (ScriptClassKinds.IsValueKind(ScriptClassKinds.Of(context.Type, known)) && !member.IsStatic)
                return OtherModuleMember(reference, instance, member);
            return Fail(Descriptors.UnsupportedConstruct, reference, $"Reading '{member.Name}' of another instance", "use members of this module only");
        }
        switch (member.Role)
        {
            case MemberRole.Constant:
                return new ConstantExpression(new ConstantReference(CSharpNames.Escape(member.Symbol.Name), member.IsStatic), member.ScriptType ?? ScriptType.None);
            case MemberRole.Ignored:
                return Fail(Descriptors.NoTorchScriptMapping, reference, $"The [ScriptIgnore] member '{member.Name}'", "remove [ScriptIgnore], or keep the member out of script code");
            case MemberRole.NotScriptable when member.IsStatic:
                return Fail(Descriptors.NoTorchScriptMapping, reference, $"The static member '{member.Name}'",
                    "TorchScript modules have no static state; make it a static readonly number, bool or string (a constant), or an instance member");
            case MemberRole.NotScriptable:
            case MemberRole.Submodule when !member.Scriptable:
                return Fail(Descriptors.NonScriptableMember, reference, member.Symbol.Name,
                    member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), ScriptMembers.Remedy(member.Type, member.Name, known));
            default:
                if (method.IsStatic)
                    return Fail(Descriptors.UnsupportedConstruct, reference, $"Reading '{member.Name}' in a static method", "make the method an instance method");
                return Narrowed(reference, new AttributeExpression(new SelfExpression(ScriptType.Module), member.Name, member.Role == MemberRole.Submodule ? ScriptType.Module : member.ScriptType ?? ScriptType.None));
        }
    }

    /// <summary>A member of another [ScriptClass] object or submodule: <c>self.block.scale</c>, <c>coder.weight</c>.</summary>
    private ScriptExpression OtherModuleMember(IOperation reference, IOperation instance, ScriptMember member)
    {
        if (member.Role is MemberRole.Constant or MemberRole.Ignored or MemberRole.NotScriptable || member.IsStatic)
            return Fail(Descriptors.NoTorchScriptMapping, reference, $"'{member.Symbol.Name}' of another module", "read it through a [ScriptMethod] of that module");
        ScriptType type = member.Role == MemberRole.Submodule ? ScriptType.Module : member.ScriptType ?? ScriptType.None;
        return Narrowed(reference, new AttributeExpression(Expression(instance), member.Name, type));
    }

    /// <summary>
    /// An optional attribute where C#'s nullable flow analysis knows it is not null (after <c>if (mask is not null)</c>)
    /// reads as its payload, as C# types it; elsewhere it stays optional.
    /// </summary>
    private static ScriptExpression Narrowed(IOperation reference, AttributeExpression attribute)
    {
        if (!attribute.Type.IsOptional || reference.SemanticModel is not { } model)
            return attribute;
        return model.GetTypeInfo(reference.Syntax).Nullability.FlowState == NullableFlowState.NotNull ? new NotNullExpression(attribute) : attribute;
    }

    /// <summary>
    /// <c>x.HasValue</c> is <c>x is not None</c>; <c>x.Value</c> is x's payload where C#'s nullable flow analysis knows
    /// x is not null (after <c>if (x is not null)</c>). Elsewhere C# would throw on null and TorchScript would not, so
    /// it is reported.
    /// </summary>
    private ScriptExpression NullableMember(IPropertyReferenceOperation reference, IPropertySymbol property, IOperation nullable)
    {
        ScriptExpression value = Expression(nullable);
        if (property.Name == "HasValue")
            return Operator(ScriptOperator.IsNotNone, ScriptType.Bool, value);
        if (property.Name == "Value" && reference.SemanticModel is { } model)
        {
            if (model.GetTypeInfo(nullable.Syntax).Nullability.FlowState == NullableFlowState.NotNull)
                return value.Type.IsOptional ? new NotNullExpression(value) : value;
            return Fail(Descriptors.UnsupportedConstruct, reference, "'.Value' of a nullable value that may be null (C# throws, TorchScript would not)",
                "test it first: 'if (x is not null)', or 'x is null ? fallback : x.Value'");
        }
        return Unsupported(reference);
    }

    private ScriptExpression TupleItem(IOperation reference, IOperation tuple, int index) =>
        new IndexExpression(Expression(tuple), new LiteralExpression((long)index, ScriptType.Int), TypeOf(reference));

    private static int TupleIndex(IFieldSymbol field)
    {
        IFieldSymbol element = field.CorrespondingTupleField ?? field;
        return element.Name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(element.Name.Substring(4), out int position)
            ? position - 1
            : ((INamedTypeSymbol)field.ContainingType).TupleElements.IndexOf(element);
    }
}

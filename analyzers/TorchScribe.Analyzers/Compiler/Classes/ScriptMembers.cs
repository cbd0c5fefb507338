using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>What a field or auto-property of a [ScriptClass] is to TorchSharp and to TorchScript.</summary>
internal enum MemberRole
{
    /// <summary>A <c>Parameter</c>: registered with register_parameter, listed in <c>__parameters__</c>.</summary>
    Parameter,

    /// <summary>A <c>Tensor</c>: registered with register_buffer (TorchSharp makes tensor fields buffers).</summary>
    Buffer,

    /// <summary>A TorchSharp module: registered with register_module, a submodule attribute in TorchScript.</summary>
    Submodule,

    /// <summary>A <c>[ScriptConstant]</c> (or static readonly) value, inlined as a literal per instance.</summary>
    Constant,

    /// <summary>A non-constant value of a TorchScript type (int, float, List[int]…): a plain TorchScript attribute.</summary>
    Attribute,

    /// <summary>A <c>[ScriptIgnore]</c> member: neither registered nor exported.</summary>
    Ignored,

    /// <summary>A member whose type has no TorchScript equivalent; an error only where script code uses it.</summary>
    NotScriptable,
}

/// <summary>A field or auto-property of a [ScriptClass] with its registration/attribute name and role.</summary>
/// <param name="Name">The name TorchSharp registers it under and TorchScript knows it by.</param>
/// <param name="ScriptType">Its TorchScript type; null for submodules and members with none.</param>
/// <param name="Scriptable">False for a submodule whose type export cannot write (a custom module that is not a [ScriptClass]).</param>
internal sealed record ScriptMember(ISymbol Symbol, string Name, MemberRole Role, ITypeSymbol Type, ScriptType? ScriptType, bool Scriptable = true)
{
    public bool IsAutoProperty => Symbol is IPropertySymbol;

    public bool IsStatic => Symbol.IsStatic;

    /// <summary>True for parameters, buffers and submodules: what RegisterComponents registers.</summary>
    public bool IsComponent => Role is MemberRole.Parameter or MemberRole.Buffer or MemberRole.Submodule;
}

internal static class ScriptMembers
{
    /// <summary>The fields and auto-properties the user declared in <paramref name="type"/>, in declaration order.</summary>
    public static ImmutableArray<ScriptMember> Collect(INamedTypeSymbol type, KnownSymbols known)
    {
        var builder = ImmutableArray.CreateBuilder<ScriptMember>();
        foreach (ISymbol member in GeneratedCode.UserMembers(type))
        {
            if (Classify(member, known) is { } classified)
                builder.Add(classified);
        }
        return builder.ToImmutable();
    }

    /// <summary>Classifies a field or auto-property; null for anything else (methods, computed properties, consts).</summary>
    public static ScriptMember? Classify(ISymbol member, KnownSymbols known)
    {
        ITypeSymbol type;
        switch (member)
        {
            case IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false, AssociatedSymbol: null } field:
                type = field.Type;
                break;
            case IPropertySymbol { IsIndexer: false } property when IsAutoProperty(property):
                type = property.Type;
                break;
            default:
                return null;
        }

        string name = ComponentName(member, known);
        ScriptType? scriptType = ScriptTypeMapper.Map(type, known);
        // A plain class or NamedTuple holds values only: its tensors are attributes, not buffers (TSB0112 reports the rest).
        bool holdsValuesOnly = ScriptClassKinds.Of(member.ContainingType, known) is ScriptClassKind.Object or ScriptClassKind.NamedTuple;
        bool moduleInterface = ScriptClassKinds.Of(type, known) == ScriptClassKind.Interface;
        MemberRole role;
        if (known.HasAttribute(member, known.ScriptIgnoreAttribute))
            role = MemberRole.Ignored;
        else if (known.HasAttribute(member, known.ScriptConstantAttribute) || (member.IsStatic && member is IFieldSymbol { IsReadOnly: true } && ScriptTypeMapper.IsConstantType(type)))
            role = MemberRole.Constant;
        else if (member.IsStatic)
            role = MemberRole.NotScriptable;
        else if (holdsValuesOnly)
            role = scriptType is not null && !known.IsParameter(type) && !moduleInterface ? MemberRole.Attribute : MemberRole.NotScriptable;
        else if (known.IsParameter(type))
            role = MemberRole.Parameter;
        else if (known.IsTensor(type))
            role = MemberRole.Buffer;
        else if (IsSubmoduleType(type, known))
            role = MemberRole.Submodule;
        else if (scriptType is not null)
            role = MemberRole.Attribute;
        else
            role = MemberRole.NotScriptable;
        bool scriptable = role != MemberRole.Submodule || IsScriptableModule(type, known);
        // A submodule's TorchScript type is its class, decided at export; one held as a module interface is the interface.
        ScriptType? declaredType = role == MemberRole.Submodule && !moduleInterface ? null : scriptType;
        return new ScriptMember(member, name, role, type, declaredType, scriptable);
    }

    /// <summary>
    /// True for module types export can write: [ScriptClass] types, the stock modules it translates, containers of
    /// those, and TorchSharp's abstract module types (whose runtime type export checks).
    /// </summary>
    public static bool IsScriptableModule(ITypeSymbol type, KnownSymbols known)
    {
        if (known.IsScriptClass(type))
            return true;
        if (type is not INamedTypeSymbol named)
            return false;
        if (IsAbstractModuleType(named, known))
            return true;
        if (!known.StockModules.ContainsKey(named.OriginalDefinition))
            return false;
        return named.TypeArguments.All(argument => IsScriptableModule(argument, known));
    }

    /// <summary>
    /// True for a non-generic class, struct or interface declared in this compilation and not marked yet: the user can
    /// mark it [ScriptClass] (what TSB0005 suggests and its code fix does), as a module, a plain class, a NamedTuple or a
    /// module interface. Library types cannot become script classes, and classes deriving from another class cannot
    /// become plain ones.
    /// </summary>
    public static bool CanBecomeScriptClass(ITypeSymbol type, KnownSymbols known) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Struct } named
        && !known.IsScriptClass(named) && named.DeclaringSyntaxReferences.Length > 0 && !named.IsGenericType
        && (named.TypeKind != TypeKind.Class || known.IsModule(named) || named.BaseType is null or { SpecialType: SpecialType.System_Object });

    /// <summary>
    /// What to do about member <paramref name="memberName"/> whose type <paramref name="type"/> script code or export
    /// cannot use (TSB0005, TSB0109): mark a module class of this solution [ScriptClass]; replace a TorchSharp module
    /// export does not translate; or keep the member out with [ScriptIgnore].
    /// </summary>
    public static string Remedy(ITypeSymbol type, string memberName, KnownSymbols known)
    {
        string typeName = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        string ignore = $"mark '{memberName}' [ScriptIgnore] and keep it out of script code";
        if (CanBecomeScriptClass(type, known))
            return $"mark '{typeName}' [ScriptClass], or {ignore}";
        if (known.IsModule(type) && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, known.Module?.ContainingAssembly))
            return $"TorchScribe cannot export TorchSharp's {typeName} yet (docs/stock-modules.md lists the stock modules it can); compute it with nn.functional calls in this class, or {ignore}";
        return ignore;
    }

    /// <summary>A module type or a module interface: what a module registers as a submodule, and a plain class cannot hold.</summary>
    public static bool IsSubmoduleType(ITypeSymbol type, KnownSymbols known) =>
        known.IsModule(type) || ScriptClassKinds.Of(type, known) == ScriptClassKind.Interface;

    /// <summary>TorchSharp's abstract module types (<c>nn.Module</c>, <c>nn.Module&lt;T, TResult&gt;</c>, …): export checks the runtime type.</summary>
    public static bool IsAbstractModuleType(ITypeSymbol type, KnownSymbols known) =>
        type is INamedTypeSymbol named
        && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, known.Module) || known.IsGenericModule(named.OriginalDefinition));

    /// <summary>The name TorchSharp registers the member under: <c>[ComponentName(Name = …)]</c>, else its own name.</summary>
    public static string ComponentName(ISymbol member, KnownSymbols known)
    {
        if (known.ComponentNameAttribute is not null)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ComponentNameAttribute))
                    continue;
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Name" && argument.Value.Value is string { Length: > 0 } name)
                        return name;
                }
            }
        }
        return member.Name;
    }

    public static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>()
            .Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// The rules for the members of a [ScriptClass]: [ScriptConstant]s (TSB0101), components held where they cannot
/// be registered or re-bound (TSB0103), submodules export cannot write (TSB0109), and, in plain classes and
/// NamedTuples, what they cannot hold (TSB0112) or hold of themselves (TSB0113). The declaration analyzer reports them; the generator refuses to translate a
/// class that breaks one with an error, so the verdicts agree.
/// </summary>
internal static class MemberRules
{
    /// <summary>Diagnostic property: what a TSB0101 is about (<c>ReadOnly</c> or <c>Type</c>).</summary>
    public const string ProblemProperty = "Problem";

    /// <summary>Diagnostic property: what holds the component in a TSB0103 (<c>AutoProperty</c>; <c>Array</c> or <c>List</c> of modules; <c>Tensors</c>).</summary>
    public const string HolderProperty = "Holder";

    /// <summary>The problems of every member the user declared in <paramref name="type"/>, and of the names they are saved under.</summary>
    public static IEnumerable<Diagnostic> Problems(INamedTypeSymbol type, KnownSymbols known) =>
        GeneratedCode.UserMembers(type).Where(m => m is IFieldSymbol or IPropertySymbol && !m.IsImplicitlyDeclared).SelectMany(m => Problems(m, known))
            .Concat(ScriptNameRules.Problems(type, known));

    public static IEnumerable<Diagnostic> Problems(ISymbol member, KnownSymbols known)
    {
        Location location = member.Locations.FirstOrDefault() ?? Location.None;
        if (ScriptClassKinds.Of(member.ContainingType, known) is ScriptClassKind.Object or ScriptClassKind.NamedTuple)
        {
            foreach (Diagnostic diagnostic in PlainClassRules.Problems(member, known, location))
                yield return diagnostic;
            yield break;
        }
        if (member is IFieldSymbol field && known.HasAttribute(field, known.ScriptConstantAttribute))
        {
            if (!field.IsReadOnly && !field.IsConst)
                yield return Diagnostic.Create(Descriptors.InvalidScriptConstant, location, Properties(ProblemProperty, "ReadOnly"), field.Name, "must be readonly");
            if (!ScriptTypeMapper.IsConstantType(field.Type))
            {
                yield return Diagnostic.Create(Descriptors.InvalidScriptConstant, location, Properties(ProblemProperty, "Type"), field.Name,
                    $"has type '{field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}', which a TorchScript constant cannot hold (int, long, float, double, bool, string or value tuples of them)");
            }
            yield break;
        }
        if (member.IsStatic || known.HasAttribute(member, known.ScriptIgnoreAttribute))
            yield break;

        ITypeSymbol? memberType = (member as IFieldSymbol)?.Type ?? (member as IPropertySymbol)?.Type;
        if (memberType is null)
            yield break;
        // The generated RegisterComponents registers auto-properties under their own name, and moves submodules in place;
        // only a parameter or tensor in a get-only (or init-only) auto-property cannot be re-bound when .to() replaces it.
        if (member is IPropertySymbol { SetMethod: null or { IsInitOnly: true } } property && ScriptMembers.IsAutoProperty(property)
            && ComponentKind(memberType, known) is "parameter" or "tensor")
        {
            yield return Diagnostic.Create(Descriptors.ComponentNotRegistrable, location, Properties(HolderProperty, "AutoProperty"),
                member.Name, $"a {ComponentKind(memberType, known)}", property.SetMethod is null ? "a get-only auto-property" : "an init-only auto-property",
                ".to() replaces the tensor and cannot re-bind the property, which would keep the old, disposed one; make it a field");
            yield break;
        }
        if (ScriptMembers.IsSubmoduleType(memberType, known))
        {
            foreach (Diagnostic diagnostic in SubmoduleValues.Problems(member, memberType, known))
                yield return diagnostic;
        }
        if (ElementOfCollection(memberType, known) is { } element && ComponentKind(element.Element, known) is { } elementKind)
        {
            // Only collections of modules have a registrable counterpart that exports (ModuleList); the fix is offered for those.
            string holder = elementKind == "module" ? element.Holder : "Tensors";
            string replacement = elementKind == "module" ? $"ModuleList<{element.Element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}>" : $"one field per {elementKind}";
            yield return Diagnostic.Create(Descriptors.ComponentNotRegistrable, location, Properties(HolderProperty, holder),
                member.Name, $"{elementKind}s", element.Holder == "Array" ? "an array" : "a List<T>",
                $"TorchSharp never registers its items, so they are not trained, moved or saved; use {replacement}");
        }
    }

    /// <summary>"module", "parameter" or "tensor" for component types; null otherwise.</summary>
    private static string? ComponentKind(ITypeSymbol type, KnownSymbols known) =>
        known.IsParameter(type) ? "parameter" : known.IsTensor(type) ? "tensor" : known.IsModule(type) ? "module" : null;

    private static (ITypeSymbol Element, string Holder)? ElementOfCollection(ITypeSymbol type, KnownSymbols known)
    {
        if (type is IArrayTypeSymbol array)
            return (array.ElementType, "Array");
        if (type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1 && known.IsList(named))
            return (named.TypeArguments[0], "List");
        return null;
    }

    private static ImmutableDictionary<string, string?> Properties(string key, string value) =>
        ImmutableDictionary<string, string?>.Empty.Add(key, value);
}

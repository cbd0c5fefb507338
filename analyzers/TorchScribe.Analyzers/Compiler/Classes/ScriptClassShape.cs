using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// Whether a [ScriptClass] declaration is one the generator can complete: partial (TSB0100), non-generic (TSB0106); a
/// module derives directly from <c>Module&lt;T..., TResult&gt;</c> or omits its base and has exactly one valid forward
/// (TSB0104); a plain class inherits nothing (TSB0106) and has one constructor (TSB0111); a struct is a positional
/// readonly record struct (TSB0110); an interface declares methods only (TSB0106); and no member is named like one the
/// generated half declares (TSB0107). The declaration analyzer reports these problems; the generator emits nothing for a class
/// that has any, so the two can never disagree. Only what the user wrote counts: the generated half of the class is
/// invisible here.
/// </summary>
internal static class ScriptClassShape
{
    /// <summary>Every shape problem of <paramref name="type"/>, reported at <paramref name="location"/> unless a better one exists.</summary>
    public static IEnumerable<Diagnostic> Problems(INamedTypeSymbol type, KnownSymbols known, Location location, CancellationToken cancellationToken)
    {
        if (!IsPartial(type, cancellationToken))
            yield return Diagnostic.Create(Descriptors.ScriptClassNotPartial, location, type.Name);
        ScriptClassKind kind = ScriptClassKinds.Of(type, known) ?? ScriptClassKind.Module;
        if (TypeProblem(type, kind, known, cancellationToken) is { } problem)
        {
            yield return Diagnostic.Create(Descriptors.InvalidScriptClassBase, location, type.Name, problem);
            yield break;
        }
        if (kind == ScriptClassKind.NamedTuple && StructProblem(type) is { } structProblem)
        {
            yield return Diagnostic.Create(Descriptors.ScriptStructNotNamedTuple, location, type.Name, structProblem);
            yield break;
        }
        var kindProblems = kind switch
        {
            ScriptClassKind.Module => ForwardProblems(type, known, location),
            ScriptClassKind.Object => ConstructorProblems(type),
            _ => Enumerable.Empty<Diagnostic>(),
        };
        foreach (Diagnostic diagnostic in kindProblems)
            yield return diagnostic;
        foreach (Diagnostic diagnostic in ReservedNames(type, known, location))
            yield return diagnostic;
    }

    /// <summary>A plain script class has one <c>__init__</c>: more than one constructor is TSB0111.</summary>
    private static IEnumerable<Diagnostic> ConstructorProblems(INamedTypeSymbol type)
    {
        var constructors = GeneratedCode.UserMembers(type).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Constructor && !m.IsImplicitlyDeclared).ToList();
        foreach (IMethodSymbol extra in constructors.Skip(1))
            yield return Diagnostic.Create(Descriptors.ScriptClassConstructors, extra.Locations.FirstOrDefault() ?? Location.None, type.Name, constructors.Count);
    }

    /// <summary>
    /// Why a [ScriptClass] struct cannot be a NamedTuple (TSB0110), or null: C# copies a struct on every assignment and
    /// TorchScript never copies, so only an immutable struct computes the same; its positional parameters are the
    /// NamedTuple's fields, which is all a NamedTuple holds.
    /// </summary>
    private static string? StructProblem(INamedTypeSymbol type)
    {
        if (!type.IsReadOnly)
            return "is a mutable struct: C# copies it on every assignment, and TorchScript, which has no value types but immutable NamedTuples, would share it instead; make it a readonly record struct";
        if (!type.IsRecord || PrimaryConstructor(type) is null)
            return "has no positional parameters: a NamedTuple's fields are its constructor's parameters, in order; declare it as readonly record struct Name(Tensor A, long B)";
        foreach (ISymbol member in GeneratedCode.UserMembers(type))
        {
            if (member.IsImplicitlyDeclared || member.IsStatic || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary } || member is INamedTypeSymbol)
                continue;
            if (member is IPropertySymbol or IFieldSymbol && member.DeclaringSyntaxReferences.All(r => r.GetSyntax() is ParameterSyntax))
                continue;      // a positional parameter's property
            return $"declares '{member.Name}' besides its positional parameters: a NamedTuple holds its fields and nothing else; compute it in a [ScriptClass] method instead";
        }
        return null;
    }

    /// <summary>The primary constructor of a record, or null.</summary>
    public static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null }));

    /// <summary>The class or a member of it named like a member the generated half declares (TSB0107).</summary>
    private static IEnumerable<Diagnostic> ReservedNames(INamedTypeSymbol type, KnownSymbols known, Location classLocation)
    {
        bool forwardIsGenerated = Forwards(type, known).Any(f => f.Name == "Forward");
        if (GeneratedMembers.Names.Contains(type.Name))
            yield return Diagnostic.Create(Descriptors.ReservedName, classLocation, type.Name, "a class cannot declare a member named like itself, so rename the class");
        foreach (ISymbol member in GeneratedCode.UserMembers(type))
        {
            if (member.IsImplicitlyDeclared || !GeneratedMembers.Names.Contains(member.Name))
                continue;
            // A forward override is the user's own forward; other members called forward collide only with a generated one.
            if (member.Name == GeneratedMembers.Forward && (member is IMethodSymbol { IsOverride: true } || !forwardIsGenerated))
                continue;
            yield return Diagnostic.Create(Descriptors.ReservedName, member.Locations.FirstOrDefault() ?? classLocation, member.Name, "rename it");
        }
    }

    /// <summary>True when the class has no shape problem.</summary>
    public static bool IsValid(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken) =>
        !Problems(type, known, Location.None, cancellationToken).Any();

    /// <summary>The user-written forwards: <c>forward</c> overrides and <c>[ScriptMethod] Forward</c>s (one when the shape is valid).</summary>
    public static List<IMethodSymbol> Forwards(INamedTypeSymbol type, KnownSymbols known) =>
        GeneratedCode.UserMembers(type).OfType<IMethodSymbol>().Where(m => IsForward(m, known)).ToList();

    /// <summary>True for a module's forward: a <c>forward</c> override or a <c>[ScriptMethod]</c> named <c>Forward</c>.</summary>
    public static bool IsForward(IMethodSymbol method, KnownSymbols known) =>
        method.MethodKind == MethodKind.Ordinary && !method.IsStatic
        && ((method.Name == "forward" && method.IsOverride)
            || (method.Name == "Forward" && known.HasAttribute(method, known.ScriptMethodAttribute)));

    /// <summary>
    /// True when the user wrote no base class, so the generator infers <c>Module&lt;…&gt;</c> from the forward. In a
    /// compilation that already holds the generated half, that base is declared there and only there.
    /// </summary>
    public static bool BaseIsInferred(INamedTypeSymbol type)
    {
        if (type.BaseType is null or { SpecialType: SpecialType.System_Object })
            return true;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (GeneratedCode.IsTorchScribeTree(reference.SyntaxTree)
                && reference.GetSyntax() is TypeDeclarationSyntax { BaseList.Types: { Count: > 0 } bases }
                && bases[0].Type.ToString().StartsWith(InferredBasePrefix, System.StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>How the generator spells an inferred base, which <see cref="BaseIsInferred"/> recognizes.</summary>
    public const string InferredBasePrefix = "global::TorchSharp.torch.nn.Module<";

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        GeneratedCode.UserDeclarations(type).Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>()
            .Any(d => d.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>Why the type itself (kind, generics, containers, base) cannot be a [ScriptClass], or null.</summary>
    private static string? TypeProblem(INamedTypeSymbol type, ScriptClassKind kind, KnownSymbols known, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            return "must be a class, a readonly record struct or an interface";
        if (type.TypeKind == TypeKind.Class && type.IsRecord)
            return "is a record class: make it a plain class (an object of script code), or a readonly record struct (a NamedTuple)";
        if (type.IsStatic || (type.IsAbstract && kind != ScriptClassKind.Interface))
            return "must be a concrete, non-static class";
        if (type.TypeParameters.Length > 0)
            return "must not be generic: TorchScript classes have no type parameters";
        if (type.IsFileLocal)
            return "must not be file-local: its generated half is declared in another file";
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (!IsPartial(container, cancellationToken))
                return $"is nested in '{container.Name}', which must be partial too";
        }
        return kind switch
        {
            ScriptClassKind.Interface => InterfaceProblem(type),
            ScriptClassKind.Module => BaseIsInferred(type) || type.BaseType is { IsGenericType: true } baseType && known.IsGenericModule(baseType)
                ? null
                : $"derives from '{type.BaseType!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'; derive directly from Module<T..., TResult> or omit the base class",
            ScriptClassKind.Object when !BaseIsInferred(type) =>
                $"derives from '{type.BaseType!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}', and TorchScript classes do not inherit; hold a '{type.BaseType!.Name}' in a field instead, or derive from Module<T..., TResult> to make it a module",
            _ when type.Interfaces.FirstOrDefault(i => ScriptClassKinds.Of(i, known) == ScriptClassKind.Interface) is { } moduleInterface =>
                $"implements the module interface '{moduleInterface.Name}', which only modules implement; derive from Module<T..., TResult> to make it a module, or drop the interface",
            _ => null,
        };
    }

    /// <summary>A module interface declares methods only, and inherits nothing: TorchScript's interfaces are flat.</summary>
    private static string? InterfaceProblem(INamedTypeSymbol type)
    {
        if (type.Interfaces.Length > 0)
            return $"extends '{type.Interfaces[0].Name}'; a module interface declares all its methods itself";
        foreach (ISymbol member in GeneratedCode.UserMembers(type))
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, IsAbstract: true })
                continue;
            return $"declares '{member.Name}', which is not an abstract instance method; a module interface declares the methods its modules implement, and nothing else";
        }
        return null;
    }

    private static IEnumerable<Diagnostic> ForwardProblems(INamedTypeSymbol type, KnownSymbols known, Location classLocation)
    {
        var forwards = Forwards(type, known);
        if (forwards.Count == 0)
        {
            yield return Diagnostic.Create(Descriptors.InvalidForward, classLocation,
                $"'{type.Name}' has no forward: override forward or add a [ScriptMethod] named Forward");
            yield break;
        }
        if (forwards.Count > 1)
        {
            yield return Diagnostic.Create(Descriptors.InvalidForward, forwards[1].Locations.FirstOrDefault() ?? classLocation,
                $"'{type.Name}' has both a forward override and a [ScriptMethod] Forward; keep one");
        }
        IMethodSymbol forward = forwards[0];
        Location location = forward.Locations.FirstOrDefault() ?? classLocation;
        if (forward.Parameters.Length == 0 || forward.Parameters.Length > 6)
        {
            yield return Diagnostic.Create(Descriptors.InvalidForward, location,
                $"The forward of '{type.Name}' takes {forward.Parameters.Length} inputs; TorchSharp modules take 1 to 6");
            yield break;
        }
        if (forward.ReturnsVoid)
        {
            yield return Diagnostic.Create(Descriptors.InvalidForward, location, $"The forward of '{type.Name}' must return a value");
            yield break;
        }
        if (BaseIsInferred(type))
            yield break;    // the generator infers the base from this forward's signature
        // With an explicit base, a [ScriptMethod] Forward must match it: the generator overrides the base's forward.
        if (forward.Name == "Forward" && known.GenericModuleBase(type) is { } moduleBase)
        {
            var expected = moduleBase.TypeArguments;
            bool matches = expected.Length == forward.Parameters.Length + 1
                && forward.Parameters.Select(p => p.Type).Concat(new[] { forward.ReturnType })
                    .Zip(expected, (a, b) => SymbolEqualityComparer.Default.Equals(a, b)).All(x => x);
            if (!matches)
            {
                yield return Diagnostic.Create(Descriptors.InvalidForward, location,
                    $"Forward's signature does not match the base '{moduleBase.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'; change one of them, or omit the base class");
            }
        }
    }
}

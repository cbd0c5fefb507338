using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// What a [ScriptClass] is, from what the user wrote: an interface is a module interface, a struct a NamedTuple, a class
/// deriving from a module (or omitting its base and declaring a forward or a [ScriptMethod]) a module, and any other
/// class a plain script class. The generated half never changes the verdict.
/// </summary>
internal static class ScriptClassKinds
{
    /// <summary>The kind of <paramref name="type"/>, or null when it is not a [ScriptClass].</summary>
    public static ScriptClassKind? Of(ITypeSymbol? type, KnownSymbols known)
    {
        if (type is not INamedTypeSymbol named || !known.IsScriptClass(named))
            return null;
        return named.TypeKind switch
        {
            TypeKind.Interface => ScriptClassKind.Interface,
            TypeKind.Struct => ScriptClassKind.NamedTuple,
            _ when KnownSymbols.InheritsFrom(named, known.Module) => ScriptClassKind.Module,
            _ when ScriptClassShape.BaseIsInferred(named) && !DeclaresModuleCode(named, known) => ScriptClassKind.Object,
            _ when ScriptClassShape.BaseIsInferred(named) => ScriptClassKind.Module,
            _ => ScriptClassKind.Object,     // a class deriving from another class: TSB0106 says script classes do not inherit
        };
    }

    /// <summary>
    /// A base-less class is a module when it declares what only modules have: a forward, or a [ScriptMethod] (in a
    /// plain class every method is script code, so the attribute would mean nothing there).
    /// </summary>
    private static bool DeclaresModuleCode(INamedTypeSymbol type, KnownSymbols known) =>
        GeneratedCode.UserMembers(type).OfType<IMethodSymbol>().Any(m => ScriptClassShape.IsForward(m, known) || known.HasAttribute(m, known.ScriptMethodAttribute));

    /// <summary>True for the kinds whose instances are values of script code: objects, NamedTuples and module interfaces.</summary>
    public static bool IsValueKind(ScriptClassKind? kind) => kind is ScriptClassKind.Object or ScriptClassKind.NamedTuple or ScriptClassKind.Interface;
}

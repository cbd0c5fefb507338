using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>
/// Translates [ScriptClass]es through the <see cref="TranslationCache"/>: the one way the analyzers and the generator
/// get a class's verdict, so the verdict they report and the code they emit come from the same translation.
/// </summary>
internal static class ScriptClassTranslator
{
    /// <summary>The key the translation of the class <paramref name="id"/> would be stored under now.</summary>
    public static ClassKey KeyOf(string id, ImmutableArray<SyntaxNode> parts, Compilation compilation) =>
        ClassKey.Compute(parts, compilation, ScopeOf(parts).LearnedNames(id));

    /// <summary>
    /// The translation of <paramref name="type"/>, bound in <paramref name="known"/>'s compilation unless an equal key
    /// finds one. With <paramref name="requireBound"/>, a found translation whose code did not all bind is made again
    /// here: the generator binds without its own output, where uses of the generated half the rules do not allow stay
    /// unbound, while the analyzers, which see that output, must report them.
    /// </summary>
    public static TranslationResult Translate(INamedTypeSymbol type, KnownSymbols known, bool requireBound, CancellationToken cancellationToken) =>
        Translate(type, ScriptClassCompiler.UserParts(type, cancellationToken), known, requireBound, cancellationToken);

    /// <summary>The translation of <paramref name="type"/> whose user-written declarations are <paramref name="parts"/>, in this order (anchors count parts).</summary>
    public static TranslationResult Translate(INamedTypeSymbol type, ImmutableArray<SyntaxNode> parts, KnownSymbols known, bool requireBound, CancellationToken cancellationToken)
    {
        TranslationCache.Scope scope = ScopeOf(parts);
        string id = ClassIdentity.Of(type);
        ClassKey key = ClassKey.Compute(parts, known.Compilation, scope.LearnedNames(id));
        if (scope.Find(id, key) is { } found && (!requireBound || found.InvalidMethods.IsEmpty))
            return found;
        TranslationResult result = TranslationResult.From(ScriptClassCompiler.Compile(type, parts, known, cancellationToken));
        scope.Store(id, ClassKey.Compute(parts, known.Compilation, result.LearnedNames), result);
        return result;
    }

    private static TranslationCache.Scope ScopeOf(ImmutableArray<SyntaxNode> parts) =>
        TranslationCache.For(parts.IsEmpty ? Microsoft.CodeAnalysis.CSharp.CSharpParseOptions.Default : parts[0].SyntaxTree.Options);
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// A compilation plus the declaration halves of all its [ScriptClass]es: what the analyzers see, but for the
/// translations, which no user code refers to. The generator binds script code here, so a class binds the same for the
/// generator and the analyzers (a base-less class's `training` and `forward` exist in both), and one translation
/// serves both. Built once per compilation, and only when a class needs translating.
/// </summary>
internal static class DeclaredCompilation
{
    private static readonly ConditionalWeakTable<Compilation, Compilation> Declared = new();
    private static readonly ConditionalWeakTable<ParseOptions, ConcurrentDictionary<string, (ClassKey Key, DeclarationModel? Model)>> Models = new();

    /// <summary>The path generated declaration halves have (what <see cref="GeneratedCode.IsTorchScribeTree"/> recognizes).</summary>
    public const string PathPrefix = "TorchScribe.Analyzers/TorchScribe.Analyzers.Generator.ScriptClassGenerator/";

    public static Compilation For(Compilation compilation, string version, CancellationToken cancellationToken)
    {
        if (Declared.TryGetValue(compilation, out Compilation? declared))
            return declared;
        var trees = new List<SyntaxTree>();
        KnownSymbols known = KnownSymbols.For(compilation);
        foreach (INamedTypeSymbol type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!known.IsScriptClass(type) || ScriptClassInput.Create(type, compilation, cancellationToken) is not { Parts.IsEmpty: false } input)
                continue;
            if (DeclarationOf(input, cancellationToken) is { } model)
            {
                string text = DeclarationEmitter.Emit(model, version);
                trees.Add(CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)input.Parts[0].SyntaxTree.Options, PathPrefix + model.Scope.HintStem + GeneratedCode.DeclarationSuffix, System.Text.Encoding.UTF8, cancellationToken));
            }
        }
        // Another thread may have built it meanwhile: keep the first, so every class binds in one compilation.
        return Declared.GetValue(compilation, _ => compilation.AddSyntaxTrees(trees));
    }

    /// <summary>The declaration half's model, built once per class and key (by the pipeline or by <see cref="For"/>).</summary>
    public static DeclarationModel? DeclarationOf(ScriptClassInput input, CancellationToken cancellationToken)
    {
        var models = Models.GetValue(input.Parts.IsEmpty ? CSharpParseOptions.Default : input.Parts[0].SyntaxTree.Options, static _ => new());
        string id = Compiler.ScriptClassTranslator.IdOf(input.Symbol);
        if (models.TryGetValue(id, out var found) && found.Key.Equals(input.Key))
            return found.Model;
        DeclarationModel? model = ModelBuilder.Declaration(input, cancellationToken);
        models[id] = (input.Key, model);
        return model;
    }
}

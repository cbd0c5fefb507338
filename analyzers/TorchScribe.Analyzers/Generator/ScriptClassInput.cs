using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// One [ScriptClass] as the generator's pipeline sees it on one run. It compares equal to the previous run's input when
/// its <see cref="ClassKey"/> and its syntax trees are the same, so the steps after it run only for classes an edit can
/// have changed; the symbol and compilation it carries are for those steps and take no part in the comparison.
/// </summary>
internal sealed class ScriptClassInput : IEquatable<ScriptClassInput>
{
    private ScriptClassInput(INamedTypeSymbol symbol, KnownSymbols known, ImmutableArray<SyntaxNode> parts, ClassKey key)
    {
        Symbol = symbol;
        Known = known;
        Parts = parts;
        Key = key;
        Trees = parts.Select(p => p.SyntaxTree).ToImmutableArray();
    }

    public INamedTypeSymbol Symbol { get; }

    public KnownSymbols Known { get; }

    public ImmutableArray<SyntaxNode> Parts { get; }

    public ClassKey Key { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The input of a class, or null when TorchScribe or TorchSharp is not referenced.</summary>
    public static ScriptClassInput? Create(INamedTypeSymbol symbol, Compilation compilation, CancellationToken cancellationToken)
    {
        KnownSymbols known = KnownSymbols.For(compilation);
        if (!known.IsUsable)
            return null;
        ImmutableArray<SyntaxNode> parts = ScriptClassCompiler.UserParts(symbol, cancellationToken);
        return new ScriptClassInput(symbol, known, parts, ScriptClassTranslator.KeyOf(symbol, parts, compilation));
    }

    /// <summary>The part of the input the declaration half depends on: the key alone (line positions do not matter).</summary>
    public DeclarationInput ForDeclaration() => new(this);

    public bool Equals(ScriptClassInput? other) =>
        other is not null && Key.Equals(other.Key) && Trees.SequenceEqual(other.Trees);

    public override bool Equals(object? obj) => Equals(obj as ScriptClassInput);

    public override int GetHashCode() => Key.GetHashCode();
}

/// <summary>A <see cref="ScriptClassInput"/> compared by key only.</summary>
internal sealed class DeclarationInput(ScriptClassInput input) : IEquatable<DeclarationInput>
{
    public ScriptClassInput Input { get; } = input;

    public bool Equals(DeclarationInput? other) => other is not null && Input.Key.Equals(other.Input.Key);

    public override bool Equals(object? obj) => Equals(obj as DeclarationInput);

    public override int GetHashCode() => Input.Key.GetHashCode();
}

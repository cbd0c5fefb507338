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
/// One [ScriptClass] candidate as the generator's pipeline sees it on one run: its user-written declarations and their
/// key, found without binding anything. It compares equal to the previous run's input when its key and its syntax
/// trees are the same, so the steps after it run only for classes an edit can have changed; those steps bind the
/// class (<see cref="Symbol"/>), which takes no part in the comparison.
/// </summary>
internal sealed class ScriptClassInput : IEquatable<ScriptClassInput>
{
    private INamedTypeSymbol? symbol;
    private bool resolved;

    private ScriptClassInput(string id, ImmutableArray<SyntaxNode> parts, ClassKey key, Compilation compilation, INamedTypeSymbol? symbol)
    {
        Id = id;
        Parts = parts;
        Key = key;
        Compilation = compilation;
        Trees = parts.Select(p => p.SyntaxTree).ToImmutableArray();
        this.symbol = symbol;
        resolved = symbol is not null;
    }

    /// <summary>The class's identity in the caches (<see cref="ClassIdentity"/>).</summary>
    public string Id { get; }

    /// <summary>The user-written declarations, in the order anchors count them.</summary>
    public ImmutableArray<SyntaxNode> Parts { get; }

    public ClassKey Key { get; }

    public Compilation Compilation { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public KnownSymbols Known => KnownSymbols.For(Compilation);

    /// <summary>The class, or null when its declarations turn out not to declare a [ScriptClass] (another attribute of that name).</summary>
    public INamedTypeSymbol? Symbol
    {
        get
        {
            if (!resolved)
            {
                symbol = Compilation.GetSemanticModel(Parts[0].SyntaxTree).GetDeclaredSymbol(Parts[0]) is INamedTypeSymbol type && Known.IsScriptClass(type) ? type : null;
                resolved = true;
            }
            return symbol;
        }
    }

    /// <summary>The input of declarations found by syntax.</summary>
    public static ScriptClassInput FromSyntax(string id, ImmutableArray<SyntaxNode> parts, Compilation compilation) =>
        new(id, parts, ScriptClassTranslator.KeyOf(id, parts, compilation), compilation, null);

    /// <summary>The input of a [ScriptClass] symbol, or null when TorchScribe or TorchSharp is not referenced.</summary>
    public static ScriptClassInput? FromSymbol(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!KnownSymbols.For(compilation).IsUsable)
            return null;
        string id = ClassIdentity.Of(type);
        ImmutableArray<SyntaxNode> parts = ScriptClassCompiler.UserParts(type, cancellationToken);
        return parts.IsEmpty ? null : new ScriptClassInput(id, parts, ScriptClassTranslator.KeyOf(id, parts, compilation), compilation, type);
    }

    /// <summary>The part of the input the declaration half depends on: the key alone (line positions do not matter).</summary>
    public DeclarationInput ForDeclaration() => new(this);

    public bool Equals(ScriptClassInput? other) =>
        other is not null && Id == other.Id && Key.Equals(other.Key) && Trees.SequenceEqual(other.Trees);

    public override bool Equals(object? obj) => Equals(obj as ScriptClassInput);

    public override int GetHashCode() => Key.GetHashCode();
}

/// <summary>A <see cref="ScriptClassInput"/> compared by identity and key only.</summary>
internal sealed class DeclarationInput(ScriptClassInput input) : IEquatable<DeclarationInput>
{
    public ScriptClassInput Input { get; } = input;

    public bool Equals(DeclarationInput? other) => other is not null && Input.Id == other.Input.Id && Input.Key.Equals(other.Input.Key);

    public override bool Equals(object? obj) => Equals(obj as DeclarationInput);

    public override int GetHashCode() => Input.Key.GetHashCode();
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// Everything a [ScriptClass]'s translation depends on, as values: its own declarations (tokens, without comments and
/// whitespace), the file context they bind in (usings, namespaces, nullable directives, containing types), the
/// declarations of every name they mention, and the compilation's references and options. Equal keys give equal
/// translations, so an equal key reuses the translation instead of binding the class again.
/// </summary>
internal sealed class ClassKey : IEquatable<ClassKey>
{
    private static readonly ConditionalWeakTable<Compilation, CompilationFingerprint> Fingerprints = new();
    private static readonly ConditionalWeakTable<SyntaxNode, FileContext> FileContexts = new();

    private ClassKey(Hash128 syntax, Hash128 dependencies, CompilationFingerprint compilation)
    {
        Syntax = syntax;
        Dependencies = dependencies;
        Compilation = compilation;
    }

    public Hash128 Syntax { get; }

    public Hash128 Dependencies { get; }

    public CompilationFingerprint Compilation { get; }

    /// <param name="parts">The class's user-written declarations.</param>
    /// <param name="learnedNames">Names of source types an earlier translation of the class met without the class naming them.</param>
    public static ClassKey Compute(ImmutableArray<SyntaxNode> parts, Compilation compilation, IEnumerable<string> learnedNames)
    {
        Hash128 syntax = Hash128.Start;
        var names = new List<string>(learnedNames);
        foreach (SyntaxNode part in parts)
        {
            syntax = syntax.Add(SyntaxFingerprints.TokensOf(part)).Add(FileContexts.GetValue(part, static p => new FileContext(FileContextOf(p))).Hash);
            names.AddRange(SyntaxFingerprints.IdentifiersOf(part));
        }
        Hash128 dependencies = NameIndex.For(compilation).FingerprintOf(names);
        return new ClassKey(syntax, dependencies, Fingerprints.GetValue(compilation, static c => new CompilationFingerprint(c)));
    }

    /// <summary>
    /// What a declaration binds in besides itself: the usings and names of its namespaces and compilation unit, the
    /// nullable directives of its file, and the visible declarations of the types it is nested in.
    /// </summary>
    private static Hash128 FileContextOf(SyntaxNode part)
    {
        Hash128 hash = Hash128.Start.Add(((CSharpParseOptions)part.SyntaxTree.Options).LanguageVersion.ToString());
        foreach (string symbol in part.SyntaxTree.Options.PreprocessorSymbolNames)
            hash = hash.Add(symbol);
        for (SyntaxNode? ancestor = part.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case TypeDeclarationSyntax container:
                    hash = hash.Add(SyntaxFingerprints.TopLevelOf(container));
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    hash = hash.Add(SyntaxFingerprints.TokensOf(ns.Name));
                    foreach (var directive in ns.Usings)
                        hash = hash.Add(SyntaxFingerprints.TokensOf(directive));
                    foreach (var alias in ns.Externs)
                        hash = hash.Add(SyntaxFingerprints.TokensOf(alias));
                    break;
                case CompilationUnitSyntax unit:
                    foreach (var directive in unit.Usings)
                        hash = hash.Add(SyntaxFingerprints.TokensOf(directive));
                    foreach (var alias in unit.Externs)
                        hash = hash.Add(SyntaxFingerprints.TokensOf(alias));
                    foreach (SyntaxTrivia directive in unit.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.NullableDirectiveTrivia)))
                        hash = hash.Add(directive.ToString()).Add(Math.Sign(directive.SpanStart - part.SpanStart) + Math.Sign(directive.SpanStart - part.Span.End));
                    break;
            }
        }
        return hash;
    }

    private sealed class FileContext(Hash128 hash)
    {
        public Hash128 Hash { get; } = hash;
    }

    public bool Equals(ClassKey? other) =>
        other is not null && Syntax == other.Syntax && Dependencies == other.Dependencies && Compilation.Equals(other.Compilation);

    public override bool Equals(object? obj) => Equals(obj as ClassKey);

    public override int GetHashCode() => Syntax.GetHashCode();
}

/// <summary>A compilation's references (by identity) and options: what binding depends on besides syntax.</summary>
internal sealed class CompilationFingerprint : IEquatable<CompilationFingerprint>
{
    private readonly ImmutableArray<MetadataReference> references;
    private readonly CompilationOptions options;

    public CompilationFingerprint(Compilation compilation)
    {
        references = compilation.References.ToImmutableArray();
        options = compilation.Options;
    }

    public bool Equals(CompilationFingerprint? other) =>
        other is not null && (ReferenceEquals(this, other)
            || options.Equals(other.options) && references.Length == other.references.Length
                && references.Zip(other.references, (a, b) => ReferenceEquals(a, b)).All(x => x));

    public override bool Equals(object? obj) => Equals(obj as CompilationFingerprint);

    public override int GetHashCode() => references.Length;
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// A class's translation with nothing tied to one compilation: its functions, and its diagnostics anchored to tokens.
/// The analyzer reports it and the generator prints it against whichever equivalent tree is current.
/// </summary>
internal sealed class TranslationResult
{
    private TranslationResult(
        ImmutableArray<ScriptFunction> functions,
        ImmutableArray<AnchoredDiagnostic> diagnostics,
        ImmutableArray<string> invalidMethods,
        ImmutableArray<ScriptClassReference> dependencies,
        int fileVersion,
        ImmutableArray<string> opRows,
        ImmutableArray<string> learnedNames)
    {
        Functions = functions;
        Diagnostics = diagnostics;
        InvalidMethods = invalidMethods;
        Dependencies = dependencies;
        FileVersion = fileVersion;
        OpRows = opRows;
        LearnedNames = learnedNames;
    }

    /// <summary>The script methods in declaration order; complete only when <see cref="HasErrors"/> is false.</summary>
    public ImmutableArray<ScriptFunction> Functions { get; }

    public ImmutableArray<AnchoredDiagnostic> Diagnostics { get; }

    /// <summary>Methods whose code does not bind (C# errors, which the compiler reports).</summary>
    public ImmutableArray<string> InvalidMethods { get; }

    /// <summary>Classes whose free functions this class calls.</summary>
    public ImmutableArray<ScriptClassReference> Dependencies { get; }

    public int FileVersion { get; }

    /// <summary>The op-table rows the class uses, by id.</summary>
    public ImmutableArray<string> OpRows { get; }

    /// <summary>Names of source types the lowering met: the class depends on their declarations too.</summary>
    public ImmutableArray<string> LearnedNames { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary>True when the class can be exported: no error, and all of its code binds.</summary>
    public bool IsTranslated => !HasErrors && InvalidMethods.IsEmpty;

    public static TranslationResult From(ScriptClassTranslation translation)
    {
        SourceAnchors anchors = translation.Anchors;
        return new TranslationResult(
            translation.Methods.Select(m => m.Function).ToImmutableArray(),
            translation.Diagnostics.Select(d => new AnchoredDiagnostic(d.Descriptor, d.Arguments, anchors.AnchorOf(d.Location))).ToImmutableArray(),
            translation.Methods.Where(m => m.HasInvalidCode).Select(m => m.Method.Name).ToImmutableArray(),
            translation.Dependencies.Select(d => ScriptClassReference.Of(d, translation.Context.Known)).ToImmutableArray(),
            translation.FileVersion,
            translation.Methods.SelectMany(m => m.OpRows).Distinct().OrderBy(r => r, System.StringComparer.Ordinal).ToImmutableArray(),
            translation.Methods.SelectMany(m => m.LearnedNames).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>The diagnostics at their places in <paramref name="anchors"/>' declarations (or at <paramref name="fallback"/>).</summary>
    public ImmutableArray<ScriptDiagnostic> DiagnosticsIn(SourceAnchors anchors, Location fallback) =>
        Diagnostics.Select(d => new ScriptDiagnostic(d.Descriptor, d.Anchor is { } anchor ? anchors.LocationOf(anchor) : fallback, d.Arguments)).ToImmutableArray();
}

/// <summary>A diagnostic whose place is a token range of the class's declarations.</summary>
internal sealed record AnchoredDiagnostic(DiagnosticDescriptor Descriptor, ImmutableArray<string> Arguments, SourceAnchor? Anchor);

/// <summary>How generated code names another [ScriptClass]: its fully qualified C# name.</summary>
/// <param name="HasGeneratedHalf">False when the class has a shape problem, so the generator writes nothing for it to refer to.</param>
internal sealed record ScriptClassReference(string FullyQualifiedName, string Name, bool HasGeneratedHalf)
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat;

    public static ScriptClassReference Of(INamedTypeSymbol type, KnownSymbols known) =>
        new(type.ToDisplayString(Format), type.Name, ScriptClassShape.IsValid(type, known, System.Threading.CancellationToken.None));
}

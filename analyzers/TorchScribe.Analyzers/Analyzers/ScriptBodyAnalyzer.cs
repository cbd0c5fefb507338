using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Analyzers;

/// <summary>
/// Reports every construct in a [ScriptClass]'s script code that cannot become TorchScript (TSB0001–TSB0008) and
/// branches on tensor values (TSB0200). The reasons come from the same translation the generator prints: a build
/// finds the generator's translation in the shared cache, an editor keeps it while edits cannot change the class.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScriptBodyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Reflection,
        Descriptors.Dynamic,
        Descriptors.ExternalNumericLibrary,
        Descriptors.HostRoundTrip,
        Descriptors.NonScriptableMember,
        Descriptors.UnsupportedConstruct,
        Descriptors.NoTorchScriptMapping,
        Descriptors.InexactSemantics,
        Descriptors.TensorValueBranch);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.For(start.Compilation);
            if (!known.IsUsable)
                return;
            start.RegisterSymbolAction(symbol => Analyze(symbol, known), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!known.IsScriptClass(type))
            return;
        var parts = ScriptClassCompiler.UserParts(type, context.CancellationToken);
        if (parts.IsEmpty)
            return;
        TranslationResult result = ScriptClassTranslator.Translate(type, known, requireBound: true, context.CancellationToken);
        Location fallback = type.Locations.FirstOrDefault() ?? Location.None;
        foreach (ScriptDiagnostic diagnostic in result.DiagnosticsIn(new SourceAnchors(parts), fallback))
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
    }
}

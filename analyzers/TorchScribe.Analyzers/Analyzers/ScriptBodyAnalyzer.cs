using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Analyzers;

/// <summary>
/// Reports every construct in a [ScriptClass]'s script code that cannot become TorchScript (TSB0001–TSB0007) and
/// branches on tensor values (TSB0200). The reasons come from the same compiler core the generator translates with.
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
        Descriptors.TensorValueBranch);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.Create(start.Compilation);
            if (!known.IsUsable)
                return;
            start.RegisterSymbolStartAction(symbolStart => AnalyzeType(symbolStart, known), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, KnownSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!known.IsScriptClass(type))
            return;

        // Collect every method body first: which methods are script code is only known once all are seen.
        var bodies = new ConcurrentDictionary<IMethodSymbol, IOperation>(SymbolEqualityComparer.Default);
        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method
                && block.OperationBlocks.FirstOrDefault(b => b is IBlockOperation or IMethodBodyOperation) is { } body)
                bodies[method] = body;
        });
        context.RegisterSymbolEndAction(end =>
        {
            ScriptClassCompilation compilation = ScriptClassCompiler.Compile(
                type, known, method => bodies.TryGetValue(method, out IOperation body) ? body : null, end.CancellationToken);
            foreach (Diagnostic diagnostic in compilation.Diagnostics)
                end.ReportDiagnostic(diagnostic);
        });
    }
}

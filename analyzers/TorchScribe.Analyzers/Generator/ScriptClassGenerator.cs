using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TorchScribe.Analyzers.Compiler;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Generates, for every [ScriptClass] partial class, the TorchSharp plumbing (reflection-free registration, device
/// moves, a dispose-scoped forward, an inferred base class) and its TorchScript translation for export. Reports no
/// diagnostics: the analyzers do, from the same compiler core.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScriptClassGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that turns a [ScriptClass] into its model.</summary>
    public const string ModelStep = "ScriptClassModel";

    private static readonly string Version =
        typeof(ScriptClassGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ScriptClassModel> models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownSymbols.ScriptClassAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => ScriptClassModelBuilder.Build((INamedTypeSymbol)syntax.TargetSymbol, syntax.SemanticModel.Compilation, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(ModelStep);

        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(model.HintName, SourceText.From(ScriptClassEmitter.Emit(model, Version), System.Text.Encoding.UTF8)));
    }
}

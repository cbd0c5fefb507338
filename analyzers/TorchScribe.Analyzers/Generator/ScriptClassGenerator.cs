using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Generates, for every [ScriptClass], two halves. The declaration half (base class, registration, device moves, a
/// dispose-scoped forward) is what user code binds against, so every host gets it. The translation half (the class's
/// TorchScript) only matters to the build output, so it is an implementation output that editors may skip. Reports no
/// diagnostics: the analyzers do, from the same translations.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScriptClassGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that turns a [ScriptClass] into its input (compared by key).</summary>
    public const string InputStep = "ScriptClassInput";

    /// <summary>Tracking name of the step that builds the declaration half's model.</summary>
    public const string DeclarationStep = "ScriptClassDeclaration";

    /// <summary>Tracking name of the step that translates a class and prints its TorchScript.</summary>
    public const string TranslationStep = "ScriptClassTranslation";

    private static readonly string Version =
        typeof(ScriptClassGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Not ForAttributeWithMetadataName: it binds every matching class's attributes on every compilation change,
        // which in a large project costs more per keystroke than everything else here. Candidates are found by syntax
        // and keyed by hashes kept per syntax node; a class is bound only when its key changes.
        IncrementalValuesProvider<ScriptClassInput> inputs = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => ScriptClassDiscovery.IsCandidate(node), static (syntax, _) => (TypeDeclarationSyntax)syntax.Node)
            .Collect()
            .Combine(context.CompilationProvider)
            .SelectMany(static (pair, cancellationToken) => ScriptClassDiscovery.Inputs(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(InputStep);

        IncrementalValuesProvider<DeclarationModel> declarations = inputs
            .Select(static (input, _) => input.ForDeclaration())
            .Select(static (input, cancellationToken) => DeclaredCompilation.DeclarationOf(input.Input, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(DeclarationStep);

        IncrementalValuesProvider<TranslationModel> translations = inputs
            .Select(static (input, cancellationToken) => ModelBuilder.Translation(input, Version, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TranslationStep);

        context.RegisterSourceOutput(declarations, static (output, model) =>
            output.AddSource(model.Scope.HintStem + GeneratedCode.DeclarationSuffix, SourceText.From(DeclarationEmitter.Emit(model, Version), System.Text.Encoding.UTF8)));
        context.RegisterImplementationSourceOutput(translations, static (output, model) =>
            output.AddSource(model.Scope.HintStem + GeneratedCode.TranslationSuffix, SourceText.From(TranslationEmitter.Emit(model, Version), System.Text.Encoding.UTF8)));
    }
}

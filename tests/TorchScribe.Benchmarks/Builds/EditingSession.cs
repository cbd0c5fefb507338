extern alias analyzers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TranslationCache = analyzers::TorchScribe.Analyzers.Compiler.Caching.TranslationCache;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>
/// The zoo open in an editor: one compilation and one generator driver that live across keystrokes. Each keystroke
/// changes one document incrementally (as an editor does), re-runs the driver on the new compilation and, optionally,
/// TorchScribe's analyzers on the edited document. The compilation the analyzers see is kept as an editor keeps it:
/// forked from the previous one, with the edited document and the generated files whose text changed replaced.
/// </summary>
internal sealed class EditingSession
{
    private readonly CSharpParseOptions options = new(LanguageVersion.Latest);
    private readonly string target;
    private readonly EditKind kind;
    private CSharpCompilation compilation;
    private GeneratorDriver driver;
    private Compilation output;
    private readonly Dictionary<string, SyntaxTree> generated = new(StringComparer.Ordinal);
    private int keystrokes;
    private readonly int digitPosition;

    public EditingSession(int classes, EditKind kind)
    {
        this.kind = kind;
        target = kind == EditKind.Unrelated ? "Unrelated.cs" : $"Block{classes / 2}.cs";
        compilation = InProcessZoo.Create(ModelZoo.Files(classes).Select(f => CSharpSyntaxTree.ParseText(f.Source, options, path: f.Name)));
        driver = InProcessZoo.Driver(options).RunGeneratorsAndUpdateCompilation(compilation, out output, out _);
        foreach (GeneratedSourceResult source in LastRun.GeneratedSources)
            generated[source.HintName] = source.SyntaxTree;
        digitPosition = FindDigit();
    }

    /// <summary>Classes translated so far in this session's project.</summary>
    public int Translations => TranslationCache.For(options).Translations;

    /// <summary>The tracked steps of the last driver run.</summary>
    public GeneratorRunResult LastRun => driver.GetRunResult().Results.Single();

    /// <summary>Types one character where <see cref="EditKind"/> says and re-runs the generator, as an editor does after a keystroke.</summary>
    public void Keystroke()
    {
        Edit(NextChange());
        keystrokes++;
    }

    private void Edit(TextChange change)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == target);
        SyntaxTree edited = tree.WithChangedText(tree.GetText().WithChanges(change));
        compilation = compilation.ReplaceSyntaxTree(tree, edited);
        driver = driver.RunGenerators(compilation);
        output = output.ReplaceSyntaxTree(tree, edited);
        foreach (GeneratedSourceResult source in LastRun.GeneratedSources)
        {
            if (!generated.TryGetValue(source.HintName, out SyntaxTree? before))
                output = output.AddSyntaxTrees(generated[source.HintName] = source.SyntaxTree);
            else if (before != source.SyntaxTree && !before.GetText().ContentEquals(source.SourceText))
                output = output.ReplaceSyntaxTree(before, generated[source.HintName] = source.SyntaxTree);
        }
    }

    /// <summary>TorchScribe's analyzers on the edited document of the compilation the generator produced, as an editor asks for them.</summary>
    public ImmutableArray<Diagnostic> AnalyzeEditedDocument()
    {
        SyntaxTree edited = output.SyntaxTrees.Single(t => t.FilePath == target);
        var withAnalyzers = output.WithAnalyzers(InProcessZoo.Analyzers);
        var syntax = withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(edited, CancellationToken.None).Result;
        var semantic = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(output.GetSemanticModel(edited), null, CancellationToken.None).Result;
        return syntax.AddRange(semantic);
    }

    /// <summary>
    /// One typed character: the digit of a literal in the forward (<c>3.0</c> of its clamp), of a comment in the
    /// forward, or of a literal in the unrelated file, replaced by the next digit. Replacing keeps every position
    /// before it, so the digit is found once.
    /// </summary>
    private TextChange NextChange()
    {
        char digit = (char)('1' + keystrokes % 9);
        return new TextChange(new TextSpan(digitPosition, 1), digit.ToString());
    }

    /// <summary>Where the typed digit is; for a comment keystroke, the comment is written first.</summary>
    private int FindDigit()
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == target);
        string text = tree.ToString();
        switch (kind)
        {
            case EditKind.Forward:
                return text.IndexOf(", 3.0);", StringComparison.Ordinal) + ", 3.".Length;
            case EditKind.Unrelated:
                return text.IndexOf("x * 2", StringComparison.Ordinal) + "x * ".Length;
            default:
                const string comment = "// scale 0";
                int forward = text.IndexOf("var h = fc1.forward(x);", StringComparison.Ordinal);
                Edit(new TextChange(new TextSpan(forward, 0), comment + "\n        "));
                return forward + comment.Length - 1;
        }
    }
}

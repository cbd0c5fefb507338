extern alias analyzers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using ScriptClassGenerator = analyzers::TorchScribe.Analyzers.Generator.ScriptClassGenerator;

namespace TorchScribe.Benchmarks.Builds;

/// <summary>
/// What TorchScribe costs an editor per keystroke in an N-class zoo: the generator driver re-run on the edited
/// compilation (step tracking on, every output kind), alone and followed by TorchScribe's analyzers on the edited
/// document. One invocation is one keystroke; 20 are measured. Besides time, the summary shows how many classes each
/// keystroke translated and the tracked steps' run reasons.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/TorchScribe.Benchmarks -- --filter *Keystroke*</c>.</remarks>
[Config(typeof(Config))]
public class KeystrokeBenchmarks
{
    private EditingSession session = null!;
    private readonly List<string> reasons = new();
    private int translationsBefore;
    private string method = "";

    [Params(100, 300, 1000)]
    public int Classes { get; set; }

    [Params(EditKind.Forward, EditKind.Comment, EditKind.Unrelated)]
    public EditKind Edit { get; set; }

    [GlobalSetup]
    public void Setup() => session = new EditingSession(Classes, Edit);

    [IterationSetup]
    public void BeforeKeystroke() => translationsBefore = session.Translations;

    [IterationCleanup]
    public void AfterKeystroke()
    {
        var steps = session.LastRun.TrackedSteps;
        string Reasons(string step) => string.Join(" ", (steps.TryGetValue(step, out var runs) ? runs : default)
            .SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        reasons.Add($"translated {session.Translations - translationsBefore}; input: {Reasons(ScriptClassGenerator.InputStep)}; " +
            $"declaration: {Reasons(ScriptClassGenerator.DeclarationStep)}; translation: {Reasons(ScriptClassGenerator.TranslationStep)}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The warm-up keystrokes come first; the measured ones all behave alike, so the last one speaks for them.
        Observed[(Classes, Edit, method)] = reasons.Count == 0 ? "" : reasons[^1];
        reasons.Clear();
    }

    [Benchmark]
    public void Generator()
    {
        method = nameof(Generator);
        session.Keystroke();
    }

    [Benchmark]
    public int GeneratorAndAnalyzers()
    {
        method = nameof(GeneratorAndAnalyzers);
        session.Keystroke();
        return session.AnalyzeEditedDocument().Length;
    }

    /// <summary>What each case's keystrokes did, read by the summary's column (the benchmarks run in this process).</summary>
    private static readonly Dictionary<(int, EditKind, string), string> Observed = new();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, new StepsColumn());
        }
    }

    private sealed class StepsColumn : IColumn
    {
        public string Id => nameof(StepsColumn);
        public string ColumnName => "Per keystroke";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Classes translated by the last measured keystroke, and the run reasons of its tracked generator steps";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var key = ((int)benchmarkCase.Parameters["Classes"], (EditKind)benchmarkCase.Parameters["Edit"], benchmarkCase.Descriptor.WorkloadMethod.Name);
            return Observed.TryGetValue(key, out string? value) ? value : "?";
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;
using TorchScribe.Analyzers.Generator;
using TorchScribe.ScriptRunner;
using TorchScribe.Tests.Infrastructure;
using static TorchSharp.torch;

namespace TorchScribe.Differential.Tests;

/// <summary>What one batch of random programs came to.</summary>
internal sealed class BatchReport
{
    public int Generated { get; set; }

    /// <summary>Programs the C# compiler rejected (the generator's approximations of C#'s typing rules).</summary>
    public int NotCSharp { get; set; }

    /// <summary>The C# compiler's reasons, by error ID: where the program generator's typing is approximate.</summary>
    public Dictionary<string, int> NotCSharpReasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Programs TorchScribe rejected, by diagnostic ID: never exported, never compared.</summary>
    public Dictionary<string, int> Rejected { get; } = new(StringComparer.Ordinal);

    public int Compared { get; set; }

    /// <summary>Compared programs that create and use script objects (<see cref="ProgramGenerator.ScriptObjects"/>).</summary>
    public int ComparedWithObjects { get; set; }

    public int Calls { get; set; }

    /// <summary>Mismatches and broken promises, each with its (shrunk) program.</summary>
    public List<string> Failures { get; } = new();
}

/// <summary>
/// Runs random programs through the whole product: the C# compiler, the real source generator and analyzers (on
/// the compilation that includes the generated code), eager execution in C#, TorchScript.Save, and libtorch in a child
/// process; then compares every result bit for bit. A program with a TSB error is counted as rejected; one without
/// must export and compute what C# computes. A failing program is shrunk statement by statement.
/// </summary>
internal static class DifferentialHarness
{
    private static readonly string ReferencePack = typeof(DifferentialHarness).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReferencePack").Value!;

    private static readonly ImmutableArray<MetadataReference> References = Directory.EnumerateFiles(ReferencePack, "*.dll")
        .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
        .Append(MetadataReference.CreateFromFile(typeof(TorchSharp.torch).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(TorchScribe.ScriptClassAttribute).Assembly.Location))
        .ToImmutableArray();

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static int assemblies;

    public static BatchReport Run(int seed, int programs, int argumentsPerProgram, TempFolder folder)
    {
        var generator = new ProgramGenerator(seed);
        var report = new BatchReport { Generated = programs };
        var candidates = Enumerable.Range(0, programs).Select(i => generator.Next($"P{seed}_{i}")).ToList();
        Built? built = Build(candidates, report);
        if (built is null)
            return report;
        var calls = new List<(RandomProgram Program, object[] Arguments)>();
        foreach (RandomProgram program in built.Programs)
        {
            foreach (object[] arguments in generator.Arguments(program, argumentsPerProgram))
                calls.Add((program, arguments));
        }
        report.Compared = built.Programs.Count;
        report.ComparedWithObjects = built.Programs.Count(p => p.Source().Contains("Tally", StringComparison.Ordinal));
        report.Calls = calls.Count;
        foreach ((RandomProgram program, object[] arguments, string expected, string actual) in Compare(built, calls, folder, report))
        {
            RandomProgram shrunk = Shrink(program, arguments, folder);
            report.Failures.Add($"{program.Name}({string.Join(", ", arguments.Select(ExactValue.Format))}): C# {expected}, libtorch {actual}\n{shrunk.Source()}");
        }
        return report;
    }

    /// <summary>A compiled batch: the programs that survived, and their class loaded and instantiated.</summary>
    private sealed record Built(IReadOnlyList<RandomProgram> Programs, nn.Module Module);

    /// <summary>
    /// Compiles the programs as one [ScriptClass], generator and analyzers included; drops those C# or TorchScribe
    /// reject (counting them) until the class is clean, then loads it. Null when nothing is left.
    /// </summary>
    private static Built? Build(List<RandomProgram> programs, BatchReport report)
    {
        for (int round = 0; round < 6 && programs.Count > 0; round++)
        {
            CSharpCompilation input = Compilation(programs);
            var errors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var notCSharp = Culprits(errors, programs, report, "the C# compiler");
            if (notCSharp.Count > 0)
            {
                foreach (Diagnostic error in errors.GroupBy(MethodOf).Select(g => g.First()))
                    report.NotCSharpReasons[error.Id] = report.NotCSharpReasons.GetValueOrDefault(error.Id) + 1;
                report.NotCSharp += notCSharp.Count;
                programs = programs.Where(p => !notCSharp.Contains(p.Name)).ToList();
                continue;
            }

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ScriptClassGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            if (driver.GetRunResult().Results.Single().Exception is { } exception)
            {
                report.Failures.Add($"the generator threw: {exception}");
                return null;
            }
            var generatedErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Concat(generatorDiagnostics).ToList();
            if (generatedErrors.Count > 0)
            {
                report.Failures.Add("generated code does not compile:\n" + string.Join("\n", generatedErrors.Take(10)));
                return null;
            }

            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ScriptBodyAnalyzer(), new ScriptClassDeclarationAnalyzer());
            var tsb = output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "AD0001").ToList();
            if (tsb.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
            {
                report.Failures.Add("an analyzer threw: " + crash);
                return null;
            }
            var rejected = Culprits(tsb, programs, report, "TorchScribe");
            if (rejected.Count > 0)
            {
                foreach (Diagnostic diagnostic in tsb.GroupBy(d => MethodOf(d)).Select(g => g.First()))
                    report.Rejected[diagnostic.Id] = report.Rejected.GetValueOrDefault(diagnostic.Id) + 1;
                programs = programs.Where(p => !rejected.Contains(p.Name)).ToList();
                continue;
            }

            using var image = new MemoryStream();
            var emitted = output.Emit(image);
            if (!emitted.Success)
            {
                report.Failures.Add("the compilation with generated code does not emit:\n" + string.Join("\n", emitted.Diagnostics.Take(10)));
                return null;
            }
            Assembly assembly = Assembly.Load(image.ToArray());
            var module = (nn.Module)Activator.CreateInstance(assembly.GetType("Differential.Programs")!)!;
            return new Built(programs, module);
        }
        return null;
    }

    /// <summary>Names of the programs the diagnostics point into; a diagnostic outside every program is a failure.</summary>
    private static HashSet<string> Culprits(IEnumerable<Diagnostic> diagnostics, List<RandomProgram> programs, BatchReport report, string who)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var known = programs.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (MethodOf(diagnostic) is { } name && known.Contains(name))
                names.Add(name);
            else
                report.Failures.Add($"{who} reported outside the programs: {diagnostic}");
        }
        return names;
    }

    private static string? MethodOf(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
            return null;
        return tree.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
    }

    private static CSharpCompilation Compilation(IEnumerable<RandomProgram> programs)
    {
        string source = $$"""
            using System;
            using TorchScribe;
            using TorchSharp;
            using static TorchSharp.torch;

            namespace Differential;

            [ScriptClass]
            public partial class Programs : nn.Module<Tensor, Tensor>
            {
                public Programs() : base("Programs") => RegisterComponents();

                public override Tensor forward(Tensor x) => x;

            {{ProgramGenerator.Helpers}}

            {{string.Join("\n", programs.Select(p => p.Source()))}}
            }

            {{ProgramGenerator.ScriptObjects}}
            """;
        return CSharpCompilation.Create(
            "Differential" + Interlocked.Increment(ref assemblies).ToString(CultureInfo.InvariantCulture),
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Programs.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
    }

    /// <summary>Runs every call in C# and, exported, in libtorch; yields the calls whose results differ.</summary>
    private static IEnumerable<(RandomProgram, object[], string, string)> Compare(Built built, List<(RandomProgram Program, object[] Arguments)> calls, TempFolder folder, BatchReport report)
    {
        string archive = folder.File($"batch-{Interlocked.Increment(ref assemblies)}.pt");
        try
        {
            TorchScribe.TorchScript.Save(built.Module, archive);
        }
        catch (Exception e)
        {
            report.Failures.Add($"a class without TSB errors did not export: {e.Message}\n{string.Join("\n", built.Programs.Select(p => p.Source()))}");
            yield break;
        }
        var result = ScriptRunnerProcess.Run(new RunRequest
        {
            Archive = archive,
            Output = archive + ".out",
            Modes = new List<string>(),
            RoundTrip = false,
            Calls = calls.Select(c => new ScriptCall { Method = c.Program.Name, Arguments = c.Arguments.Select(ExactValue.Argument).ToList() }).ToList(),
        }, archive + ".out");
        if (!result.Succeeded)
        {
            report.Failures.Add($"libtorch could not load or run the archive (exit {result.ExitCode}):\n{result.Error}");
            yield break;
        }
        string[] exported = File.ReadAllLines(Path.Combine(result.Folder, "calls.txt"));
        for (int i = 0; i < calls.Count; i++)
        {
            string expected = ExactValue.Of(built.Module.GetType().GetMethod(calls[i].Program.Name)!, built.Module, calls[i].Arguments);
            if (!ExactValue.Agree(expected, exported[i]))
                yield return (calls[i].Program, calls[i].Arguments, expected, exported[i]);
        }
    }

    /// <summary>
    /// Removes statements one at a time while the program still fails on <paramref name="arguments"/>: each round
    /// compiles every one-statement-shorter variant in one class and keeps the first that still differs.
    /// </summary>
    private static RandomProgram Shrink(RandomProgram program, object[] arguments, TempFolder folder)
    {
        for (int round = 0; round < 20 && program.Statements.Count > 0; round++)
        {
            var variants = Enumerable.Range(0, program.Statements.Count).Select(i => program.Without(i) with { Name = $"{program.Name}_s{round}_{i}" }).ToList();
            var scratch = new BatchReport();
            Built? built = Build(variants, scratch);
            if (built is null)
                return program;
            var calls = built.Programs.Select(v => (v, arguments)).ToList();
            var failing = Compare(built, calls, folder, scratch).Select(f => f.Item1).FirstOrDefault();
            if (failing is null)
                return program;
            program = failing with { Name = program.Name };
        }
        return program;
    }
}

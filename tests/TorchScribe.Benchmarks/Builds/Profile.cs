using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TorchScribe.Benchmarks.Builds;

/// <summary><c>profile N</c>: where an in-process build of the zoo spends its time, phase by phase.</summary>
internal static class Profile
{
    public static int Run(string[] args)
    {
        int classes = args.Length > 0 ? int.Parse(args[0]) : 300;
        for (int round = 0; round < 2; round++)
        {
            var input = InProcessZoo.Create(classes);
            var watch = Stopwatch.StartNew();
            int errors = input.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"bind all (baseline diagnostics): {watch.ElapsedMilliseconds} ms ({errors} errors), heap {Heap()} MiB with the compilation alive");
            GC.KeepAlive(input);
            input = InProcessZoo.Create(classes);
            watch.Restart();
            int operations = 0;
            foreach (SyntaxTree tree in input.SyntaxTrees)
            {
                SemanticModel model = input.GetSemanticModel(tree);
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
                    operations += model.GetOperation(method)!.DescendantsAndSelf().Count();
            }
            Console.WriteLine($"GetOperation of every method: {watch.ElapsedMilliseconds} ms ({operations} operations)");
            input = InProcessZoo.Create(classes);
            watch.Restart();
            var driver = InProcessZoo.Driver(input.SyntaxTrees.First().Options).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            Console.WriteLine($"generator: {watch.ElapsedMilliseconds} ms");
            var timing = driver.GetTimingInfo();
            Console.WriteLine($"  generator timing: {timing.ElapsedTime.TotalMilliseconds:F0} ms, heap {Heap()} MiB with driver, input and output alive");
            GC.KeepAlive(driver);
            GC.KeepAlive(input);
            watch.Restart();
            var diagnostics = output.WithAnalyzers(InProcessZoo.Analyzers).GetAnalyzerDiagnosticsAsync().Result;
            Console.WriteLine($"analyzers on the output: {watch.ElapsedMilliseconds} ms ({diagnostics.Length} diagnostics)");
            watch.Restart();
            errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"bind all of the output: {watch.ElapsedMilliseconds} ms ({errors} errors)");
            foreach (string suffix in new[] { ".TorchScript.g.cs", ".TorchScribe.g.cs" })
            {
                var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(suffix, StringComparison.Ordinal)).ToList();
                var only = InProcessZoo.Create(input.SyntaxTrees.Select(t => t.WithChangedText(t.GetText())).Concat(generated.Select(t => t.WithChangedText(t.GetText()))));
                watch.Restart();
                only.GetDiagnostics();
                Console.WriteLine($"  bind sources + *{suffix} only: {watch.ElapsedMilliseconds} ms ({generated.Sum(t => t.Length) / 1024} KiB)");
            }
            var fresh = InProcessZoo.Create(input.SyntaxTrees.Select(t => t.WithChangedText(t.GetText())));
            watch.Restart();
            fresh.GetDiagnostics();
            Console.WriteLine($"  bind sources only again: {watch.ElapsedMilliseconds} ms ({input.SyntaxTrees.Sum(t => t.Length) / 1024} KiB)");
        }
        return 0;
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true) / (1024 * 1024);
    }
}

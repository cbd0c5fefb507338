using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.Testing with offline references: an empty <see cref="ReferenceAssemblies"/> (so nothing
/// is downloaded) plus the .NET 10 reference assemblies and the real TorchSharp, TorchScribe, MathNet.Numerics,
/// NumSharp and System.Numerics.Tensors assemblies.
/// </summary>
internal static class Verify
{
    private static readonly ReferenceAssemblies Offline = new("net10.0");

    /// <summary>Runs <typeparamref name="TAnalyzer"/> on <paramref name="source"/>; markup like <c>{|TSB0003:np.sin(a)|}</c> gives the expected diagnostics.</summary>
    public static Task Analyzer<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = TestCompilation.Usings + source,
            ReferenceAssemblies = Offline,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TFix"/> to every diagnostic, including through FixAll, and compares with <paramref name="fixedSource"/>.</summary>
    public static Task CodeFix<TAnalyzer, TFix>(string source, string fixedSource, int? codeActionIndex = null, string? equivalenceKey = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = TestCompilation.Usings + source,
            FixedCode = TestCompilation.Usings + fixedSource,
            ReferenceAssemblies = Offline,
            CodeActionIndex = codeActionIndex,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Libraries);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Net100);
        return test.RunAsync();
    }
}

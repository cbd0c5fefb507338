using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using TorchScribe.Analyzers.Analyzers;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>TorchScribe's analyzers, as a host runs them next to the generator.</summary>
internal static class Analyze
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new ScriptBodyAnalyzer(), new ScriptClassDeclarationAnalyzer());
}

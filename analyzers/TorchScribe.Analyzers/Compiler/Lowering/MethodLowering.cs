using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.IR;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>One C# method lowered to script code, or the reasons it cannot be.</summary>
internal sealed class MethodLowering(
    IMethodSymbol method,
    ScriptFunction function,
    ImmutableArray<ScriptDiagnostic> diagnostics,
    ImmutableArray<IMethodSymbol> callees,
    int fileVersion,
    ImmutableArray<string> opRows,
    bool hasInvalidCode,
    ImmutableArray<string> learnedNames)
{
    public IMethodSymbol Method { get; } = method;

    /// <summary>The lowered method; complete only when there are no errors.</summary>
    public ScriptFunction Function { get; } = function;

    public ImmutableArray<ScriptDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Methods of [ScriptClass] types this method calls: they are script code too.</summary>
    public ImmutableArray<IMethodSymbol> Callees { get; } = callees;

    /// <summary>The lowest archive version whose operator semantics match what this method does in C#.</summary>
    public int FileVersion { get; } = fileVersion;

    /// <summary>The op-table rows this method used, by id.</summary>
    public ImmutableArray<string> OpRows { get; } = opRows;

    /// <summary>True when the method contains code that does not bind (a C# error the compiler reports).</summary>
    public bool HasInvalidCode { get; } = hasInvalidCode;

    /// <summary>Source types the method's code uses, named in it or not.</summary>
    public ImmutableArray<string> LearnedNames { get; } = learnedNames;
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Lowering;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>The lowering of a whole [ScriptClass]: every script method, and every reason one cannot be exported.</summary>
internal sealed class ScriptClassTranslation(
    ScriptClassContext context,
    SourceAnchors anchors,
    ImmutableArray<MethodLowering> methods,
    ImmutableArray<ScriptDiagnostic> diagnostics,
    ImmutableArray<INamedTypeSymbol> dependencies)
{
    public ScriptClassContext Context { get; } = context;

    /// <summary>The class's user-written declarations, where the anchors of its code and diagnostics point.</summary>
    public SourceAnchors Anchors { get; } = anchors;

    /// <summary>The script methods (roots and the methods they call), in declaration order.</summary>
    public ImmutableArray<MethodLowering> Methods { get; } = methods;

    /// <summary>Every diagnostic of every script method, plus class-level ones (overloads, recursion).</summary>
    public ImmutableArray<ScriptDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Other [ScriptClass] types whose static script methods this class calls.</summary>
    public ImmutableArray<INamedTypeSymbol> Dependencies { get; } = dependencies;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The archive version the class's operators need (see <see cref="MethodLowering.FileVersion"/>).</summary>
    public int FileVersion => Methods.IsEmpty ? 3 : Methods.Max(m => m.FileVersion);
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler.Translation;

/// <summary>The TorchScript of one C# method, or the reasons it has none.</summary>
internal sealed class MethodTranslation
{
    public MethodTranslation(
        IMethodSymbol method,
        string scriptName,
        string source,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<IMethodSymbol> callees,
        int fileVersion,
        ImmutableArray<string> opRows,
        bool hasInvalidCode)
    {
        HasInvalidCode = hasInvalidCode;
        Method = method;
        ScriptName = scriptName;
        Source = source;
        Diagnostics = diagnostics;
        Callees = callees;
        FileVersion = fileVersion;
        OpRows = opRows;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The method's TorchScript name (<c>forward</c> for the forward).</summary>
    public string ScriptName { get; }

    /// <summary>
    /// The <c>def</c> with its body, indented for a class body (instance methods) or the top level (static
    /// methods). Constants appear as <c>{{name}}</c> placeholders the exporter fills per instance.
    /// </summary>
    public string Source { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when an error-severity diagnostic was found: <see cref="Source"/> is then incomplete.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (Diagnostic diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                    return true;
            }
            return false;
        }
    }

    /// <summary>Methods of [ScriptClass] types this method calls: they are script code too.</summary>
    public ImmutableArray<IMethodSymbol> Callees { get; }

    /// <summary>The lowest archive version whose operator semantics match what this method does in C#.</summary>
    public int FileVersion { get; }

    /// <summary>True when the method contains code that does not bind (a C# error); its source is incomplete.</summary>
    public bool HasInvalidCode { get; }

    /// <summary>The op-table rows this method used, by id.</summary>
    public ImmutableArray<string> OpRows { get; }
}

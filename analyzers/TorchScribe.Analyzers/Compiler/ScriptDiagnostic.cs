using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>
/// A diagnostic of the compiler core, kept with its message arguments so that a cached verdict can be reported again
/// at the corresponding place of an equivalent syntax tree.
/// </summary>
internal sealed record ScriptDiagnostic(DiagnosticDescriptor Descriptor, Location Location, ImmutableArray<string> Arguments)
{
    public static ScriptDiagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, location, arguments.Select(a => OneLine(System.Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")).ToImmutableArray());

    /// <summary>Source text quoted in a message, on one line: editors and build logs show messages as single lines.</summary>
    private static string OneLine(string text)
    {
        if (text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0)
            return text;
        return string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));
    }

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>A diagnostic reported directly (it has no arguments to keep), for the same message format.</summary>
    public static ScriptDiagnostic From(Diagnostic diagnostic) =>
        new(new DiagnosticDescriptor(diagnostic.Id, diagnostic.Descriptor.Title, "{0}", diagnostic.Descriptor.Category, diagnostic.Severity, true),
            diagnostic.Location, ImmutableArray.Create(diagnostic.GetMessage(CultureInfo.InvariantCulture)));

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Arguments.Cast<object?>().ToArray());

    /// <summary><c>Model.cs(12,9): TSB0003: …</c>, as export reports the errors of a class the build could not translate.</summary>
    public override string ToString()
    {
        FileLinePositionSpan span = Location.GetLineSpan();
        string where = span.Path is { Length: > 0 } path
            ? $"{System.IO.Path.GetFileName(path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : "";
        return $"{where}{Descriptor.Id}: {ToDiagnostic().GetMessage(CultureInfo.InvariantCulture)}";
    }
}

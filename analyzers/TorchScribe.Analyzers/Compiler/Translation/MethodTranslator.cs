using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Translation;

/// <summary>
/// Translates one method of a [ScriptClass] from its semantic tree (<see cref="IOperation"/>) to TorchScript.
/// The same single pass either writes the TorchScript or records why a construct cannot be written, so the analyzer
/// (which reports the reasons) and the generator (which emits the text) can never disagree.
/// </summary>
internal sealed partial class MethodTranslator
{
    /// <summary>Stands in for an expression that could not be translated; its diagnostic was already reported.</summary>
    private const string Failed = "__tsb_error__";

    private readonly ScriptClassContext context;
    private readonly KnownSymbols known;
    private readonly IMethodSymbol method;
    private readonly CancellationToken cancellationToken;
    private readonly ScriptWriter writer;
    private readonly List<Diagnostic> diagnostics = new();
    private readonly HashSet<Location> reported = new();
    private readonly List<IMethodSymbol> callees = new();
    private readonly SortedSet<string> opRows = new(System.StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, string> names = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> usedNames = new(System.StringComparer.Ordinal);
    private readonly HashSet<ILocalSymbol> disposeScopes = new(SymbolEqualityComparer.Default);
    private readonly Stack<Loop> loops = new();
    private readonly Stack<(string Saved, int LoopDepth)> gradModes = new();
    private int fileVersion = 3;
    private bool hasInvalidCode;
    private int temporaries;

    private MethodTranslator(ScriptClassContext context, IMethodSymbol method, CancellationToken cancellationToken)
    {
        this.context = context;
        known = context.Known;
        this.method = method;
        this.cancellationToken = cancellationToken;
        writer = new ScriptWriter(method.IsStatic ? 0 : 1);
    }

    /// <summary>Translates <paramref name="body"/>, the operation block of <paramref name="method"/>.</summary>
    public static MethodTranslation Translate(ScriptClassContext context, IMethodSymbol method, IOperation? body, CancellationToken cancellationToken)
    {
        var translator = new MethodTranslator(context, method, cancellationToken);
        translator.TranslateMethod(body);
        return new MethodTranslation(
            method,
            context.ScriptNameOf(method),
            translator.writer.ToString(),
            translator.diagnostics.ToImmutableArray(),
            translator.callees.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray(),
            translator.fileVersion,
            translator.opRows.ToImmutableArray(),
            translator.hasInvalidCode);
    }

    private void TranslateMethod(IOperation? body)
    {
        Location location = method.Locations.FirstOrDefault() ?? Location.None;
        if (method.IsAsync)
            Report(Descriptors.UnsupportedConstruct, location, "An async method", "make the method synchronous");
        if (method.IsGenericMethod)
            Report(Descriptors.UnsupportedConstruct, location, "A generic method", "use concrete types");
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
            Report(Descriptors.UnsupportedConstruct, location, "Returning by reference", "return the value");

        var parameters = new List<string>();
        if (!method.IsStatic)
        {
            usedNames.Add("self");
            parameters.Add("self");
        }
        foreach (IParameterSymbol parameter in method.Parameters)
            parameters.Add(ParameterDeclaration(parameter));

        string returns = method.ReturnsVoid ? "None" : TypeOrReport(method.ReturnType, location, "return type");
        writer.Line($"def {context.ScriptNameOf(method)}({string.Join(", ", parameters)}) -> {returns}:", Origin(method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()));
        writer.Push();
        int start = writer.Length;
        if (body is null)
        {
            Report(Descriptors.UnsupportedConstruct, location, "A method without a body", "give it a body");
        }
        else
        {
            Statements(BodyStatements(body));
        }
        if (writer.Length == start)
            writer.Line("pass");
        writer.Pop();
    }

    private string ParameterDeclaration(IParameterSymbol parameter)
    {
        Location location = parameter.Locations.FirstOrDefault() ?? Location.None;
        if (parameter.RefKind != RefKind.None)
            Report(Descriptors.UnsupportedConstruct, location, $"The {parameter.RefKind.ToString().ToLowerInvariant()} parameter '{parameter.Name}'", "return the values in a tuple instead");
        if (parameter.IsParams)
            Report(Descriptors.UnsupportedConstruct, location, $"The params parameter '{parameter.Name}'", "take a Tensor[] or long[] without params");
        string name = Declare(parameter, parameter.Name);
        string type = TypeOrReport(parameter.Type, location, $"parameter '{parameter.Name}'");
        string declaration = $"{name}: {type}";
        if (parameter.HasExplicitDefaultValue)
            declaration += "=" + Literal(parameter.ExplicitDefaultValue, parameter.Type, location);
        return declaration;
    }

    /// <summary>The statements of a method body: a block, or an expression body's implicit return.</summary>
    private static IEnumerable<IOperation> BodyStatements(IOperation body) =>
        body is IBlockOperation block ? block.Operations : new[] { body };

    /// <summary>A unique TorchScript name for a C# local or parameter.</summary>
    private string Declare(ISymbol symbol, string name)
    {
        if (names.TryGetValue(symbol, out string existing))
            return existing;
        string safe = ScriptSyntax.SafeIdentifier(name);
        string unique = safe;
        for (int i = 1; !usedNames.Add(unique); i++)
            unique = safe + "_" + i;
        names[symbol] = unique;
        return unique;
    }

    private string NameOf(ISymbol symbol) => names.TryGetValue(symbol, out string name) ? name : Declare(symbol, symbol.Name);

    /// <summary>A fresh name for a value the translation needs to hold (never a C# local's name).</summary>
    private string Temporary()
    {
        string name;
        do
            name = "_t" + temporaries++;
        while (!usedNames.Add(name));
        return name;
    }

    private string TypeOrReport(ITypeSymbol type, Location location, string what)
    {
        if (type.TypeKind == TypeKind.Dynamic)
        {
            Report(Descriptors.Dynamic, location, what);
            return Failed;
        }
        if (ScriptTypes.Map(type, known) is { } mapped)
            return mapped;
        ReportType(type, location, what);
        return Failed;
    }

    /// <summary>`Model.cs:12`: where a statement came from, for TorchScript tracebacks.</summary>
    private static string? Origin(SyntaxNode? syntax)
    {
        if (syntax is null)
            return null;
        FileLinePositionSpan span = syntax.GetLocation().GetLineSpan();
        string file = Path.GetFileName(span.Path);
        return string.IsNullOrEmpty(file) ? null : $"{file}:{span.StartLinePosition.Line + 1}";
    }

    private void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
    {
        // One construct, one diagnostic: a parent that fails because a child failed stays silent.
        if (!reported.Add(location) && descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            return;
        diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));
    }

    private string Fail(DiagnosticDescriptor descriptor, IOperation operation, params object?[] arguments)
    {
        Report(descriptor, operation.Syntax.GetLocation(), arguments);
        return Failed;
    }

    private static bool IsFailed(string text) => text.Contains(Failed);

    private void RequireVersion(int version)
    {
        if (version > fileVersion)
            fileVersion = version;
    }

    private void AddCallee(IMethodSymbol callee) => callees.Add(callee.OriginalDefinition);

    /// <summary>An enclosing loop and what a continue must run first (a lowered for-loop's increments).</summary>
    private sealed class Loop
    {
        public Loop(IOperation operation, ImmutableArray<IOperation> beforeContinue)
        {
            Operation = operation;
            BeforeContinue = beforeContinue;
        }

        public IOperation Operation { get; }

        public ImmutableArray<IOperation> BeforeContinue { get; }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// Lowers one method of a [ScriptClass] from its semantic tree (<see cref="IOperation"/>) to script code
/// (<see cref="ScriptFunction"/>). The same single pass records why each construct that cannot be lowered cannot be,
/// so the analyzer (which reports the reasons) and the generator (which prints the code) can never disagree.
/// </summary>
/// <remarks>
/// The partial files of this class each lower one concern: statements, loops, scopes and grad modes, expressions,
/// members, calls, indexing and conversions. <see cref="UnsupportedApi"/> classifies what has no mapping.
/// </remarks>
internal sealed partial class MethodLowerer
{
    private readonly ScriptClassContext context;
    private readonly KnownSymbols known;
    private readonly IMethodSymbol method;
    private readonly SourceAnchors anchors;
    private readonly CancellationToken cancellationToken;
    private readonly List<ScriptDiagnostic> diagnostics = new();
    private readonly HashSet<Location> reported = new();
    private readonly List<IMethodSymbol> callees = new();
    private readonly SortedSet<string> opRows = new(System.StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, string> names = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> usedNames = new(System.StringComparer.Ordinal);
    private readonly Stack<List<ScriptStatement>> blocks = new();
    private int fileVersion = 3;
    private bool hasInvalidCode;
    private int temporaries;

    private MethodLowerer(ScriptClassContext context, IMethodSymbol method, SourceAnchors anchors, CancellationToken cancellationToken)
    {
        this.context = context;
        known = context.Known;
        this.method = method;
        this.anchors = anchors;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Lowers <paramref name="body"/>, the operation block of <paramref name="method"/>. A plain class's constructor
    /// becomes <c>__init__</c>, which first assigns every field as C# does before the body runs: its
    /// <paramref name="initializers"/> (the field's initializer, or null for the field's default value).
    /// </summary>
    public static MethodLowering Lower(ScriptClassContext context, IMethodSymbol method, IOperation? body, SourceAnchors anchors, CancellationToken cancellationToken,
        ImmutableArray<(ScriptMember Member, IOperation? Value)> initializers = default)
    {
        var lowerer = new MethodLowerer(context, method, anchors, cancellationToken);
        ScriptFunction function = lowerer.LowerMethod(body, initializers.IsDefault ? ImmutableArray<(ScriptMember, IOperation?)>.Empty : initializers);
        return new MethodLowering(
            method,
            function,
            lowerer.diagnostics.ToImmutableArray(),
            lowerer.callees.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray(),
            lowerer.fileVersion,
            lowerer.opRows.ToImmutableArray(),
            lowerer.hasInvalidCode,
            lowerer.learnedNames.ToImmutableArray());
    }

    private ScriptFunction LowerMethod(IOperation? body, ImmutableArray<(ScriptMember Member, IOperation? Value)> initializers)
    {
        Location location = method.Locations.FirstOrDefault() ?? Location.None;
        if (method.IsAsync)
            Report(Descriptors.UnsupportedConstruct, location, "An async method", "make the method synchronous");
        if (method.IsGenericMethod)
            Report(Descriptors.UnsupportedConstruct, location, "A generic method", "use concrete types");
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
            Report(Descriptors.UnsupportedConstruct, location, "Returning by reference", "return the value");

        if (!method.IsStatic)
            usedNames.Add("self");
        ImmutableArray<string> parameterNames = ScriptParameterNames.Of(method);
        var parameters = method.Parameters.Select((p, i) => LowerParameter(p, parameterNames[i])).ToImmutableArray();
        ScriptType returns = method.ReturnsVoid ? ScriptType.None : TypeOrReport(method.ReturnType, location, "return type");

        ImmutableArray<ScriptStatement> statements;
        // A module interface's methods have no body: TorchScript's interfaces declare theirs with 'pass'. An implicit
        // constructor has none either: its __init__ only assigns the fields.
        bool needsNoBody = method is { IsAbstract: true, ContainingType.TypeKind: TypeKind.Interface }
            || method is { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: true };
        if (body is null && !needsNoBody)
        {
            Report(Descriptors.UnsupportedConstruct, location, "A method without a body", "give it a body");
            statements = ImmutableArray<ScriptStatement>.Empty;
        }
        else
        {
            statements = Block(() =>
            {
                FieldInitializers(initializers, body);
                if (body is not null)
                    Statements(BodyStatements(body));
            });
        }
        SyntaxNode? declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        return new ScriptFunction(context.ScriptNameOf(method), method.IsStatic, parameters, returns, statements,
            declaration is null ? null : anchors.AnchorOf(declaration));
    }

    /// <summary><c>self.f = initializer</c> for each field, or its default value where C# gives it one TorchScript can hold.</summary>
    private void FieldInitializers(ImmutableArray<(ScriptMember Member, IOperation? Value)> initializers, IOperation? body)
    {
        foreach (var (member, value) in initializers)
        {
            ScriptType type = member.ScriptType ?? ScriptType.None;
            // C# starts a NamedTuple field as the struct's default value, whose references are null: no NamedTuple can
            // hold it, so the constructor must replace it before anything can read it.
            if (value is null && ScriptClassKinds.Of(member.Type, known) == ScriptClassKind.NamedTuple && !AssignedFirst(body, member.Symbol))
            {
                Report(Descriptors.UnsupportedConstruct, member.Symbol.Locations.FirstOrDefault() ?? Location.None,
                    $"The field '{member.Name}' starting as default({member.Type.Name}), a struct value with null references,",
                    "give it an initializer, or assign it in the constructor before any other statement reads or branches");
            }
            ScriptExpression? assigned = value is not null ? Expression(value) : type switch
            {
                { IsOptional: true } => new LiteralExpression(null, type),
                { Kind: ScriptTypeKind.Int } => new LiteralExpression(0L, type),
                { Kind: ScriptTypeKind.Float } => new LiteralExpression(0.0, type),
                { Kind: ScriptTypeKind.Bool } => new LiteralExpression(false, type),
                _ => null,     // a reference C# leaves null until the constructor assigns it (CS8618 warns where it does not)
            };
            if (assigned is not null)
                Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(new AttributeExpression(new SelfExpression(ScriptType.Module), member.Name, type)), assigned, null, value is null ? null : AnchorOf(value)));
        }
    }

    private ScriptParameter LowerParameter(IParameterSymbol parameter, string name)
    {
        Location location = parameter.Locations.FirstOrDefault() ?? Location.None;
        if (parameter.RefKind != RefKind.None)
            Report(Descriptors.UnsupportedConstruct, location, $"The {parameter.RefKind.ToString().ToLowerInvariant()} parameter '{parameter.Name}'", "return the values in a tuple instead");
        if (parameter.IsParams)
            Report(Descriptors.UnsupportedConstruct, location, $"The params parameter '{parameter.Name}'", "take a Tensor[] or long[] without params");
        usedNames.Add(name);
        names[parameter] = name;
        ScriptType type = TypeOrReport(parameter.Type, location, $"parameter '{parameter.Name}'");
        ScriptExpression? defaultValue = parameter.HasExplicitDefaultValue ? Literal(parameter.ExplicitDefaultValue, parameter.Type, location) : null;
        return new ScriptParameter(name, type, defaultValue);
    }

    /// <summary>
    /// Whether the top level of <paramref name="body"/> assigns <paramref name="member"/> of this object, preceded only
    /// by assignments, and with no value on the way that reads it or calls into the object (where anything may read
    /// it): then nothing reads or keeps the field's default value.
    /// </summary>
    private static bool AssignedFirst(IOperation? body, ISymbol member)
    {
        if (body is null)
            return false;
        foreach (IOperation statement in BodyStatements(body))
        {
            if (statement is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                || assignment.Value.DescendantsAndSelf().OfType<IInstanceReferenceOperation>().Any(self =>
                    self.Parent is not IFieldReferenceOperation read || SymbolEqualityComparer.Default.Equals(read.Field, member)))
                return false;
            if (assignment.Target is IMemberReferenceOperation { Instance: IInstanceReferenceOperation } target
                && SymbolEqualityComparer.Default.Equals(target.Member, member))
                return true;
        }
        return false;
    }

    /// <summary>The statements of a method body: a block, or an expression body's implicit return.</summary>
    private static IEnumerable<IOperation> BodyStatements(IOperation body) =>
        body is IBlockOperation block ? block.Operations : new[] { body };

    /// <summary>Collects the statements <paramref name="lower"/> emits into a block of their own.</summary>
    private ImmutableArray<ScriptStatement> Block(System.Action lower)
    {
        blocks.Push(new List<ScriptStatement>());
        lower();
        return blocks.Pop().ToImmutableArray();
    }

    private void Emit(ScriptStatement statement) => blocks.Peek().Add(statement);

    private SourceAnchor? AnchorOf(IOperation operation) => anchors.AnchorOf(operation.Syntax);

    /// <summary>A unique script name for a C# local or parameter.</summary>
    private string Declare(ISymbol symbol, string name)
    {
        if (names.TryGetValue(symbol, out string existing))
            return existing;
        string unique = ScriptParameterNames.Unique(ScriptParameterNames.Local(name), usedNames);
        names[symbol] = unique;
        return unique;
    }

    private string NameOf(ISymbol symbol) => names.TryGetValue(symbol, out string name) ? name : Declare(symbol, symbol.Name);

    /// <summary>A fresh variable for a value the lowering needs to hold (never a C# local's name).</summary>
    private string Temporary()
    {
        string name;
        do
            name = "_t" + temporaries++;
        while (!usedNames.Add(name));
        return name;
    }

    private ScriptType TypeOrReport(ITypeSymbol type, Location location, string what)
    {
        if (type.TypeKind == TypeKind.Dynamic)
        {
            Report(Descriptors.Dynamic, location, what);
            return ScriptType.None;
        }
        if (ScriptTypeMapper.Map(type, known) is { } mapped)
            return mapped;
        UnsupportedApi.ReportType(this, type, location, what);
        return ScriptType.None;
    }

    private void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
    {
        // One construct, one diagnostic: a parent that fails because a child failed stays silent.
        if (!reported.Add(location) && descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            return;
        if (IsInBrokenSyntax(location))
        {
            hasInvalidCode = true;      // the compiler's errors say what is wrong; nothing is exported from it either
            return;
        }
        diagnostics.Add(ScriptDiagnostic.Create(descriptor, location, arguments));
    }

    /// <summary>
    /// True inside a statement (or, outside statements, a member) with syntax errors: half-typed code, which the compiler
    /// already reports. A TSB diagnostic on top of it would guess at what the user has not finished writing.
    /// </summary>
    private static bool IsInBrokenSyntax(Location location)
    {
        if (location.SourceTree is not { } tree)
            return false;
        SyntaxNode node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode scope = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or MemberDeclarationSyntax) ?? node;
        return scope.ContainsDiagnostics;
    }

    private ErrorExpression Fail(DiagnosticDescriptor descriptor, IOperation operation, params object?[] arguments)
    {
        Report(descriptor, operation.Syntax.GetLocation(), arguments);
        return ErrorExpression.Instance;
    }

    private void RequireVersion(int version)
    {
        if (version > fileVersion)
            fileVersion = version;
    }

    private void AddCallee(IMethodSymbol callee) => callees.Add(callee.OriginalDefinition);
}

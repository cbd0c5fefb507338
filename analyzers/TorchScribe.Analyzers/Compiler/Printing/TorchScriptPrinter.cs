using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Runtime;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Printing;

/// <summary>
/// Prints script code as TorchScript: Python syntax with TorchScript's builtins, each statement on its own line with
/// a <c># File.cs:line</c> comment (TorchScript tracebacks show it). Constants and module loops become pieces that
/// generated code writes per exported instance.
/// </summary>
internal sealed partial class TorchScriptPrinter
{
    private const string IndentUnit = "  ";
    private readonly SourceAnchors anchors;
    private PieceBuilder output = new();
    private int depth;

    private TorchScriptPrinter(SourceAnchors anchors) => this.anchors = anchors;

    /// <summary>The <c>def</c> of <paramref name="function"/>, indented for a class body (instance) or the top level (static).</summary>
    public static EquatableArray<CodePiece> Print(ScriptFunction function, SourceAnchors anchors) => Print(function, anchors, out _);

    /// <summary>As <see cref="Print(ScriptFunction, SourceAnchors)"/>; <paramref name="callsCSharpSemantics"/> says whether the code calls the <see cref="CSharpSemantics"/> functions, which the archive must then carry.</summary>
    public static EquatableArray<CodePiece> Print(ScriptFunction function, SourceAnchors anchors, out bool callsCSharpSemantics)
    {
        var printer = new TorchScriptPrinter(anchors) { depth = function.IsStatic ? 0 : 1 };
        printer.Function(function);
        callsCSharpSemantics = printer.callsCSharpSemantics;
        return printer.output.ToPieces();
    }

    private bool callsCSharpSemantics;

    private void Function(ScriptFunction function)
    {
        var parameters = new List<EquatableArray<CodePiece>>();
        if (!function.IsStatic)
            parameters.Add(Text("self"));
        foreach (ScriptParameter parameter in function.Parameters)
        {
            var piece = new PieceBuilder().Append($"{parameter.Name}: {parameter.Type}");
            if (parameter.Default is { } value)
                piece.Append("=").AppendAll(Expression(value));
            parameters.Add(piece.ToPieces());
        }
        var header = new PieceBuilder().Append($"def {function.Name}(");
        AppendJoined(header, parameters);
        header.Append($") -> {function.ReturnType}:");
        Line(header.ToPieces(), function.Origin);
        Block(function.Body);
    }

    private void Block(ImmutableArray<ScriptStatement> statements, params EquatableArray<CodePiece>[] prologue)
    {
        depth++;
        foreach (EquatableArray<CodePiece> line in prologue)
            Line(line, null);
        if (statements.IsEmpty && prologue.Length == 0)
            Line(Text("pass"), null);
        foreach (ScriptStatement statement in statements)
            Statement(statement);
        depth--;
    }

    private void Statement(ScriptStatement statement)
    {
        switch (statement)
        {
            case AssignStatement assign:
                var targets = new PieceBuilder();
                AppendJoined(targets, assign.Targets.Select(Expression));
                if (assign.Annotation is { } annotation)
                    targets.Append($": {annotation}");
                Line(targets.Append(" = ").AppendAll(Expression(assign.Value)).ToPieces(), assign.Origin);
                break;
            case ExpressionStatement expression:
                Line(Expression(expression.Expression), expression.Origin);
                break;
            case IfStatement conditional:
                If(conditional, "if");
                break;
            case WhileStatement loop:
                Line(new PieceBuilder().Append("while ").AppendAll(Expression(loop.Condition)).Append(":").ToPieces(), loop.Origin);
                Block(loop.Body);
                break;
            case ForRangeStatement range:
                ForRange(range);
                break;
            case ForEachStatement each:
                ForEach(each);
                break;
            case ModuleLoopStatement loop:
                ModuleLoop(loop);
                break;
            case ReturnStatement ret:
                Line(ret.Value is null ? Text("return") : new PieceBuilder().Append("return ").AppendAll(Expression(ret.Value)).ToPieces(), ret.Origin);
                break;
            case JumpStatement jump:
                Line(Text(jump.IsBreak ? "break" : "continue"), jump.Origin);
                break;
            case RaiseStatement raise:
                // Archives cannot name Python's exception classes; libtorch writes raise as this op. The assert that
                // follows never runs: it tells the TorchScript compiler that this path ends here.
                Line(new PieceBuilder().Append(ScriptSyntax.RaiseOpening).AppendAll(Expression(raise.Message)).Append(ScriptSyntax.RaiseClosing(raise.Kind.ToString())).ToPieces(), raise.Origin);
                Line(Text(ScriptSyntax.PathEnds), null);
                break;
            default:
                throw new System.InvalidOperationException($"no printing for {statement.GetType().Name}");
        }
    }

    // Counting and list loops are printed as while loops. libtorch's interpreter (1.13 to 2.10 at least) can lose a
    // value read inside a `for` loop that carries one value, when that value comes out of an enclosing branch: the
    // loop's second iteration fails with "isBool() INTERNAL ASSERT" or reads another register. The while form, its
    // counter stepped first so `continue` needs no special case, computes the same and does not hit it.

    /// <summary><c>counter = start; while counter &lt; stop: variable = counter; counter += step; body</c>.</summary>
    private void ForRange(ForRangeStatement range)
    {
        Line(new PieceBuilder().Append(range.Counter + " = ").AppendAll(Expression(range.Start)).ToPieces(), range.Origin);
        Line(new PieceBuilder().Append($"while {range.Counter} {(range.Step > 0 ? "<" : ">")} ").AppendAll(Expression(range.Stop)).Append(":").ToPieces(), range.Origin);
        Block(range.Body, Text($"{range.Variable} = {range.Counter}"), Text($"{range.Counter} = {range.Counter} + {ScriptSyntax.Int(range.Step)}"));
    }

    /// <summary><c>list = iterable; counter = 0; while counter &lt; len(list): variable = list[counter]; counter += 1; body</c>.</summary>
    private void ForEach(ForEachStatement each)
    {
        Line(new PieceBuilder().Append(each.List + " = ").AppendAll(Expression(each.Iterable)).ToPieces(), each.Origin);
        Line(Text(each.Counter + " = 0"), each.Origin);
        Line(Text($"while {each.Counter} < len({each.List}):"), each.Origin);
        Block(each.Body, Text($"{each.Variable} = {each.List}[{each.Counter}]"), Text($"{each.Counter} = {each.Counter} + 1"));
    }

    private void If(IfStatement conditional, string keyword)
    {
        Line(new PieceBuilder().Append(keyword + " ").AppendAll(Expression(conditional.Condition)).Append(":").ToPieces(), conditional.Origin);
        Block(conditional.Then);
        if (conditional.Else is not { } otherwise)
            return;
        if (otherwise.Length == 1 && otherwise[0] is IfStatement elseIf)
        {
            If(elseIf, "elif");
            return;
        }
        Line(Text("else:"), null);
        Block(otherwise);
    }

    /// <summary>
    /// A loop over a module container, unrolled when the instance is exported: the body is printed at the loop's own
    /// depth, once per child, with the item standing for <c>getattr(container, "child")</c>.
    /// </summary>
    private void ModuleLoop(ModuleLoopStatement loop)
    {
        PieceBuilder outer = output;
        output = new PieceBuilder();
        depth--;
        Block(loop.Body);
        depth++;
        EquatableArray<CodePiece> body = output.ToPieces();
        output = outer;
        output.Append(new CodePiece(CodePieceKind.ModuleLoop, loop.Item)
        {
            Container = Expression(loop.Container),
            Path = PathOf(loop.Container),
            Body = body,
            Filler = Indentation() + "pass\n",
        });
    }

    /// <summary>The registered names from <c>self</c> to a container: attributes, children, and enclosing loop items.</summary>
    private static EquatableArray<PathPart> PathOf(ScriptExpression container)
    {
        var parts = new List<PathPart>();
        for (ScriptExpression? current = container; current is not null and not SelfExpression;)
        {
            switch (current)
            {
                case AttributeExpression attribute:
                    parts.Insert(0, new PathPart(attribute.Name, false));
                    current = attribute.Target;
                    break;
                case ModuleChildExpression child:
                    parts.Insert(0, new PathPart(child.Child, false));
                    current = child.Container;
                    break;
                case ModuleItemExpression item:
                    parts.Insert(0, new PathPart(item.Item, true));
                    current = null;
                    break;
                default:
                    throw new System.InvalidOperationException($"a module container reached through {current.GetType().Name}");
            }
        }
        return new EquatableArray<PathPart>(parts.ToImmutableArray());
    }

    private void Line(EquatableArray<CodePiece> content, SourceAnchor? origin)
    {
        output.Append(Indentation()).AppendAll(content);
        if (origin is { } anchor)
            output.Append("  # " + SafeComment(anchors.OriginOf(anchor)));
        output.Append("\n");
    }

    private string Indentation() => string.Concat(Enumerable.Repeat(IndentUnit, depth));

    /// <summary>A comment that stays one line whatever a file name holds.</summary>
    private static string SafeComment(string text) => new(text.Select(c => c < 0x20 || c > 0x7e ? '?' : c).ToArray());

    private static EquatableArray<CodePiece> Text(string text) => new(ImmutableArray.Create(CodePiece.Literal(text)));

    private static void AppendJoined(PieceBuilder builder, IEnumerable<EquatableArray<CodePiece>> items, string separator = ", ")
    {
        bool first = true;
        foreach (EquatableArray<CodePiece> item in items)
        {
            if (!first)
                builder.Append(separator);
            builder.AppendAll(item);
            first = false;
        }
    }
}

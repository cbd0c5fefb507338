using System.Collections.Immutable;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>A statement of script code, with the C# token it came from (for <c># File.cs:line</c> comments).</summary>
internal abstract class ScriptStatement(SourceAnchor? origin)
{
    public SourceAnchor? Origin { get; } = origin;
}

/// <summary><c>target = value</c>; several targets unpack a tuple; an annotation declares the variable's type.</summary>
internal sealed class AssignStatement(ImmutableArray<ScriptExpression> targets, ScriptExpression value, ScriptType? annotation, SourceAnchor? origin)
    : ScriptStatement(origin)
{
    public ImmutableArray<ScriptExpression> Targets { get; } = targets;

    public ScriptExpression Value { get; } = value;

    /// <summary>The declared type, written where the value alone would not give it (None, empty collections, optionals).</summary>
    public ScriptType? Annotation { get; } = annotation;
}

/// <summary>An expression evaluated for its effect.</summary>
internal sealed class ExpressionStatement(ScriptExpression expression, SourceAnchor? origin) : ScriptStatement(origin)
{
    public ScriptExpression Expression { get; } = expression;
}

/// <summary><c>if</c> with an optional else; an else holding only an if reads as <c>elif</c>.</summary>
internal sealed class IfStatement(ScriptExpression condition, ImmutableArray<ScriptStatement> then, ImmutableArray<ScriptStatement>? otherwise, SourceAnchor? origin)
    : ScriptStatement(origin)
{
    public ScriptExpression Condition { get; } = condition;

    public ImmutableArray<ScriptStatement> Then { get; } = then;

    public ImmutableArray<ScriptStatement>? Else { get; } = otherwise;
}

/// <summary><c>while condition</c>.</summary>
internal sealed class WhileStatement(ScriptExpression condition, ImmutableArray<ScriptStatement> body, SourceAnchor? origin) : ScriptStatement(origin)
{
    public ScriptExpression Condition { get; } = condition;

    public ImmutableArray<ScriptStatement> Body { get; } = body;
}

/// <summary>A loop of <paramref name="variable"/> over <c>range(start, stop, step)</c>.</summary>
internal sealed class ForRangeStatement(string variable, string counter, ScriptExpression start, ScriptExpression stop, long step, ImmutableArray<ScriptStatement> body, SourceAnchor? origin)
    : ScriptStatement(origin)
{
    public string Variable { get; } = variable;

    /// <summary>A fresh local a backend may count with, apart from the variable the body reads.</summary>
    public string Counter { get; } = counter;

    public ScriptExpression Start { get; } = start;

    public ScriptExpression Stop { get; } = stop;

    public long Step { get; } = step;

    public ImmutableArray<ScriptStatement> Body { get; } = body;
}

/// <summary>A loop of <paramref name="variable"/> over the elements of a list.</summary>
internal sealed class ForEachStatement(string variable, string list, string counter, ScriptExpression iterable, ImmutableArray<ScriptStatement> body, SourceAnchor? origin)
    : ScriptStatement(origin)
{
    public string Variable { get; } = variable;

    /// <summary>A fresh local a backend may hold the list in.</summary>
    public string List { get; } = list;

    /// <summary>A fresh local a backend may index the list with.</summary>
    public string Counter { get; } = counter;

    public ScriptExpression Iterable { get; } = iterable;

    public ImmutableArray<ScriptStatement> Body { get; } = body;
}

/// <summary>
/// A loop over the children of a module container. Archived TorchScript cannot iterate modules, so the body is
/// repeated once per child of each exported instance, <see cref="Item"/> standing for that child.
/// </summary>
internal sealed class ModuleLoopStatement(string item, ScriptExpression container, ImmutableArray<ScriptStatement> body, SourceAnchor? origin)
    : ScriptStatement(origin)
{
    public string Item { get; } = item;

    /// <summary>The container: attributes of <c>self</c>, possibly through an enclosing loop's item.</summary>
    public ScriptExpression Container { get; } = container;

    public ImmutableArray<ScriptStatement> Body { get; } = body;
}

/// <summary><c>return</c>, with or without a value.</summary>
internal sealed class ReturnStatement(ScriptExpression? value, SourceAnchor? origin) : ScriptStatement(origin)
{
    public ScriptExpression? Value { get; } = value;
}

/// <summary><c>break</c> or <c>continue</c>.</summary>
internal sealed class JumpStatement(bool isBreak, SourceAnchor? origin) : ScriptStatement(origin)
{
    public bool IsBreak { get; } = isBreak;
}

/// <summary>Raises an exception of <paramref name="kind"/> with a message; the path ends there.</summary>
internal sealed class RaiseStatement(ScriptExpression message, ScriptException kind, SourceAnchor? origin) : ScriptStatement(origin)
{
    public ScriptExpression Message { get; } = message;

    public ScriptException Kind { get; } = kind;
}

/// <summary>The exception classes script code raises, from the C# exception type thrown.</summary>
internal enum ScriptException
{
    Exception,
    ValueError,
    IndexError,
    KeyError,
    NotImplementedError,
    RuntimeError,
}

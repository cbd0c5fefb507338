using System.Collections.Immutable;
using System.Linq;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>
/// A typed expression of script code. Nodes say what is computed, never how a backend spells it: the TorchScript
/// printer decides the spelling. Every node carries its <see cref="ScriptType"/>.
/// </summary>
internal abstract class ScriptExpression
{
    protected ScriptExpression(ScriptType type, params ScriptExpression?[] parts)
    {
        Type = type;
        ContainsError = parts.Any(p => p is { ContainsError: true });
    }

    public ScriptType Type { get; }

    /// <summary>True when this expression, or a part of it, could not be lowered; a diagnostic says why.</summary>
    public bool ContainsError { get; protected set; }
}

/// <summary>Stands for code that could not be lowered. A class containing one is never printed.</summary>
internal sealed class ErrorExpression : ScriptExpression
{
    public static readonly ErrorExpression Instance = new();

    private ErrorExpression()
        : base(ScriptType.None) => ContainsError = true;
}

/// <summary>A literal: null, bool, long, double or string.</summary>
internal sealed class LiteralExpression(object? value, ScriptType type) : ScriptExpression(type)
{
    public object? Value { get; } = value;
}

/// <summary>
/// A placeholder value of a type, never read: it declares a local that C# assigns later, so the local exists on every
/// path (TorchScript rejects a variable first assigned inside a loop or a branch and read after it).
/// </summary>
internal sealed class UninitializedExpression(ScriptType type) : ScriptExpression(type);

/// <summary>A local variable or parameter, by its (already unique) script name.</summary>
internal sealed class VariableExpression(string name, ScriptType type) : ScriptExpression(type)
{
    public string Name { get; } = name;
}

/// <summary>The module or object the method runs on.</summary>
internal sealed class SelfExpression(ScriptType type) : ScriptExpression(type);

/// <summary><c>target.name</c>: an attribute, submodule, parameter or buffer.</summary>
internal sealed class AttributeExpression(ScriptExpression target, string name, ScriptType type) : ScriptExpression(type, target)
{
    public ScriptExpression Target { get; } = target;

    public string Name { get; } = name;
}

/// <summary>
/// An optional value that C#'s flow analysis has proven not null at this point (an attribute read after an
/// <c>is not null</c> test): its payload type. TorchScript narrows locals after such a test, never attributes.
/// </summary>
internal sealed class NotNullExpression(ScriptExpression operand) : ScriptExpression(operand.Type.NonOptional, operand)
{
    public ScriptExpression Operand { get; } = operand;
}

/// <summary>A value fixed per exported instance (a [ScriptConstant]) or per class (a static readonly), written as a literal.</summary>
internal sealed class ConstantExpression(ConstantReference constant, ScriptType type) : ScriptExpression(type)
{
    public ConstantReference Constant { get; } = constant;
}

/// <summary>How generated code reads a constant's value: a C# member of the class, static or of the instance.</summary>
/// <param name="MemberName">The member's C# name, as the generated code accesses it (with '@' where needed).</param>
/// <param name="IsStatic">True for static members, read without an instance.</param>
internal sealed record ConstantReference(string MemberName, bool IsStatic);

/// <summary>The child module the current iteration of an unrolled module loop stands for.</summary>
internal sealed class ModuleItemExpression(string item) : ScriptExpression(ScriptType.Module)
{
    public string Item { get; } = item;
}

/// <summary>A child of a module container by its registered name (<c>layers[0]</c>), or a parameter of a ParameterList/Dict.</summary>
internal sealed class ModuleChildExpression(ScriptExpression container, string child, ScriptType? type = null) : ScriptExpression(type ?? ScriptType.Module, container)
{
    public ScriptExpression Container { get; } = container;

    public string Child { get; } = child;
}

/// <summary>
/// A language operator applied to one or two operands, with the semantics of the C# operator it was lowered from.
/// For arithmetic on numbers, <see cref="Numeric"/> is the C# type it computes in: an <c>int</c> addition wraps at
/// 32 bits, a <c>float</c> multiplication rounds to single precision.
/// </summary>
internal sealed class OperatorExpression(ScriptOperator op, ImmutableArray<ScriptExpression> operands, ScriptType type, NumericType? numeric = null)
    : ScriptExpression(type, operands.ToArray())
{
    public ScriptOperator Operator { get; } = op;

    public ImmutableArray<ScriptExpression> Operands { get; } = operands;

    /// <summary>The C# number type the operator computes in; null for non-numeric operators.</summary>
    public NumericType? Numeric { get; } = numeric;
}

/// <summary>A conversion to <c>str</c> (of a number or bool), or between <c>bool</c> and other scalars.</summary>
internal sealed class ConvertExpression(ScriptExpression operand, ScriptType type) : ScriptExpression(type, operand)
{
    public ScriptExpression Operand { get; } = operand;
}

/// <summary>
/// A C# conversion between number types, with C#'s semantics: integer narrowing wraps, floating point to integer
/// truncates and saturates (NaN becomes 0), and conversions to <c>float</c> round to single precision.
/// </summary>
internal sealed class NumericConversionExpression(ScriptExpression operand, NumericType from, NumericType to)
    : ScriptExpression(to.ScriptType(), operand)
{
    public ScriptExpression Operand { get; } = operand;

    public NumericType From { get; } = from;

    public NumericType To { get; } = to;
}

/// <summary>A TorchSharp API applied through an op-table row; the row decides how the backend spells it.</summary>
internal sealed class OpCallExpression(OpRow row, ImmutableArray<OpArgument> arguments, ScriptType type)
    : ScriptExpression(type, arguments.Select(a => a.Value).ToArray())
{
    public OpRow Row { get; } = row;

    public ImmutableArray<OpArgument> Arguments { get; } = arguments;
}

/// <summary>
/// An argument bound to a row's placeholder; <paramref name="Value"/> is null where the row's fallback applies.
/// <paramref name="Effect"/> is the argument's place in C#'s evaluation order when it may have effects (a call, a random
/// draw) and the row's template would evaluate it twice, conditionally or out of that order; such arguments are
/// evaluated first, once and in order, and the template reads their values.
/// </summary>
internal sealed record OpArgument(string Name, ScriptExpression? Value, int? Effect = null);

/// <summary>A call of a script method of a module or object: <c>self.helper(x)</c>, <c>self.block.forward(x)</c>.</summary>
internal sealed class MethodCallExpression(ScriptExpression target, string method, ImmutableArray<ScriptArgument> arguments, ScriptType type)
    : ScriptExpression(type, arguments.Select(a => a.Value).Append(target).ToArray())
{
    public ScriptExpression Target { get; } = target;

    public string Method { get; } = method;

    public ImmutableArray<ScriptArgument> Arguments { get; } = arguments;
}

/// <summary>A call of a free function (a [ScriptClass]'s static script method), by qualified module and name.</summary>
internal sealed class FunctionCallExpression(string module, string function, ImmutableArray<ScriptArgument> arguments, ScriptType type)
    : ScriptExpression(type, arguments.Select(a => a.Value).ToArray())
{
    public string Module { get; } = module;

    public string Function { get; } = function;

    public ImmutableArray<ScriptArgument> Arguments { get; } = arguments;
}

/// <summary>
/// A new instance of a plain script class (its <c>__init__</c> runs) or a NamedTuple: <c>__torch__.N.Coder(2.0)</c>.
/// The type is the class's.
/// </summary>
internal sealed class ConstructExpression(ImmutableArray<ScriptArgument> arguments, ScriptType type)
    : ScriptExpression(type, arguments.Select(a => a.Value).ToArray())
{
    public ImmutableArray<ScriptArgument> Arguments { get; } = arguments;
}

/// <summary>An argument of a script call: positional, or by parameter name (so it is evaluated where C# evaluates it).</summary>
internal sealed record ScriptArgument(string? Name, ScriptExpression Value);

/// <summary>A built-in operation of the language runtime (length, grad mode, tensor metadata, …).</summary>
internal sealed class BuiltinExpression(ScriptBuiltin builtin, ImmutableArray<ScriptExpression> arguments, ScriptType type)
    : ScriptExpression(type, arguments.ToArray())
{
    public ScriptBuiltin Builtin { get; } = builtin;

    public ImmutableArray<ScriptExpression> Arguments { get; } = arguments;
}

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed class ConditionalExpression(ScriptExpression condition, ScriptExpression whenTrue, ScriptExpression whenFalse, ScriptType type)
    : ScriptExpression(type, condition, whenTrue, whenFalse)
{
    public ScriptExpression Condition { get; } = condition;

    public ScriptExpression WhenTrue { get; } = whenTrue;

    public ScriptExpression WhenFalse { get; } = whenFalse;
}

/// <summary>A list, tuple or dictionary built from its items; <see cref="ScriptExpression.Type"/> says which.</summary>
internal sealed class CollectionExpression(ImmutableArray<ScriptExpression> items, ScriptType type) : ScriptExpression(type, items.ToArray())
{
    /// <summary>Elements; for a dictionary, keys and values alternate.</summary>
    public ImmutableArray<ScriptExpression> Items { get; } = items;
}

/// <summary>
/// An index C# checks: a negative one throws, where Python would count from the end of the list.
/// </summary>
internal sealed class CheckedIndexExpression(ScriptExpression index) : ScriptExpression(ScriptType.Int, index)
{
    public ScriptExpression Index { get; } = index;
}

/// <summary><c>target[index]</c> of a list, dictionary or tuple (a constant index for tuples).</summary>
internal sealed class IndexExpression(ScriptExpression target, ScriptExpression index, ScriptType type) : ScriptExpression(type, target, index)
{
    public ScriptExpression Target { get; } = target;

    public ScriptExpression Index { get; } = index;
}

/// <summary>Tensor indexing: <c>x[1:3, ..., None, idx]</c>.</summary>
internal sealed class TensorIndexExpression(ScriptExpression target, ImmutableArray<TensorIndexPart> parts)
    : ScriptExpression(ScriptType.Tensor, parts.SelectMany(p => new[] { p.Value, p.Start, p.Stop, p.Step }).Prepend(target).ToArray())
{
    public ScriptExpression Target { get; } = target;

    public ImmutableArray<TensorIndexPart> Parts { get; } = parts;
}

/// <summary>One index of a tensor indexer.</summary>
internal sealed record TensorIndexPart(TensorIndexKind Kind, ScriptExpression? Value = null, ScriptExpression? Start = null, ScriptExpression? Stop = null, ScriptExpression? Step = null);

internal enum TensorIndexKind
{
    /// <summary>An integer, tensor or mask index.</summary>
    Value,

    /// <summary><c>start:stop:step</c>, each optional.</summary>
    Slice,

    /// <summary><c>...</c>.</summary>
    Ellipsis,

    /// <summary><c>None</c> (a new axis).</summary>
    NewAxis,
}

/// <summary>A string built from literal text and formatted values, in order.</summary>
internal sealed class FormatExpression(ImmutableArray<string> texts, ImmutableArray<ScriptExpression> values)
    : ScriptExpression(ScriptType.Str, values.ToArray())
{
    /// <summary>Literal texts; there is one more than <see cref="Values"/>.</summary>
    public ImmutableArray<string> Texts { get; } = texts;

    public ImmutableArray<ScriptExpression> Values { get; } = values;
}

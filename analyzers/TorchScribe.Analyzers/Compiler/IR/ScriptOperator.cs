namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>Operators of script code, each with the semantics of the C# operator it was lowered from.</summary>
internal enum ScriptOperator
{
    Add,
    Subtract,
    Multiply,

    /// <summary>Floating-point division.</summary>
    Divide,

    /// <summary>Integer division truncating toward zero (C#), not flooring (Python).</summary>
    TruncatedDivide,

    /// <summary>Integer remainder with the sign of the dividend (C#).</summary>
    TruncatedRemainder,

    /// <summary>Floating-point remainder with the sign of the dividend (C#'s %, C's fmod).</summary>
    FloatRemainder,

    /// <summary>String concatenation; operands are strings already.</summary>
    Concatenate,

    Negate,
    Not,
    BitwiseNot,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    ShiftLeft,

    /// <summary>Arithmetic (sign-propagating) right shift.</summary>
    ShiftRight,

    /// <summary>Logical right shift (<c>&gt;&gt;&gt;</c>).</summary>
    UnsignedShiftRight,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,

    /// <summary>Short-circuit and.</summary>
    And,

    /// <summary>Short-circuit or.</summary>
    Or,

    /// <summary>The operand is null.</summary>
    IsNone,

    /// <summary>The operand is not null.</summary>
    IsNotNone,

    /// <summary>The left operand is an element (or key) of the right one.</summary>
    Contains,
}

/// <summary>Built-in operations of the script runtime that are not TorchSharp APIs.</summary>
internal enum ScriptBuiltin
{
    /// <summary>The number of elements of a list or dictionary.</summary>
    Length,

    /// <summary>A tensor's number of dimensions.</summary>
    Dimensions,

    /// <summary>A tensor's sizes; with a second argument, the size of that dimension.</summary>
    Size,

    /// <summary>
    /// The value of a one-element tensor, as the expression's type (int, float or bool). With a second argument, the
    /// dtype code the tensor must have (TorchSharp's item&lt;T&gt;() throws for another dtype).
    /// </summary>
    Item,

    /// <summary>A 0-dimensional tensor holding the first argument, with the dtype code of the second.</summary>
    ScalarTensor,

    /// <summary>Whether autograd records operations.</summary>
    GradEnabled,

    /// <summary>Turns autograd recording on or off.</summary>
    SetGradEnabled,
}

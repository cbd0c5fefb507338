// Shared by the compiler core (whose TorchScript printer calls these functions) and the runtime exporter (which writes
// them into every archive whose code calls them): one home for the names and for the code.
using System.Collections.Generic;

namespace TorchScribe.Shared
{
    /// <summary>
    /// TorchScript functions that give script code the arithmetic of C#. TorchScript has one 64-bit <c>int</c> and one
    /// 64-bit <c>float</c>, and Python's rounding of division; C# has 8- to 64-bit integers that wrap, division that
    /// truncates and throws, conversions that saturate, and a 32-bit <c>float</c>. Each function computes exactly what the
    /// C# operation of the same name computes, for every input, or raises where C# throws.
    /// </summary>
    internal static class CSharpSemantics
    {
        /// <summary>The TorchScript module of the class the functions belong to.</summary>
        public const string ScriptModule = "__torch__.torchscribe";

        /// <summary>The TorchScript class name the functions are grouped under.</summary>
        public const string ScriptName = "csharp";

        /// <summary>The module script code calls them through: a class's static methods live in <c>&lt;class&gt;_functions</c>.</summary>
        public const string Module = ScriptModule + "." + ScriptName + "_functions";

        public const string WrapSByte = "wrap_i8";
        public const string WrapByte = "wrap_u8";
        public const string WrapInt16 = "wrap_i16";
        public const string WrapUInt16 = "wrap_u16";
        public const string WrapInt32 = "wrap_i32";
        public const string DivideInt32 = "div_i32";
        public const string DivideInt64 = "div_i64";
        public const string RemainderInt32 = "rem_i32";
        public const string RemainderInt64 = "rem_i64";
        public const string ShiftLeftInt32 = "shl_i32";
        public const string ShiftLeftInt64 = "shl_i64";
        public const string ShiftRightInt32 = "shr_i32";
        public const string ShiftRightInt64 = "shr_i64";
        public const string UnsignedShiftRightInt32 = "ushr_i32";
        public const string UnsignedShiftRightInt64 = "ushr_i64";
        public const string ToInt32 = "to_i32";
        public const string ToInt64 = "to_i64";
        public const string ToSingle = "to_f32";
        public const string Int64ToSingle = "i64_to_f32";
        public const string AbsInt32 = "abs_i32";
        public const string AbsInt64 = "abs_i64";
        public const string MaxFloat = "max_f";
        public const string MinFloat = "min_f";
        public const string ClampInt = "clamp_i";
        public const string ClampFloat = "clamp_f";
        public const string Floor = "floor_f";
        public const string Ceiling = "ceil_f";
        public const string Truncate = "trunc_f";
        public const string LogBase = "log_base";
        public const string DoubleTensor = "double_tensor";
        public const string CheckIndex = "index";
        public const string ItemFloat = "item_f";
        public const string ItemInt = "item_i";
        public const string ItemBool = "item_b";
        public const string EqualFloat = "eq_f";
        public const string NotEqualFloat = "ne_f";
        public const string NegativeZero = "negative_zero";
        public const string PositiveZero = "zero";

        private const string Int64Min = "(-9223372036854775807 - 1)";

        /// <summary>
        /// Each function's <c>def</c>, in the order they are written to archives. Written for libtorch's TorchScript
        /// importer (no <c>math</c> module, dtype codes instead of names) and for PyTorch 1.13 onwards. Every raise is
        /// followed by <c>assert False</c>, which tells the TorchScript compiler that the path ends there.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Functions { get; } = new[]
        {
            // Two's complement wrap-around: the low bits, sign-extended. The operands of a 32-bit operation are
            // 32-bit values, so the exact result fits in 64 bits before it is wrapped.
            Def(WrapSByte, "x: int", "int", "return ((x + 128) & 255) - 128"),
            Def(WrapByte, "x: int", "int", "return x & 255"),
            Def(WrapInt16, "x: int", "int", "return ((x + 32768) & 65535) - 32768"),
            Def(WrapUInt16, "x: int", "int", "return x & 65535"),
            Def(WrapInt32, "x: int", "int", "return ((x + 2147483648) & 4294967295) - 2147483648"),

            // Division truncates toward zero (Python's // floors); a zero divisor, and the one quotient that does not
            // fit (MinValue / -1), throw. The remainder takes the dividend's sign. libtorch's int % aborts the process
            // on a zero divisor, so it is never used.
            Def(DivideInt32, "a: int, b: int", "int",
                "if b == 0:", Raise("Attempted to divide by zero.", "ZeroDivisionError"), PathEnds,
                "if b == -1 and a == -2147483648:", Raise(Overflow, "OverflowError"), PathEnds,
                "q = a // b",
                "if q * b != a and (a < 0) != (b < 0):", "    q = q + 1",
                "return q"),
            Def(DivideInt64, "a: int, b: int", "int",
                "if b == 0:", Raise("Attempted to divide by zero.", "ZeroDivisionError"), PathEnds,
                "if b == -1:",
                "    if a == " + Int64Min + ":", "    " + Raise(Overflow, "OverflowError"), "    " + PathEnds,
                "    return -a",
                "q = a // b",
                "if q * b != a and (a < 0) != (b < 0):", "    q = q + 1",
                "return q"),
            Def(RemainderInt32, "a: int, b: int", "int", "return a - " + Module + "." + DivideInt32 + "(a, b) * b"),
            Def(RemainderInt64, "a: int, b: int", "int",
                "if b == -1:",
                "    if a == " + Int64Min + ":", "    " + Raise(Overflow, "OverflowError"), "    " + PathEnds,
                "    return 0",
                "return a - " + Module + "." + DivideInt64 + "(a, b) * b"),

            // Shift counts are masked to the operand's width, as C# does; a left shift wraps.
            Def(ShiftLeftInt32, "x: int, n: int", "int", "return " + Module + "." + WrapInt32 + "(x << (n & 31))"),
            Def(ShiftLeftInt64, "x: int, n: int", "int", "return x << (n & 63)"),
            Def(ShiftRightInt32, "x: int, n: int", "int", "return x >> (n & 31)"),
            Def(ShiftRightInt64, "x: int, n: int", "int", "return x >> (n & 63)"),
            Def(UnsignedShiftRightInt32, "x: int, n: int", "int", "return " + Module + "." + WrapInt32 + "((x & 4294967295) >> (n & 31))"),
            Def(UnsignedShiftRightInt64, "x: int, n: int", "int",
                "s = n & 63",
                "if s == 0:", "    return x",
                "return (x >> s) & ((1 << (64 - s)) - 1)"),

            // Floating point to integer saturates, and NaN becomes 0 (.NET's conversions since .NET 9); libtorch's
            // int() of a value out of range is undefined.
            Def(ToInt32, "x: float", "int",
                "if torch.isnan(x):", "    return 0",
                "if x >= 2147483647.0:", "    return 2147483647",
                "if x <= -2147483648.0:", "    return -2147483648",
                "return int(x)"),
            Def(ToInt64, "x: float", "int",
                "if torch.isnan(x):", "    return 0",
                "if x >= 9.2233720368547758e18:", "    return 9223372036854775807",
                "if x <= -9.2233720368547758e18:", "    return " + Int64Min,
                "return int(x)"),

            // Rounding to float32 through a one-element tensor: round-to-nearest-even, to infinity past the range,
            // as the CPU does. A float32 +, -, *, / or sqrt computed in float64 and rounded once is the float32 result.
            Def(ToSingle, "x: float", "float", "return float(torch.full([1], x, dtype=7).to(6).item())"),
            Def(Int64ToSingle, "x: int", "float", "return float(torch.full([1], x, dtype=4).to(6).item())"),

            // Math.Abs of MinValue throws; Math.Max and Math.Min propagate NaN and order -0.0 below 0.0.
            Def(AbsInt32, "x: int", "int",
                "if x == -2147483648:", Raise(Overflow, "OverflowError"), PathEnds,
                "return abs(x)"),
            Def(AbsInt64, "x: int", "int",
                "if x == " + Int64Min + ":", Raise(Overflow, "OverflowError"), PathEnds,
                "return abs(x)"),
            MaxOrMin(MaxFloat, ">"),
            MaxOrMin(MinFloat, "<"),
            Clamp(ClampInt, "int"),
            Clamp(ClampFloat, "float"),

            // Math.Floor, Ceiling and Truncate return doubles, keep -0.0, infinities and NaN; TorchScript's scalar
            // floor and ceil return ints.
            Def(Floor, "x: float", "float", "return float(torch.full([1], x, dtype=7).floor().item())"),
            Def(Ceiling, "x: float", "float", "return float(torch.full([1], x, dtype=7).ceil().item())"),
            Def(Truncate, "x: float", "float", "return float(torch.full([1], x, dtype=7).trunc().item())"),

            // libtorch folds x == x to True and x != x to False, which NaN contradicts; the test of NaN is not folded.
            Def(EqualFloat, "a: float, b: float", "bool", "return (a == b) and not torch.isnan(a)"),
            Def(NotEqualFloat, "a: float, b: float", "bool", "return (a != b) or torch.isnan(a)"),

            // libtorch pools equal constants, and -0.0 == 0.0: in a function with both, one reads as the other. Zero
            // literals are therefore computed from the grad mode, which no pass can fold, so neither is a constant.
            Def(NegativeZero, "", "float", "return torch.copysign(0.0, -1.0 - float(torch.is_grad_enabled()))"),
            Def(PositiveZero, "", "float", "return torch.copysign(0.0, 1.0 + float(torch.is_grad_enabled()))"),

            // C# throws on a negative index; Python would count from the end.
            Def(CheckIndex, "i: int", "int",
                "if i < 0:", Raise("Index was out of range. Must be non-negative and less than the size of the collection.", "IndexError"), PathEnds,
                "return i"),

            // TorchSharp's item<T>() reads the element only when the tensor's dtype is T's (the code passed), and
            // throws otherwise.
            Def(ItemFloat, "x: Tensor, dtype: int", "float",
                "if int(x.dtype) != dtype:", Raise("The tensor's element type is not the requested type.", "ArgumentError"), PathEnds,
                "return float(x.item())"),
            Def(ItemInt, "x: Tensor, dtype: int", "int",
                "if int(x.dtype) != dtype:", Raise("The tensor's element type is not the requested type.", "ArgumentError"), PathEnds,
                "return int(x.item())"),
            Def(ItemBool, "x: Tensor", "bool",
                "if int(x.dtype) != 11:", Raise("The tensor's element type is not the requested type.", "ArgumentError"), PathEnds,
                "return bool(x.item())"),

            // A float64 tensor of doubles: TorchScript's torch.tensor(List[float]) rounds every item through float32,
            // and so does t[i] = v (v becomes a default-dtype tensor first); fill_ takes the double as it is.
            Def(DoubleTensor, "x: List[float]", "Tensor",
                "t = torch.zeros([len(x)], dtype=7)",
                "i = 0",
                "while i < len(x):", "    t[i].fill_(x[i])", "    i = i + 1",
                "return t"),

            // Math.Log(a, newBase), with .NET's special cases.
            Def(LogBase, "a: float, b: float", "float",
                "if torch.isnan(a):", "    return a",
                "if torch.isnan(b):", "    return b",
                "if b == 1.0:", "    return float(\"nan\")",
                "if a != 1.0 and (b == 0.0 or b == float(\"inf\")):", "    return float(\"nan\")",
                "return torch.log(a) / torch.log(b)"),
        };

        private const string Overflow = "Arithmetic operation resulted in an overflow.";

        /// <summary>Math.Max (<c>&gt;</c>) or Math.Min (<c>&lt;</c>) of doubles: NaN wins; of equal values, 0.0 is above -0.0.</summary>
        private static KeyValuePair<string, string> MaxOrMin(string name, string above) => Def(name, "a: float, b: float", "float",
            "if torch.isnan(a) or torch.isnan(b):", "    return a + b",
            "if a == b:",
            "    if a == 0.0 and torch.copysign(1.0, a) < 0.0:", above == ">" ? "        return b" : "        return a",
            above == ">" ? "    return a" : "    return b",
            $"return a if a {above} b else b");

        /// <summary>Math.Clamp, which throws when min &gt; max (and keeps a NaN value).</summary>
        private static KeyValuePair<string, string> Clamp(string name, string type) => Def(name, $"x: {type}, low: {type}, high: {type}", type,
            "if low > high:", Raise("'min' cannot be greater than max.", "ValueError"), PathEnds,
            "if x < low:", "    return low",
            "if x > high:", "    return high",
            "return x");

        /// <summary>The body lines of a raise inside an if: the raise and the statement that ends the path.</summary>
        private static string Raise(string message, string exceptionClass) => "    " + ScriptSyntax.Raise(ScriptSyntax.String(message), exceptionClass);

        private const string PathEnds = "    " + ScriptSyntax.PathEnds;

        private static KeyValuePair<string, string> Def(string name, string parameters, string returns, params string[] body)
        {
            var source = new System.Text.StringBuilder();
            source.Append("def ").Append(name).Append('(').Append(parameters).Append(") -> ").Append(returns).Append(":\n");
            foreach (string line in body)
                source.Append("    ").Append(line).Append('\n');
            return new KeyValuePair<string, string>(name, source.ToString());
        }
    }
}

// Shared by the compiler core (analyzers/TorchScribe.Analyzers) and the runtime exporter (src/TorchScribe): both must
// spell names and literals exactly alike, because the exporter writes constant values into code the compiler wrote.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TorchScribe.Shared
{
    /// <summary>TorchScript (Python) lexical rules: identifiers, keywords and literals.</summary>
    internal static class ScriptSyntax
    {
        // Python keywords, and names TorchScript code resolves to builtins or modules: a C# local called `torch`
        // or `float` must not shadow them.
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "print", "exec",
            "self", "torch", "math", "ops", "annotate", "unchecked_cast", "isinstance", "getattr", "hasattr", "range",
            "len", "int", "float", "bool", "str", "list", "dict", "tuple", "min", "max", "abs", "round", "divmod",
            "sum", "any", "all", "zip", "enumerate", "Tensor", "List", "Dict", "Tuple", "Optional", "Final", "Any",
            "Union", "NoneType", "CONSTANTS", "Exception", "ValueError", "RuntimeError", "IndexError", "KeyError",
            "TypeError", "AssertionError", "NotImplementedError", "uninitialized", "fork", "wait", "__torch__",
        };

        /// <summary>True when <paramref name="name"/> is an ASCII Python identifier that is not reserved.</summary>
        public static bool IsPlainIdentifier(string name)
        {
            if (string.IsNullOrEmpty(name) || Reserved.Contains(name))
                return false;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
                if (!ok)
                    return false;
            }
            return true;
        }

        /// <summary>A local or parameter name that is safe in TorchScript: reserved words get a trailing underscore.</summary>
        public static string SafeIdentifier(string name)
        {
            if (IsPlainIdentifier(name))
                return name;
            var builder = new StringBuilder(name.Length + 1);
            foreach (char c in name)
                builder.Append(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
            if (builder.Length == 0 || (builder[0] >= '0' && builder[0] <= '9'))
                builder.Insert(0, '_');
            string candidate = builder.ToString();
            while (!IsPlainIdentifier(candidate))
                candidate += "_";
            return candidate;
        }

        /// <summary>Reads attribute <paramref name="name"/> of <paramref name="owner"/>, with getattr for non-identifiers.</summary>
        public static string Attribute(string owner, string name) =>
            IsPlainIdentifier(name) ? owner + "." + name : "getattr(" + owner + ", " + String(name) + ")";

        /// <summary>
        /// A raise as archives spell it: libtorch's importer does not define Python's exception classes, so the
        /// exception's class is passed by name. <paramref name="message"/> is code (a string literal or expression).
        /// </summary>
        public static string Raise(string message, string exceptionClass) =>
            RaiseOpening + message + RaiseClosing(exceptionClass);

        /// <summary>The text before the message of a <see cref="Raise"/>.</summary>
        public const string RaiseOpening = "ops.prim.RaiseException(";

        /// <summary>The text after the message of a <see cref="Raise"/>.</summary>
        public static string RaiseClosing(string exceptionClass) => ", \"builtins." + exceptionClass + "\")";

        /// <summary>The statement after a raise: never run, it tells the TorchScript compiler that the path ends there.</summary>
        public const string PathEnds = "assert False";

        public static string Bool(bool value) => value ? "True" : "False";

        /// <summary>An int literal; long.MinValue, whose magnitude is not an int, as an expression.</summary>
        public static string Int(long value) =>
            value == long.MinValue ? "(-9223372036854775807 - 1)" : value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The shortest float literal that reads back as exactly <paramref name="value"/>: always with a '.', an
        /// exponent, or as an inf/nan constructor. Its digits are the first correctly rounded G1…G17 formatting that
        /// reads back exactly (never "R", which is not shortest-round-trip on .NET Framework hosts), so every compiler
        /// host writes the same text.
        /// </summary>
        public static string Float(double value)
        {
            if (double.IsNaN(value))
                return "float(\"nan\")";
            if (double.IsPositiveInfinity(value))
                return "float(\"inf\")";
            if (double.IsNegativeInfinity(value))
                return "float(\"-inf\")";
            if (value == 0)
                return BitConverter.DoubleToInt64Bits(value) < 0 ? "-0.0" : "0.0";
            double magnitude = Math.Abs(value);
            string text = ShortestDigits(magnitude);
            if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0)
                text += ".0";
            return value < 0 ? "-" + text : text;
        }

        private static string ShortestDigits(double magnitude)
        {
            // The closest p-digit decimal reads back whenever any p-digit decimal does, so the first p that reads back
            // gives the shortest (and, of those, the closest) text.
            for (int precision = 1; precision < 17; precision++)
            {
                string candidate = magnitude.ToString("G" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture) == magnitude)
                    return candidate;
            }
            return magnitude.ToString("G17", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// A double-quoted string literal. Everything outside printable ASCII, quotes, backslashes and braces is written
        /// as octal escapes of its UTF-8 bytes, so no user string can end the literal or inject code.
        /// </summary>
        public static string String(string value) => "\"" + StringContent(value, formatString: false) + "\"";

        /// <summary>The escaped content of a literal; for a str.format template, literal braces are doubled.</summary>
        public static string StringContent(string value, bool formatString)
        {
            var builder = new StringBuilder(value.Length + 2);
            foreach (byte b in Encoding.UTF8.GetBytes(value))
            {
                if (b == (byte)'{' || b == (byte)'}')
                {
                    string escaped = b == (byte)'{' ? "\\173" : "\\175";
                    builder.Append(escaped);
                    if (formatString)
                        builder.Append(escaped);
                }
                else if (b == (byte)'\\' || b == (byte)'"' || b == (byte)'\'')
                {
                    builder.Append('\\').Append((char)b);
                }
                else if (b >= 0x20 && b < 0x7f)
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                }
            }
            return builder.ToString();
        }
    }
}

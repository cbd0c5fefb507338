// Shared by the compiler core (analyzers/TorchScribe.Analyzers) and the runtime exporter (src/TorchScribe): both must
// spell names and literals exactly alike, because the exporter fills constant values into code the compiler wrote.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TorchScribe.Shared
{
    /// <summary>TorchScript (Python) lexical rules: identifiers, keywords and literals.</summary>
    internal static class ScriptSyntax
    {
        /// <summary>
        /// Opens a placeholder for a per-instance <c>[ScriptConstant]</c> value in compiled method source. The compiler
        /// never emits two adjacent braces otherwise: braces inside string literals are written as octal escapes.
        /// </summary>
        public const string HoleOpen = "{{";

        /// <summary>Closes a constant placeholder.</summary>
        public const string HoleClose = "}}";

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

        public static string Bool(bool value) => value ? "True" : "False";

        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A float literal that round-trips: always has a '.', an exponent, or is an inf/nan constructor.</summary>
        public static string Float(double value)
        {
            if (double.IsNaN(value))
                return "float(\"nan\")";
            if (double.IsPositiveInfinity(value))
                return "float(\"inf\")";
            if (double.IsNegativeInfinity(value))
                return "float(\"-inf\")";
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0)
                text += ".0";
            return text;
        }

        /// <summary>
        /// A double-quoted string literal. Everything outside printable ASCII, quotes, backslashes and braces is written
        /// as octal escapes of its UTF-8 bytes, so no user string can end the literal or inject code or placeholders.
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

        /// <summary>A constant placeholder for <paramref name="name"/>.</summary>
        public static string Hole(string name) => HoleOpen + name + HoleClose;

        /// <summary>
        /// Opens a block the exporter repeats once per child of a module container (ModuleList, Sequential): TorchScript
        /// loaded from an archive cannot iterate a module, so such loops are unrolled when the length is known.
        /// The whole line is <c>{{for item:NAME in CONTAINER}}</c>; the block ends with a <c>{{end}}</c> line.
        /// </summary>
        public static string RepeatStart(string item, string container) => HoleOpen + "for " + ItemPrefix + item + " in " + container + HoleClose;

        /// <summary>Ends a repeated block.</summary>
        public const string RepeatEnd = HoleOpen + "end" + HoleClose;

        /// <summary>The marker of loop-item placeholders, which the exporter replaces by each child in turn.</summary>
        public const string ItemPrefix = "item:";

        /// <summary>The placeholder for the current child of a repeated block.</summary>
        public static string ItemHole(string item) => HoleOpen + ItemPrefix + item + HoleClose;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using TorchScribe.Shared;

namespace TorchScribe.Export;

/// <summary>
/// Turns compiled method source into final TorchScript for one module instance: fills <c>{{name}}</c> constant
/// placeholders with literals and unrolls <c>{{for item:x in container}}</c> blocks once per child module.
/// </summary>
internal static class ScriptTemplate
{
    private const string Indent = "  ";

    /// <param name="source">Method source from the build.</param>
    /// <param name="constant">Resolves a constant's value by name; throws when unknown.</param>
    /// <param name="children">The child names of a container expression such as <c>self.layers</c>.</param>
    public static string Render(string source, Func<string, object?> constant, Func<string, IReadOnlyList<string>> children)
    {
        var lines = source.Split('\n');
        var output = new StringBuilder(source.Length);
        Expand(lines, 0, lines.Length, new Dictionary<string, string>(StringComparer.Ordinal), constant, children, output, dedent: 0);
        return output.ToString();
    }

    private static void Expand(string[] lines, int start, int end, Dictionary<string, string> items,
        Func<string, object?> constant, Func<string, IReadOnlyList<string>> children, StringBuilder output, int dedent)
    {
        for (int i = start; i < end; i++)
        {
            string line = lines[i];
            string trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith(ScriptSyntax.HoleOpen + "for " + ScriptSyntax.ItemPrefix, StringComparison.Ordinal))
            {
                int close = FindEnd(lines, i + 1, end);
                string header = trimmed.Substring(0, trimmed.IndexOf(ScriptSyntax.HoleClose, StringComparison.Ordinal));
                string[] parts = header.Substring((ScriptSyntax.HoleOpen + "for " + ScriptSyntax.ItemPrefix).Length).Split(new[] { " in " }, 2, StringSplitOptions.None);
                string item = parts[0];
                string container = parts[1];
                IReadOnlyList<string> names = children(container);
                int indent = line.Length - trimmed.Length - dedent * Indent.Length;
                if (names.Count == 0)
                    output.Append(' ', indent).Append("pass\n");
                foreach (string child in names)
                {
                    items[item] = $"getattr({container}, {ScriptSyntax.String(child)})";
                    Expand(lines, i + 1, close, items, constant, children, output, dedent + 1);
                }
                items.Remove(item);
                i = close;
                continue;
            }
            if (i == end - 1 && line.Length == 0)
                continue;
            string filled = Fill(line, items, constant);
            int remove = Math.Min(dedent * Indent.Length, filled.Length - filled.TrimStart(' ').Length);
            output.Append(filled, remove, filled.Length - remove).Append('\n');
        }
    }

    private static int FindEnd(string[] lines, int from, int end)
    {
        int depth = 0;
        for (int i = from; i < end; i++)
        {
            string trimmed = lines[i].TrimStart(' ');
            if (trimmed.StartsWith(ScriptSyntax.HoleOpen + "for ", StringComparison.Ordinal))
                depth++;
            else if (trimmed.StartsWith(ScriptSyntax.RepeatEnd, StringComparison.Ordinal) && depth-- == 0)
                return i;
        }
        throw new FormatException("unterminated repeated block in compiled TorchScript");
    }

    private static string Fill(string line, Dictionary<string, string> items, Func<string, object?> constant)
    {
        int open = line.IndexOf(ScriptSyntax.HoleOpen, StringComparison.Ordinal);
        if (open < 0)
            return line;
        var builder = new StringBuilder(line.Length + 16);
        int position = 0;
        while (open >= 0)
        {
            int close = line.IndexOf(ScriptSyntax.HoleClose, open + 2, StringComparison.Ordinal);
            if (close < 0)
                throw new FormatException($"unterminated placeholder in compiled TorchScript: {line}");
            builder.Append(line, position, open - position);
            string name = line.Substring(open + 2, close - open - 2);
            if (name.StartsWith(ScriptSyntax.ItemPrefix, StringComparison.Ordinal))
                builder.Append(items.TryGetValue(name.Substring(ScriptSyntax.ItemPrefix.Length), out string? item) ? item : throw new FormatException($"loop item '{name}' outside its block"));
            else
                builder.Append(Literal(constant(name)));
            position = close + 2;
            open = line.IndexOf(ScriptSyntax.HoleOpen, position, StringComparison.Ordinal);
        }
        builder.Append(line, position, line.Length - position);
        return builder.ToString();
    }

    /// <summary>A constant value as a TorchScript literal.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "None",
        bool b => ScriptSyntax.Bool(b),
        string s => ScriptSyntax.String(s),
        float f => ScriptSyntax.Float(f),
        double d => ScriptSyntax.Float(d),
        sbyte or byte or short or ushort or int or long => ScriptSyntax.Int(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        ITuple tuple => TupleLiteral(tuple),
        _ => throw new NotSupportedException($"a constant of type {value.GetType().Name} cannot be written as TorchScript"),
    };

    private static string TupleLiteral(ITuple tuple)
    {
        var parts = new List<string>(tuple.Length);
        for (int i = 0; i < tuple.Length; i++)
            parts.Add(Literal(tuple[i]));
        return tuple.Length == 1 ? $"({parts[0]},)" : $"({string.Join(", ", parts)})";
    }
}

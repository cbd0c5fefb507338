using System;
using System.Collections.Generic;

namespace TorchScribe.Export.Archive;

/// <summary>A parsed TorchScript type annotation such as <c>Dict[str, List[int]]</c>.</summary>
internal sealed class ScriptTypeName
{
    private ScriptTypeName(string name, IReadOnlyList<ScriptTypeName> arguments, string text)
    {
        Name = name;
        Arguments = arguments;
        Text = text;
    }

    /// <summary>The head: <c>List</c>, <c>Dict</c>, <c>Tuple</c>, <c>Optional</c>, <c>int</c>, <c>Tensor</c>, ….</summary>
    public string Name { get; }

    public IReadOnlyList<ScriptTypeName> Arguments { get; }

    /// <summary>The annotation as written, e.g. for type tags.</summary>
    public string Text { get; }

    public static ScriptTypeName Parse(string text)
    {
        int position = 0;
        ScriptTypeName result = Parse(text, ref position);
        if (position != text.Length)
            throw new FormatException($"unexpected text after type: '{text}'");
        return result;
    }

    private static ScriptTypeName Parse(string text, ref int position)
    {
        int start = position;
        while (position < text.Length && text[position] is not ('[' or ']' or ','))
            position++;
        string name = text.Substring(start, position - start).Trim();
        var arguments = new List<ScriptTypeName>();
        if (position < text.Length && text[position] == '[')
        {
            position++;
            while (true)
            {
                while (position < text.Length && text[position] == ' ')
                    position++;
                arguments.Add(Parse(text, ref position));
                if (position >= text.Length)
                    throw new FormatException($"unclosed '[' in type '{text}'");
                if (text[position] == ']')
                {
                    position++;
                    break;
                }
                position++;   // ','
            }
        }
        return new ScriptTypeName(name, arguments, Format(name, arguments));
    }

    private static string Format(string name, List<ScriptTypeName> arguments) =>
        arguments.Count == 0 ? name : $"{name}[{string.Join(", ", arguments.ConvertAll(a => a.Text))}]";

    public override string ToString() => Text;
}

using System.Text;

namespace TorchScribe.Analyzers.Generator;

/// <summary>An indented C# writer with brace blocks. Lines end in '\n' on every OS, so output is byte-identical.</summary>
internal sealed class CSharpWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public CSharpWriter Line(string text = "")
    {
        if (text.Length > 0)
            builder.Append(' ', depth * 4).Append(text);
        builder.Append('\n');
        return this;
    }

    /// <summary>Writes text that already contains its own line breaks (verbatim strings), without indenting it.</summary>
    public CSharpWriter Raw(string text)
    {
        builder.Append(text);
        return this;
    }

    public CSharpWriter Indent()
    {
        builder.Append(' ', depth * 4);
        return this;
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
    }

    public void Close(string suffix = "")
    {
        depth--;
        Line("}" + suffix);
    }

    public override string ToString() => builder.ToString();
}

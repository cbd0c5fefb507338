using System.Text;

namespace TorchScribe.Analyzers.Compiler;

/// <summary>Writes indentation-structured TorchScript, one statement per line, each with its C# origin.</summary>
internal sealed class ScriptWriter
{
    private const string Indent = "  ";
    private readonly StringBuilder builder = new();
    private int depth;

    public ScriptWriter(int initialDepth = 0) => depth = initialDepth;

    /// <summary>Writes a line; <paramref name="origin"/> (e.g. <c>Model.cs:12</c>) becomes a trailing comment.</summary>
    public void Line(string text, string? origin = null)
    {
        for (int i = 0; i < depth; i++)
            builder.Append(Indent);
        builder.Append(text);
        if (origin is not null)
            builder.Append("  # ").Append(origin);
        builder.Append('\n');
    }

    public void Push() => depth++;

    public void Pop() => depth--;

    public int Length => builder.Length;

    /// <summary>Removes everything written after <paramref name="length"/> (used to drop an empty block's lines).</summary>
    public void Truncate(int length) => builder.Length = length;

    public override string ToString() => builder.ToString();
}

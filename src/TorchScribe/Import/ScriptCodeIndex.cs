using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TorchScribe.Import;

/// <summary>
/// The classes an archive's code defines, read from the <c>code/</c> records the way their headers are laid out
/// (<c>class Name(Base):</c> at the start of a line, then two-space-indented declarations). What libtorch aborts on
/// when it is missing (a class the pickle names, an attribute the class declares) is checked against this.
/// </summary>
internal sealed class ScriptCodeIndex
{
    private static readonly Regex ClassHeader = new(@"^class\s+([A-Za-z_][A-Za-z0-9_]*)\s*[(:]", RegexOptions.CultureInvariant);
    private static readonly Regex Declaration = new(@"^  ([A-Za-z_][A-Za-z0-9_]*) : (.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Annotation = new(@"^  __annotations__\[""((?:[^""\\]|\\.)*)""\] = ", RegexOptions.CultureInvariant);

    private readonly Dictionary<(string Module, string Name), ScriptClassShape> classes = new();

    /// <summary>A class's declared attributes (constants excluded: they are not pickled) and whether it has <c>__setstate__</c>.</summary>
    public sealed class ScriptClassShape
    {
        public List<string> Attributes { get; } = new();

        public bool HasSetState { get; set; }
    }

    /// <summary>Indexes one code record.</summary>
    /// <param name="module">The record's module: <c>code/a/b.py</c> is <c>a.b</c>.</param>
    /// <param name="source">The record's text.</param>
    public void Add(string module, string source)
    {
        ScriptClassShape? current = null;
        foreach (string rawLine in source.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            if (line[0] != ' ')
            {
                Match header = ClassHeader.Match(line);
                current = header.Success ? classes[(module, header.Groups[1].Value)] = new ScriptClassShape() : null;
                continue;
            }
            if (current is null)
                continue;
            Match declaration = Declaration.Match(line);
            if (declaration.Success)
            {
                if (!declaration.Groups[2].Value.StartsWith("Final[", StringComparison.Ordinal))
                    current.Attributes.Add(declaration.Groups[1].Value);
                continue;
            }
            Match annotation = Annotation.Match(line);
            if (annotation.Success)
                current.Attributes.Add(Regex.Unescape(annotation.Groups[1].Value));
            else if (line.StartsWith("  def __setstate__(", StringComparison.Ordinal))
                current.HasSetState = true;
        }
    }

    public bool Defines(string module, string name) => classes.ContainsKey((module, name));

    public ScriptClassShape? Shape(string module, string name) => classes.TryGetValue((module, name), out ScriptClassShape? shape) ? shape : null;
}

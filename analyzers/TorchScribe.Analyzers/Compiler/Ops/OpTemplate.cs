using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace TorchScribe.Analyzers.Compiler.Ops;

/// <summary>A parsed op template: literal text and placeholders.</summary>
internal sealed class OpTemplate
{
    private OpTemplate(string text, ImmutableArray<Segment> segments)
    {
        Text = text;
        Segments = segments;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Segment segment in segments)
        {
            if (segment.Parameter is not null)
                names.Add(segment.Parameter);
            if (segment.Fallback is not null)
                names.Add(segment.Fallback);
        }
        ReferencedNames = names.ToImmutableHashSet(StringComparer.Ordinal);
    }

    public string Text { get; }

    /// <summary>The prefix of the variables templates bind (<c>ts_x</c>); script code's own names never start with it.</summary>
    public const string ReservedPrefix = "ts_";

    public ImmutableArray<Segment> Segments { get; }

    /// <summary>How many placeholders mention <paramref name="name"/> (as a parameter or a fallback).</summary>
    public int Occurrences(string name) => Segments.Count(s => s.Parameter == name || s.Fallback == name);

    /// <summary>Where <paramref name="name"/> first appears in the text, or -1.</summary>
    public int FirstOccurrence(string name)
    {
        for (int i = 0; i < Segments.Length; i++)
        {
            if (Segments[i].Parameter == name || Segments[i].Fallback == name)
                return i;
        }
        return -1;
    }

    /// <summary>True when the text has a conditional, whose branches may skip a placeholder.</summary>
    public bool HasBranches => Text.Contains(" if ");

    /// <summary>
    /// True when the text evaluates every placeholder once, where it stands, left to right: no branches and no
    /// comprehension (whose iterable is evaluated before its body).
    /// </summary>
    public bool IsStraight => !HasBranches && !Text.Contains(" for ");

    /// <summary>Every name a placeholder mentions (fallbacks included; a fallback that is no parameter is literal text).</summary>
    public ImmutableHashSet<string> ReferencedNames { get; }

    /// <summary>A piece of template: literal text, or a placeholder for parameter <see cref="Parameter"/>.</summary>
    public sealed record Segment(string? Literal, string? Parameter, bool AsList, string? Fallback);

    public static OpTemplate Parse(string text)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var literal = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                literal.Append(text[i]);
                continue;
            }
            int close = text.IndexOf('}', i);
            if (close < 0)
                throw new FormatException($"unclosed placeholder in '{text}'");
            if (literal.Length > 0)
            {
                segments.Add(new Segment(literal.ToString(), null, false, null));
                literal.Clear();
            }
            string body = text.Substring(i + 1, close - i - 1);
            string? fallback = null;
            int bar = body.IndexOf('|');
            if (bar >= 0)
            {
                fallback = body.Substring(bar + 1);
                body = body.Substring(0, bar);
            }
            bool asList = body.EndsWith(":list", StringComparison.Ordinal);
            if (asList)
                body = body.Substring(0, body.Length - ":list".Length);
            segments.Add(new Segment(null, body, asList, fallback));
            i = close;
        }
        if (literal.Length > 0)
            segments.Add(new Segment(literal.ToString(), null, false, null));
        return new OpTemplate(text, segments.ToImmutable());
    }
}

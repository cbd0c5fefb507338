using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TorchScribe.Analyzers.Compiler.IR;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// The tokens of a class's user-written declarations, to turn syntax positions into <see cref="SourceAnchor"/>s and
/// back. Equivalent declarations (differing in comments and whitespace only) have the same tokens, so anchors taken
/// from one resolve in the other.
/// </summary>
internal sealed class SourceAnchors
{
    private readonly ImmutableArray<SyntaxNode> parts;
    private readonly ImmutableArray<ImmutableArray<SyntaxToken>> tokens;

    public SourceAnchors(ImmutableArray<SyntaxNode> parts)
    {
        this.parts = parts;
        tokens = parts.Select(p => p.DescendantTokens().ToImmutableArray()).ToImmutableArray();
    }

    public ImmutableArray<SyntaxNode> Parts => parts;

    /// <summary>The anchor of <paramref name="span"/> in <paramref name="tree"/>, or null when it lies outside the class.</summary>
    public SourceAnchor? AnchorOf(SyntaxTree? tree, TextSpan span)
    {
        for (int part = 0; part < parts.Length; part++)
        {
            if (parts[part].SyntaxTree != tree || !parts[part].FullSpan.Contains(span))
                continue;
            ImmutableArray<SyntaxToken> list = tokens[part];
            int first = FirstTokenAtOrAfter(list, span.Start);
            int last = LastTokenEndingAtOrBefore(list, span.End);
            if (first < 0 || last < first)
                return null;
            return new SourceAnchor(part, first, last);
        }
        return null;
    }

    public SourceAnchor? AnchorOf(SyntaxNode node) => AnchorOf(node.SyntaxTree, node.Span);

    public SourceAnchor? AnchorOf(Location location) => location.IsInSource ? AnchorOf(location.SourceTree, location.SourceSpan) : null;

    /// <summary>The location an anchor denotes in these declarations.</summary>
    public Location LocationOf(SourceAnchor anchor)
    {
        ImmutableArray<SyntaxToken> list = tokens[anchor.Part];
        SyntaxToken first = list[anchor.FirstToken];
        SyntaxToken last = list[anchor.LastToken];
        return Location.Create(parts[anchor.Part].SyntaxTree, TextSpan.FromBounds(first.SpanStart, last.Span.End));
    }

    /// <summary>The file name and 1-based line an anchor starts on, e.g. <c>Model.cs:12</c>.</summary>
    public string OriginOf(SourceAnchor anchor)
    {
        SyntaxToken token = tokens[anchor.Part][anchor.FirstToken];
        FileLinePositionSpan span = token.GetLocation().GetLineSpan();
        return $"{FileName(span.Path)}:{span.StartLinePosition.Line + 1}";
    }

    private static string FileName(string path)
    {
        int slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static int FirstTokenAtOrAfter(ImmutableArray<SyntaxToken> list, int position)
    {
        int low = 0, high = list.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (list[middle].SpanStart >= position)
            {
                found = middle;
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }
        return found;
    }

    private static int LastTokenEndingAtOrBefore(ImmutableArray<SyntaxToken> list, int position)
    {
        int low = 0, high = list.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (list[middle].Span.End <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using TorchScribe.Analyzers.Common;

namespace TorchScribe.Analyzers.Compiler.Printing;

/// <summary>Collects code pieces, merging adjacent text.</summary>
internal sealed class PieceBuilder
{
    private readonly List<CodePiece> pieces = new();
    private readonly StringBuilder text = new();

    public PieceBuilder Append(string value)
    {
        text.Append(value);
        return this;
    }

    public PieceBuilder Append(CodePiece piece)
    {
        if (piece.Kind == CodePieceKind.Text)
            return Append(piece.Text);
        Flush();
        pieces.Add(piece);
        return this;
    }

    public PieceBuilder AppendAll(IEnumerable<CodePiece> values)
    {
        foreach (CodePiece piece in values)
            Append(piece);
        return this;
    }

    public EquatableArray<CodePiece> ToPieces()
    {
        Flush();
        return new EquatableArray<CodePiece>(pieces.ToImmutableArray());
    }

    private void Flush()
    {
        if (text.Length == 0)
            return;
        pieces.Add(CodePiece.Literal(text.ToString()));
        text.Clear();
    }
}

using System;
using TorchScribe.Analyzers.Common;

namespace TorchScribe.Analyzers.Compiler.Printing;

/// <summary>
/// A piece of printed script code. Most code is text fixed at build time; constants and unrolled module loops depend
/// on the exported instance, so the generated C# writes them when the instance is exported, between the text pieces.
/// </summary>
internal sealed record CodePiece(CodePieceKind Kind, string Text, bool IsStatic = false) : IEquatable<CodePiece>
{
    /// <summary>For a module loop: the container's printed expression.</summary>
    public EquatableArray<CodePiece> Container { get; init; } = EquatableArray<CodePiece>.Empty;

    /// <summary>For a module loop: the registered names leading from <c>self</c> to the container.</summary>
    public EquatableArray<PathPart> Path { get; init; } = EquatableArray<PathPart>.Empty;

    /// <summary>For a module loop: the body printed once per child.</summary>
    public EquatableArray<CodePiece> Body { get; init; } = EquatableArray<CodePiece>.Empty;

    /// <summary>For a module loop: the line written instead when the container has no children (a <c>pass</c>).</summary>
    public string Filler { get; init; } = "";

    public static CodePiece Literal(string text) => new(CodePieceKind.Text, text);
}

internal enum CodePieceKind
{
    /// <summary>TorchScript text.</summary>
    Text,

    /// <summary>The value of the C# member <see cref="CodePiece.Text"/>, as a literal.</summary>
    Constant,

    /// <summary>The child module the current iteration of module loop <see cref="CodePiece.Text"/> stands for.</summary>
    LoopItem,

    /// <summary>A loop over a module container: <see cref="CodePiece.Body"/> repeated per child, item <see cref="CodePiece.Text"/>.</summary>
    ModuleLoop,
}

/// <summary>A step from <c>self</c> toward a module container: a registered name, or the current child of a loop.</summary>
internal sealed record PathPart(string Name, bool IsLoopItem);

namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>
/// Where a piece of script code came from: a token of one of the class's declarations, counted from the start of
/// that declaration. Positions change with every edit above them; token indices do not change when only comments or
/// whitespace do, so a cached translation can be printed (and its diagnostics located) against any equivalent tree.
/// </summary>
/// <param name="Part">The index of the declaration among the class's user-written partial declarations.</param>
/// <param name="FirstToken">The first token of the span.</param>
/// <param name="LastToken">The last token of the span (inclusive).</param>
internal readonly record struct SourceAnchor(int Part, int FirstToken, int LastToken);

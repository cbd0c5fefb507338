using System.Collections.Immutable;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// What a class's export half holds besides positions: everything bound from its symbol, with its problems anchored to
/// tokens. It holds while the class's key holds, so an edit that moves lines (a comment) prints the half again from it
/// without binding the class.
/// </summary>
internal sealed record TranslationCore(
    TypeScopeModel Scope,
    ScriptClassKind Kind,
    string ClrName,
    string ScriptModule,
    string ScriptName,
    EquatableArray<MemberModel> Members,
    ImmutableArray<AnchoredDiagnostic> MemberErrors,
    TranslationResult Result);

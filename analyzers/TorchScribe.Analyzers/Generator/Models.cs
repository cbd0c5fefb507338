using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Printing;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Generator;

// The generator's models: strings, primitives and EquatableArray only, so unchanged classes compare equal across runs
// and their outputs stay cached.

/// <summary>Where a class is declared: namespace and containing types, each name as C# source spells it.</summary>
/// <param name="Keyword">How the type is declared: <c>class</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="QualifiedName">The class as generated code names it where a local could hide its simple name: <c>global::N.Outer&lt;T&gt;.Name</c>.</param>
internal sealed record TypeScopeModel(string? Namespace, EquatableArray<ContainerModel> Containers, string Keyword, string Name, string QualifiedName, string HintStem);

/// <summary>A type that contains the [ScriptClass] (nested types): <c>partial class Outer&lt;T&gt;</c>.</summary>
internal sealed record ContainerModel(string Keyword, string NameWithTypeParameters);

/// <summary>What user code binds against in the generated half: base class, constructor, registration, forward.</summary>
internal sealed record DeclarationModel(
    TypeScopeModel Scope,
    ScriptClassKind Kind,
    string ClrName,
    string? InferredBase,
    bool EmitConstructor,
    ForwardModel? Forward,
    EquatableArray<MemberModel> Members);

/// <summary>A [ScriptMethod] Forward that needs a TorchSharp forward override.</summary>
internal sealed record ForwardModel(string ReturnType, EquatableArray<ParameterModel> Parameters, ForwardResult Result, int TupleArity);

internal sealed record ParameterModel(string Type, string Name);

/// <summary>How the generated forward hands the result out of its dispose scope.</summary>
internal enum ForwardResult
{
    /// <summary>A single tensor: moved out (or aliased, when it is an input or a parameter).</summary>
    Tensor,

    /// <summary>A value tuple of tensors: each element moved out.</summary>
    TensorTuple,

    /// <summary>Anything else: returned as it is, without a scope.</summary>
    Other,
}

/// <summary>A field or auto-property, with what registration, device moves and export do with it.</summary>
/// <param name="AccessName">The member as generated C# reads it (with '@' where needed).</param>
/// <param name="Name">The registered name.</param>
/// <param name="CanRebind">True when the generated code can assign the member (not a get-only or init-only property).</param>
internal sealed record MemberModel(
    string AccessName,
    string Name,
    MemberRole Role,
    bool IsStatic,
    bool IsReadOnlyField,
    bool CanRebind,
    string? ScriptType);

/// <summary>The export half: the class's TorchScript, member layout and errors, written only in build outputs.</summary>
internal sealed record TranslationModel(
    TypeScopeModel Scope,
    ScriptClassKind Kind,
    string ClrName,
    string ScriptModule,
    string ScriptName,
    int FileVersion,
    EquatableArray<MemberModel> Members,
    EquatableArray<FunctionModel> Functions,
    EquatableArray<string> Errors,
    EquatableArray<string> Dependencies,
    EquatableArray<PyTorchRequirementModel> PyTorchRequirements);

/// <summary>An op the class calls that only PyTorch releases from <paramref name="Version"/> on have.</summary>
internal sealed record PyTorchRequirementModel(string Op, string Version);

/// <summary>A printed script method: its pieces of TorchScript text, constants and module loops.</summary>
internal sealed record FunctionModel(string Name, bool IsStatic, EquatableArray<CodePiece> Code);

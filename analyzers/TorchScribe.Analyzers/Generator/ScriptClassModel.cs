using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Everything the emitter needs for one [ScriptClass], as strings and primitives only, so unchanged classes compare
/// equal across generator runs and their output is cached.
/// </summary>
internal sealed record ScriptClassModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainerModel> Containers,
    string Name,
    string ClrName,
    string? InferredBase,
    bool EmitConstructor,
    ForwardModel? Forward,
    EquatableArray<MemberModel> Members,
    string QualifiedName,
    int FileVersion,
    EquatableArray<MethodModel> Methods,
    EquatableArray<string> Errors,
    EquatableArray<string> Dependencies);

/// <summary>A type that contains the [ScriptClass] (nested types): <c>partial class Outer&lt;T&gt;</c>.</summary>
internal sealed record ContainerModel(string Keyword, string NameWithTypeParameters);

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

/// <summary>A field or auto-property, with what registration and export do with it.</summary>
internal sealed record MemberModel(
    string SymbolName,
    string Name,
    MemberRole Role,
    string ClrType,
    string? ScriptType,
    bool IsStatic,
    bool IsReadOnlyField,
    bool IsAutoProperty,
    bool HasSetter);

internal sealed record MethodModel(string Name, bool IsStatic, string Source);

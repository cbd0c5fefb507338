using System.Collections.Immutable;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.IR;

/// <summary>A script method (instance) or free function (static), lowered from one C# method.</summary>
internal sealed class ScriptFunction(
    string name,
    bool isStatic,
    ImmutableArray<ScriptParameter> parameters,
    ScriptType returnType,
    ImmutableArray<ScriptStatement> body,
    SourceAnchor? origin)
{
    /// <summary>The script name (<c>forward</c> for the forward).</summary>
    public string Name { get; } = name;

    /// <summary>True for a free function; instance methods take <c>self</c> first.</summary>
    public bool IsStatic { get; } = isStatic;

    public ImmutableArray<ScriptParameter> Parameters { get; } = parameters;

    public ScriptType ReturnType { get; } = returnType;

    public ImmutableArray<ScriptStatement> Body { get; } = body;

    public SourceAnchor? Origin { get; } = origin;
}

/// <summary>A parameter, with its default value when the C# parameter has one.</summary>
internal sealed record ScriptParameter(string Name, ScriptType Type, ScriptExpression? Default);

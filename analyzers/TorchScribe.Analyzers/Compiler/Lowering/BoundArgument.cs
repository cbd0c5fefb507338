using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>An argument bound to the parameter it fills; operators and conversions bind their operands the same way.</summary>
internal readonly record struct BoundArgument(IParameterSymbol Parameter, IOperation Value, bool IsDefault);

internal static class ImmutableArgumentList
{
    public static readonly ImmutableArray<BoundArgument> Empty = ImmutableArray<BoundArgument>.Empty;

    public static ImmutableArray<BoundArgument> Of(params (IParameterSymbol Parameter, IOperation Value)[] arguments) =>
        arguments.Select(a => new BoundArgument(a.Parameter, a.Value, false)).ToImmutableArray();

    public static ImmutableArray<BoundArgument> From(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Where(a => a.Parameter is not null)
            .Select(a => new BoundArgument(a.Parameter!, a.Value, a.ArgumentKind == ArgumentKind.DefaultValue))
            .ToImmutableArray();
}

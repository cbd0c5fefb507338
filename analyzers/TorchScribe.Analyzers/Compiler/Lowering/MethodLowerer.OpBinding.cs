using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>Calls, operators, conversions and properties of TorchSharp and the BCL, bound to op-table rows.</summary>
internal sealed partial class MethodLowerer
{
    private ScriptExpression ApplyMember(IOperation operation, IMethodSymbol target, IOperation? receiver, ImmutableArray<BoundArgument> arguments)
    {
        ISymbol symbol = target.AssociatedSymbol ?? target;
        ImmutableArray<OpRow> rows = known.Ops.Find(target);
        if (rows.IsEmpty)
        {
            // Reflection and host round-trips (console, files, tensor data on the host) are the cause to report, whatever
            // their arguments hold: the whole call has to go.
            if (UnsupportedApi.IsHostOrReflection(symbol, known))
                return UnsupportedApi.ReportMember(this, operation, symbol, receiver);
            // Otherwise problems inside the receiver and arguments are the more precise cause...
            bool inner = receiver is not null && Expression(receiver).ContainsError;
            foreach (BoundArgument argument in arguments.Where(a => !a.IsDefault))
                inner |= Expression(Unconverted(argument.Value)).ContainsError;
            // ...but a numeric-library call with a torch equivalent is reported even then: its diagnostic (and fix) names it.
            bool hasEquivalent = ExternalLibraries.LibraryOf(symbol) is not null && ExternalLibraries.HasEquivalent(symbol.Name);
            return inner && !hasEquivalent ? ErrorExpression.Instance : UnsupportedApi.ReportMember(this, operation, symbol, receiver);
        }

        string? firstReason = null;
        foreach (OpRow row in rows)
        {
            string? reason = Bind(row, target, receiver, arguments, out ImmutableArray<OpArgument> bound);
            if (reason is null)
            {
                opRows.Add(row.Id);
                RequireVersion(row.FileVersion);
                return new OpCallExpression(row, bound, TypeOf(operation));
            }
            firstReason ??= reason;
        }
        return Fail(Descriptors.NoTorchScriptMapping, operation, $"This use of '{symbol.ContainingType?.Name}.{symbol.Name}' ({firstReason})", "use the supported form of the call");
    }

    /// <summary>
    /// The value inside the implicit conversions C# adds to pass it to an API that has no mapping (to object, an
    /// interface, a span): those conversions are that API's business, not a problem of their own.
    /// </summary>
    private IOperation Unconverted(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true, Type: { } target } conversion && ScriptTypeMapper.Map(target, known) is null)
            value = conversion.Operand;
        return value;
    }

    /// <summary>Binds the arguments to <paramref name="row"/>'s placeholders, or returns why the row does not apply.</summary>
    private string? Bind(OpRow row, IMethodSymbol target, IOperation? receiver, ImmutableArray<BoundArgument> arguments, out ImmutableArray<OpArgument> bound)
    {
        bound = ImmutableArray<OpArgument>.Empty;
        ImmutableArray<IParameterSymbol> parameters = target.Parameters;
        IOperation? self = receiver;
        if (target.IsExtensionMethod && receiver is null && arguments.Length > 0)
        {
            self = arguments[0].Value;
            arguments = arguments.RemoveAt(0);
            parameters = parameters.RemoveAt(0);
        }

        var byName = new Dictionary<string, BoundArgument>(StringComparer.Ordinal);
        foreach (BoundArgument argument in arguments)
            byName[argument.Parameter.Name] = argument;

        foreach (var condition in row.Conditions)
        {
            if (!byName.TryGetValue(condition.Key, out BoundArgument argument) || !ConstantMatches(argument.Value, condition.Value))
                return $"'{condition.Key}' must be {condition.Value}";
        }
        foreach (IParameterSymbol parameter in parameters)
        {
            bool consumed = row.Template.ReferencedNames.Contains(parameter.Name) || row.Conditions.Any(c => c.Key == parameter.Name);
            if (!consumed)
                return $"argument '{parameter.Name}' is not supported";
        }

        var result = ImmutableArray.CreateBuilder<OpArgument>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (OpTemplate.Segment segment in row.Template.Segments)
        {
            if (segment.Parameter is not { } name || !done.Add(name))
                continue;
            if (name == "this")
            {
                if (self is null)
                    return "no receiver";
                result.Add(new OpArgument("this", Expression(self)));
                continue;
            }
            if (!byName.TryGetValue(name, out BoundArgument argument))
                return $"no argument '{name}'";
            if (segment.Fallback is not null && IsNullLiteral(argument.Value))
            {
                // The row's fallback applies: another parameter, or the literal text of the fallback.
                result.Add(new OpArgument(name, null));
                if (byName.TryGetValue(segment.Fallback, out BoundArgument fallback) && done.Add(segment.Fallback))
                    result.Add(new OpArgument(segment.Fallback, Argument(fallback)));
                continue;
            }
            result.Add(new OpArgument(name, Argument(argument)));
        }
        bound = OrderEffects(row.Template, result.ToImmutable(), name => name == "this" ? self : byName.TryGetValue(name, out BoundArgument a) ? a.Value : null);
        return null;
    }

    /// <summary>
    /// C# evaluates a call's receiver and arguments once each, left to right. A template may not: it may name an argument
    /// twice, inside a branch, in a comprehension, or in another order (torch.where(condition, x, y) for x.where(condition,
    /// y)). That is exact only for arguments without effects; the arguments that may have effects are then marked with
    /// their place in C#'s order, and evaluated first (<see cref="OpArgument.Effect"/>).
    /// </summary>
    private static ImmutableArray<OpArgument> OrderEffects(OpTemplate template, ImmutableArray<OpArgument> bound, Func<string, IOperation?> source)
    {
        var effects = bound.Where(a => a.Value is not null && source(a.Name) is { } operation && MayHaveEffects(operation))
            .OrderBy(a => source(a.Name)!.Syntax.SpanStart)
            .ToList();
        if (effects.Count == 0)
            return bound;
        bool inOrder = effects.Select(a => template.FirstOccurrence(a.Name)).SequenceEqual(effects.Select(a => template.FirstOccurrence(a.Name)).OrderBy(i => i));
        bool exact = effects.All(a => template.Occurrences(a.Name) == 1)
            && (effects.Count == 1 ? !template.HasBranches : template.IsStraight && inOrder);
        if (exact)
            return bound;
        return bound.Select(a => effects.IndexOf(a) is int place and >= 0 ? a with { Effect = place } : a).ToImmutableArray();
    }

    /// <summary>
    /// Whether evaluating <paramref name="value"/> may have an effect (a call, an assignment, a random draw), so that
    /// evaluating it twice or out of order could change what is computed. Reads, constants, arrays of them and
    /// arithmetic on them have none.
    /// </summary>
    private static bool MayHaveEffects(IOperation value) => value switch
    {
        IConversionOperation conversion => MayHaveEffects(conversion.Operand),
        IParenthesizedOperation parenthesized => MayHaveEffects(parenthesized.Operand),
        IBinaryOperation binary => MayHaveEffects(binary.LeftOperand) || MayHaveEffects(binary.RightOperand),
        IUnaryOperation unary => MayHaveEffects(unary.Operand),
        IArrayCreationOperation array => array.DimensionSizes.Any(MayHaveEffects) || (array.Initializer?.ElementValues.Any(MayHaveEffects) ?? false),
        _ => !IsSimple(value),
    };

    /// <summary>An argument's value, converted by its C# type (enums, Scalars, arrays).</summary>
    private ScriptExpression Argument(BoundArgument argument)
    {
        IOperation value = argument.Value;
        ITypeSymbol? type = argument.Parameter.Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        if (type?.TypeKind == TypeKind.Enum && !IsIntegerCodedEnum(type))
            return StringCodedEnum(value, (INamedTypeSymbol)type);
        return Expression(value);
    }

    /// <summary>Enums libtorch takes as strings (GELU's approximate, padding modes): constants only.</summary>
    private ScriptExpression StringCodedEnum(IOperation value, INamedTypeSymbol type)
    {
        object? constant = (Unwrap(value) ?? value).ConstantValue is { HasValue: true } c ? c.Value : null;
        if (constant is not null)
        {
            IFieldSymbol? field = type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant));
            if (field is not null)
                return new LiteralExpression(field.Name.ToLowerInvariant(), ScriptType.Str);
        }
        return Fail(Descriptors.NoTorchScriptMapping, value, $"A non-constant '{type.Name}' value", "pass one of its members directly");
    }

    private static bool ConstantMatches(IOperation value, string expected)
    {
        if (expected == "null" && IsNullLiteral(value))
            return true;
        IOperation operand = value is IConversionOperation { OperatorMethod: not null } conversion ? conversion.Operand : value;
        if (!operand.ConstantValue.HasValue)
            return false;
        object? constant = operand.ConstantValue.Value;
        return expected switch
        {
            "null" => constant is null,
            "true" => constant is true,
            "false" => constant is false,
            _ => constant is not null && constant is not bool && Convert.ToString(constant, CultureInfo.InvariantCulture) == expected,
        };
    }
}

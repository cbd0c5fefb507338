using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// Uses of what the generated half of a [ScriptClass] provides: the inferred base class (its <c>training</c>, its
/// <c>forward</c> and <c>call</c>) and the forward override of a <c>[ScriptMethod] Forward</c>. The analyzers bind
/// script code in a compilation that holds the generated half; the generator, in one that does not, where these uses do
/// not bind yet. Both must lower them alike, so the rule is stated once, here: script code may read <c>training</c>,
/// and may call <c>forward</c>/<c>call</c> of a class whose base is inferred with positional arguments of exactly the
/// types of its Forward. The generator recognizes these uses from their syntax; the analyzers report any other.
/// </summary>
internal sealed partial class MethodLowerer
{
    /// <summary>A call of a module's <c>forward</c> or <c>call</c> that TorchSharp declares or TorchScribe generates.</summary>
    private ScriptExpression ForwardCall(IInvocationOperation invocation, IOperation receiver)
    {
        ScriptExpression module = Expression(receiver);
        INamedTypeSymbol? type = receiver is IInstanceReferenceOperation ? context.Type : receiver.Type as INamedTypeSymbol;
        if (type is not null && known.IsScriptClass(type) && ScriptClassShape.BaseIsInferred(type))
        {
            IMethodSymbol? forward = ScriptClassShape.Forwards(type, known).FirstOrDefault();
            var arguments = invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).ToList();
            bool exact = forward is not null && arguments.Count == forward.Parameters.Length
                && arguments.Select((a, i) => a.Syntax is ArgumentSyntax { NameColon: null } && SymbolEqualityComparer.Default.Equals(Unconverted(a.Value).Type, forward.Parameters[i].Type)).All(x => x);
            if (!exact)
            {
                return Fail(Descriptors.NoTorchScriptMapping, invocation, $"This call of the generated forward of '{type.Name}'",
                    $"pass arguments of exactly the types of {type.Name}.Forward, in order and without names, or call {type.Name}.Forward directly");
            }
            return ForwardCallOf(type, module, arguments.Select(a => Expression(Unconverted(a.Value))), receiver is IInstanceReferenceOperation, invocation);
        }
        var values = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => Expression(a.Value));
        return ForwardCallOf(type, module, values, receiver is IInstanceReferenceOperation, invocation);
    }

    private ScriptExpression ForwardCallOf(INamedTypeSymbol? type, ScriptExpression module, IEnumerable<ScriptExpression> arguments, bool self, IOperation call)
    {
        // A forward that calls its own class's forward is script code calling script code (and recursion, reported as such).
        if (self && type is not null && ScriptClassShape.Forwards(type, known).FirstOrDefault() is { } forward)
            AddCallee(forward);
        return new MethodCallExpression(module, "forward", arguments.Select(a => new ScriptArgument(null, a)).ToImmutableArray(), TypeOf(call));
    }

    /// <summary>
    /// The generator's view of the uses above: <c>training</c>, <c>x.training</c>, <c>forward(…)</c> and
    /// <c>x.forward(…)</c>/<c>x.call(…)</c> on a class whose base is inferred do not bind there yet.
    /// </summary>
    private ScriptExpression? GeneratedMemberUse(IInvalidOperation invalid)
    {
        switch (invalid.Syntax)
        {
            case IdentifierNameSyntax { Identifier.ValueText: "training" } when !method.IsStatic && InferredReceiver(null):
                return Training(new SelfExpression(ScriptType.Module));
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "training" } access when ReceiverOf(invalid, access.Expression) is { } receiver && InferredReceiver(receiver):
                return Training(Expression(receiver));
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "forward" or "call" } } call when !method.IsStatic && InferredReceiver(null):
                return RecognizedForward(invalid, call, null);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "forward" or "call" } access } call
                when ReceiverOf(invalid, access.Expression) is { } receiver && InferredReceiver(receiver):
                return RecognizedForward(invalid, call, receiver);
            default:
                return null;
        }
    }

    private ScriptExpression? RecognizedForward(IInvalidOperation invalid, InvocationExpressionSyntax call, IOperation? receiver)
    {
        INamedTypeSymbol type = receiver is null or IInstanceReferenceOperation ? context.Type : (INamedTypeSymbol)receiver.Type!;
        if (ScriptClassShape.Forwards(type, known).FirstOrDefault() is not { } forward || call.ArgumentList.Arguments.Count != forward.Parameters.Length)
            return null;
        var arguments = new List<IOperation>();
        for (int i = 0; i < call.ArgumentList.Arguments.Count; i++)
        {
            ArgumentSyntax syntax = call.ArgumentList.Arguments[i];
            IOperation? argument = invalid.ChildOperations.FirstOrDefault(c => c.Syntax == syntax.Expression);
            if (syntax.NameColon is not null || argument is null || !SymbolEqualityComparer.Default.Equals(argument.Type, forward.Parameters[i].Type))
                return null;     // not a use the rule allows: the analyzers report it
            arguments.Add(argument);
        }
        ScriptExpression module = receiver is null ? new SelfExpression(ScriptType.Module) : Expression(receiver);
        ScriptType result = ScriptTypeMapper.Map(forward.ReturnType, known) ?? ScriptType.None;
        var lowered = arguments.Select(Expression).Select(a => new ScriptArgument(null, a)).ToImmutableArray();
        if (receiver is null or IInstanceReferenceOperation)
            AddCallee(forward);
        return new MethodCallExpression(module, "forward", lowered, result);
    }

    private static AttributeExpression Training(ScriptExpression module) => new(module, "training", ScriptType.Bool);

    private static IOperation? ReceiverOf(IInvalidOperation invalid, ExpressionSyntax receiver) =>
        invalid.ChildOperations.FirstOrDefault(c => c.Syntax == receiver);

    /// <summary>True when <paramref name="receiver"/> (this class when null or <c>this</c>) is a [ScriptClass] whose base is inferred.</summary>
    private bool InferredReceiver(IOperation? receiver)
    {
        ITypeSymbol? type = receiver is null or IInstanceReferenceOperation ? context.Type : receiver.Type;
        if (receiver is IInstanceReferenceOperation && method.IsStatic)
            return false;
        return type is INamedTypeSymbol named && known.IsScriptClass(named) && ScriptClassShape.BaseIsInferred(named);
    }

    private static IOperation Unconverted(IOperation value) =>
        value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;

    /// <summary>True for members the user wrote (not TorchSharp's, not generated).</summary>
    private static bool IsUserDeclared(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0 && !GeneratedCode.IsGenerated(symbol);

    /// <summary>Source types the lowering meets: the translation depends on their declarations.</summary>
    private readonly HashSet<string> learnedNames = new(System.StringComparer.Ordinal);

    private void Learn(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                Learn(array.ElementType);
                break;
            case INamedTypeSymbol named when named.DeclaringSyntaxReferences.Length > 0 && learnedNames.Add(named.Name):
                foreach (ITypeSymbol argument in named.TypeArguments)
                    Learn(argument);
                break;
            case INamedTypeSymbol { IsGenericType: true } generic:
                foreach (ITypeSymbol argument in generic.TypeArguments)
                    Learn(argument);
                break;
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    private ScriptExpression Invocation(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        IOperation? receiver = invocation.Instance;
        ImmutableArray<BoundArgument> arguments = ImmutableArgumentList.From(invocation.Arguments);

        // A module's forward (but this class's own forward override, which is script code of this class).
        if (target.Name is "forward" or "call" && receiver is not null && known.IsModule(receiver is IInstanceReferenceOperation ? context.Type : receiver.Type)
            && !(IsUserDeclared(target) && SymbolEqualityComparer.Default.Equals(target.ContainingType.OriginalDefinition, context.Type)))
            return ForwardCall(invocation, receiver);

        if (SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, context.Type))
            return OwnMethodCall(invocation, target, receiver);

        if (target.ContainingType is { } owner && known.IsScriptClass(owner) && IsUserDeclared(target) && !target.IsOverride)
            return OtherScriptClassCall(invocation, target, receiver);

        if (target.ContainingType is { } scopeType && KnownSymbols.Is(scopeType, known.DisposeScope) && !target.ReturnsVoid)
        {
            // scope.MoveToOuter(t), scope.Detach(a, b): bookkeeping that returns its arguments.
            var values = arguments.Where(a => known.IsTensor(a.Value.Type) || a.Parameter.Type.TypeKind == TypeKind.TypeParameter).Select(a => Expression(a.Value)).ToImmutableArray();
            return values.Length == 1 ? values[0] : new CollectionExpression(values, TypeOf(invocation));
        }

        if (target.Name == "WrappedTensorDisposeScope" && KnownSymbols.Is(target.ContainingType, known.Torch) && arguments.Length == 1
            && LambdaResult(arguments[0].Value) is { } wrapped)
            return Expression(wrapped);

        if (KnownSymbols.Is(target.ContainingType, known.Enumerable))
            return Fail(Descriptors.UnsupportedConstruct, invocation, "LINQ", "use a for loop over a list, or a torch operation");

        // item<T>() is a number in script code; the C# type argument says which one, and the dtype the tensor must have.
        if (target.Name == "item" && target.TypeArguments.Length == 1 && known.IsTensor(target.ContainingType) && receiver is not null
            && ScriptTypeMapper.Map(target.TypeArguments[0], known) is { Kind: ScriptTypeKind.Int or ScriptTypeKind.Float or ScriptTypeKind.Bool } scalar
            && DtypeOfClrType(target.TypeArguments[0]) is { } dtype)
            return new BuiltinExpression(ScriptBuiltin.Item, ImmutableArray.Create(Expression(receiver), new LiteralExpression((long)dtype, ScriptType.Int)), scalar);

        return ApplyMember(invocation, target, receiver, arguments);
    }

    private ScriptExpression OwnMethodCall(IInvocationOperation invocation, IMethodSymbol target, IOperation? receiver)
    {
        ImmutableArray<BoundArgument> arguments = ImmutableArgumentList.From(invocation.Arguments);
        if (target.MethodKind != MethodKind.Ordinary)
            return ApplyMember(invocation, target, receiver, arguments);
        if (GeneratedCode.IsGenerated(target))
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The generated member '{target.Name}'", "call script methods and torch operations only");
        if (known.HasAttribute(target, known.ScriptIgnoreAttribute))
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The [ScriptIgnore] method '{target.Name}'", "remove [ScriptIgnore], or do not call it from script code");
        if (target.IsAbstract || target.IsExtern || target.IsPartialDefinition && target.PartialImplementationPart is null)
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The method '{target.Name}' without a body", "give it a body");
        if (receiver is not null && receiver is not IInstanceReferenceOperation)
            return Fail(Descriptors.UnsupportedConstruct, invocation, "Calling a method on another instance of this class", "call it on this module or on a submodule");

        AddCallee(target);
        ImmutableArray<ScriptArgument> values = ScriptArguments(invocation.Arguments, target);
        if (target.IsStatic)
            return new FunctionCallExpression(context.FunctionsModule, context.ScriptNameOf(target), values, TypeOf(invocation));
        if (method.IsStatic)
            return Fail(Descriptors.UnsupportedConstruct, invocation, $"Calling the instance method '{target.Name}' from a static method", "make the caller an instance method");
        return new MethodCallExpression(new SelfExpression(ScriptType.Module), context.ScriptNameOf(target), values, TypeOf(invocation));
    }

    private ScriptExpression OtherScriptClassCall(IInvocationOperation invocation, IMethodSymbol target, IOperation? receiver)
    {
        // Every method of a plain class, NamedTuple or module interface is script code; a module's are [ScriptMethod]s.
        bool isValueClass = ScriptClassKinds.IsValueKind(ScriptClassKinds.Of(target.ContainingType, known));
        bool isScriptMethod = isValueClass || known.HasAttribute(target, known.ScriptMethodAttribute) || ScriptClassShape.IsForward(target, known);
        if (!isScriptMethod)
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"'{target.ContainingType.Name}.{target.Name}'", $"mark it [ScriptMethod] so it becomes part of {target.ContainingType.Name}'s TorchScript");
        if (known.HasAttribute(target, known.ScriptIgnoreAttribute))
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The [ScriptIgnore] method '{target.ContainingType.Name}.{target.Name}'", "remove [ScriptIgnore], or do not call it from script code");
        AddCallee(target);
        ImmutableArray<ScriptArgument> values = ScriptArguments(invocation.Arguments, target);
        string name = ScriptClassContext.ScriptNameOf(target, known);
        if (target.IsStatic)
            return new FunctionCallExpression(ScriptClassContext.FunctionsModuleOf(target.ContainingType), name, values, TypeOf(invocation));
        return receiver is null
            ? Fail(Descriptors.UnsupportedConstruct, invocation, "This call", "call the method on a submodule")
            : new MethodCallExpression(Expression(receiver), name, values, TypeOf(invocation));
    }

    /// <summary>
    /// The arguments of a call to a script method: positional in parameter order, unless C# names some out of order;
    /// then by name, so they are evaluated in the order C# evaluates them and bound to the right parameters.
    /// </summary>
    private ImmutableArray<ScriptArgument> ScriptArguments(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol target)
    {
        ImmutableArray<string> parameterNames = ScriptParameterNames.Of(target.OriginalDefinition);
        var ordinals = arguments.Select(a => a.Parameter?.Ordinal ?? -1).ToList();
        bool inOrder = ordinals.SequenceEqual(ordinals.OrderBy(o => o));
        return arguments
            .Where(a => a.Parameter is not null)
            .Select(a => new ScriptArgument(inOrder ? null : parameterNames[a.Parameter!.Ordinal], Expression(a.Value)))
            .ToImmutableArray();
    }

    private static IOperation? LambdaResult(IOperation argument)
    {
        IOperation? operation = argument is IDelegateCreationOperation creation ? creation.Target : argument;
        if (operation is IAnonymousFunctionOperation { Symbol.Parameters.Length: 0, Body.Operations: { Length: 1 } statements }
            && statements[0] is IReturnOperation { ReturnedValue: { } value })
            return value;
        return null;
    }
}

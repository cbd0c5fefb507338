using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// TorchSharp's memory and autograd idioms: dispose scopes and <c>Dispose</c> (no meaning in script code, where every
/// value is reference counted) and <c>torch.no_grad()</c>/<c>enable_grad()</c> blocks (grad modes set and restored).
/// </summary>
internal sealed partial class MethodLowerer
{
    private readonly HashSet<ILocalSymbol> disposeScopes = new(SymbolEqualityComparer.Default);

    /// <summary>Grad modes set by enclosing blocks: the variable holding the saved mode, and the loop depth it was set at.</summary>
    private readonly Stack<(VariableExpression Saved, int LoopDepth)> gradModes = new();

    private void DisposeScopeLocal(ILocalSymbol local, IOperation? initializer)
    {
        // A dispose scope frees intermediates; in script code every value is reference counted already.
        disposeScopes.Add(local);
        if (initializer is not null && !IsDisposeScopeFactory(initializer))
            Expression(initializer);
    }

    private void Using(IUsingOperation usingStatement)
    {
        IOperation resources = usingStatement.Resources;
        IEnumerable<IOperation> body = usingStatement.Body is IBlockOperation bodyBlock ? bodyBlock.Operations : new[] { usingStatement.Body };
        bool? mode = resources is IVariableDeclarationGroupOperation group ? GradMode(group) : GradModeOf(resources);
        if (mode is not null)
        {
            GradModeBlock(mode.Value, body, usingStatement);
            return;
        }
        if (resources is IVariableDeclarationGroupOperation declarations)
        {
            foreach (IVariableDeclaratorOperation declarator in declarations.Declarations.SelectMany(d => d.Declarators))
            {
                bool allowed = known.IsTensor(declarator.Symbol.Type) || KnownSymbols.Is(declarator.Symbol.Type, known.DisposeScope);
                if (!allowed)
                {
                    Fail(Descriptors.UnsupportedConstruct, declarator, $"A using over '{declarator.Symbol.Type.ToDisplayString()}'", "use using only for tensors, dispose scopes and torch.no_grad()");
                    return;
                }
            }
            Declarations(declarations);
        }
        else if (!IsDisposeScopeFactory(resources))
        {
            Fail(Descriptors.UnsupportedConstruct, resources, $"A using over '{resources.Type?.ToDisplayString()}'", "use using only for tensors, dispose scopes and torch.no_grad()");
            return;
        }
        Statements(body);
    }

    private bool IsNoOpStatement(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        if (target.Name == "Dispose" && target.Parameters.Length == 0 && (known.IsTensor(target.ContainingType) || KnownSymbols.Is(target.ContainingType, known.DisposeScope)))
            return true;
        if (KnownSymbols.Is(target.ContainingType, known.DisposeScope))
            return target.Name is "DisposeEverything" or "DisposeEverythingBut" or "MoveToOuter" or "Detach" or "MoveToOther" or "Attach";
        return known.IsTensor(target.ContainingType) && target.Name is "MoveToOuterDisposeScope" or "DetachFromDisposeScope";
    }

    private bool IsDisposeScopeFactory(IOperation operation) =>
        Unwrap(operation) is IInvocationOperation { TargetMethod.Name: "NewDisposeScope" } invocation
        && KnownSymbols.Is(invocation.TargetMethod.ContainingType, known.Torch);

    /// <summary>The grad mode <c>using var _ = torch.no_grad()</c> (or enable_grad) sets, else null.</summary>
    private bool? GradMode(IVariableDeclarationGroupOperation group)
    {
        var declarators = group.Declarations.SelectMany(d => d.Declarators).ToList();
        if (declarators.Count != 1)
            return null;
        IOperation? initializer = declarators[0].Initializer?.Value ?? group.Declarations[0].Initializer?.Value;
        if (initializer is null)
            return null;
        bool? mode = GradModeOf(initializer);
        if (mode is not null)
            Declare(declarators[0].Symbol, declarators[0].Symbol.Name);
        return mode;
    }

    private bool? GradModeOf(IOperation operation)
    {
        if (Unwrap(operation) is not IInvocationOperation invocation || !KnownSymbols.Is(invocation.TargetMethod.ContainingType, known.Torch))
            return null;
        switch (invocation.TargetMethod.Name)
        {
            case "no_grad":
                return false;
            case "enable_grad" when invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: bool enabled }:
                return enabled;
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>using (torch.no_grad())</c>: archives cannot use <c>with torch.no_grad()</c> (only Python resolves it), so
    /// the mode is saved, set, and restored at the end and before every return, break or continue that leaves it.
    /// </summary>
    private void GradModeBlock(bool enabled, IEnumerable<IOperation> body, IOperation owner)
    {
        SourceAnchor? origin = AnchorOf(owner);
        var saved = new VariableExpression(Temporary(), ScriptType.Bool);
        Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(saved), new BuiltinExpression(ScriptBuiltin.GradEnabled, ImmutableArray<ScriptExpression>.Empty, ScriptType.Bool), null, origin));
        Emit(SetGradEnabled(new LiteralExpression(enabled, ScriptType.Bool), origin));
        gradModes.Push((saved, loops.Count));
        Statements(body);
        gradModes.Pop();
        Emit(SetGradEnabled(saved, origin));
    }

    private static ExpressionStatement SetGradEnabled(ScriptExpression value, SourceAnchor? origin) =>
        new(new BuiltinExpression(ScriptBuiltin.SetGradEnabled, ImmutableArray.Create(value), ScriptType.None), origin);

    /// <summary>Restores every grad mode set inside the current method before leaving it (return, throw).</summary>
    private void RestoreGradModes(SourceAnchor? origin)
    {
        foreach (var (saved, _) in gradModes)
            Emit(SetGradEnabled(saved, origin));
    }

    /// <summary>Restores the grad modes set inside the innermost loop before break or continue leaves them.</summary>
    private void RestoreGradModesInLoop(SourceAnchor? origin)
    {
        foreach (var (saved, depth) in gradModes)
        {
            if (depth < loops.Count)
                break;
            Emit(SetGradEnabled(saved, origin));
        }
    }
}

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
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    private readonly Stack<Loop> loops = new();

    /// <summary>Loop variables of unrolled module loops: each stands for the current child.</summary>
    private readonly Dictionary<ILocalSymbol, string> moduleItems = new(SymbolEqualityComparer.Default);

    private void While(IWhileLoopOperation loop)
    {
        SourceAnchor? origin = AnchorOf(loop);
        if (loop.ConditionIsUntil)
        {
            Fail(Descriptors.UnsupportedConstruct, loop, "An until loop", "use while");
            return;
        }
        if (loop.Condition is not null)
            ReportTensorBranches(loop.Condition);
        loops.Push(new Loop(loop, ImmutableArray<IOperation>.Empty));
        if (loop.ConditionIsTop || loop.Condition is null)
        {
            ScriptExpression condition = loop.Condition is null ? new LiteralExpression(true, ScriptType.Bool) : Expression(loop.Condition);
            Emit(new WhileStatement(condition, NestedBlock(loop.Body), origin));
        }
        else
        {
            // do { body } while (c): a loop that tests at its end; a continue would skip the test, so it is rejected.
            if (HasBranch(loop.Body, BranchKind.Continue, loop))
                Fail(Descriptors.UnsupportedConstruct, loop, "continue inside do-while", "use a while loop");
            IOperation condition = loop.Condition;
            ImmutableArray<ScriptStatement> body = Block(() =>
            {
                Statements(loop.Body is IBlockOperation block ? block.Operations : new[] { loop.Body });
                ScriptExpression test = Expression(condition);
                Emit(new IfStatement(Operator(ScriptOperator.Not, ScriptType.Bool, test),
                    ImmutableArray.Create<ScriptStatement>(new JumpStatement(isBreak: true, AnchorOf(condition))), null, AnchorOf(condition)));
            });
            Emit(new WhileStatement(new LiteralExpression(true, ScriptType.Bool), body, origin));
        }
        loops.Pop();
    }

    private void For(IForLoopOperation loop)
    {
        SourceAnchor? origin = AnchorOf(loop);
        if (loop.Condition is not null)
            ReportTensorBranches(loop.Condition);
        if (RangeLoop(loop) is { } range)
        {
            CountingLoop(loop, range.Variable, range.Start, range.Stop, range.Step, origin);
            return;
        }

        // General form: before; while condition: body; increments. A continue runs the increments first.
        foreach (IOperation before in loop.Before)
            Statement(before);
        ScriptExpression condition = loop.Condition is null ? new LiteralExpression(true, ScriptType.Bool) : Expression(loop.Condition);
        loops.Push(new Loop(loop, loop.AtLoopBottom));
        ImmutableArray<ScriptStatement> body = Block(() =>
        {
            if (loop.Body is IBlockOperation block)
                Statements(block.Operations);
            else
                Statement(loop.Body);
            foreach (IOperation bottom in loop.AtLoopBottom)
                Statement(bottom);
        });
        loops.Pop();
        Emit(new WhileStatement(condition, body, origin));
    }

    /// <summary>A loop of <paramref name="variable"/> from <paramref name="start"/> up to (not including) <paramref name="stop"/>.</summary>
    private void CountingLoop(ILoopOperation loop, string variable, ScriptExpression start, ScriptExpression stop, long step, SourceAnchor? origin)
    {
        loops.Push(new Loop(loop, ImmutableArray<IOperation>.Empty));
        Emit(new ForRangeStatement(variable, Temporary(), start, stop, step, NestedBlock(loop.Body), origin));
        loops.Pop();
    }

    private void ForEach(IForEachLoopOperation loop)
    {
        SourceAnchor? origin = AnchorOf(loop);
        IOperation collection = Unwrap(loop.Collection) ?? loop.Collection;
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation declarator)
        {
            Fail(Descriptors.UnsupportedConstruct, loop.LoopControlVariable, "Deconstruction in foreach", "index the tuple inside the loop body");
            return;
        }
        ILocalSymbol variable = declarator.Symbol;

        if (known.IsModule(collection.Type))
        {
            ModuleLoop(loop, collection, variable, origin);
            return;
        }

        ScriptExpression iterable;
        if (collection is IInvocationOperation { TargetMethod.Name: "Range" } range && KnownSymbols.Is(range.TargetMethod.ContainingType, known.Enumerable))
        {
            ScriptExpression start = Expression(range.Arguments[0].Value);
            ScriptExpression count = Expression(range.Arguments[1].Value);
            if (!IsSimple(range.Arguments[0].Value))
            {
                var first = new VariableExpression(Temporary(), ScriptType.Int);
                Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(first), start, null, origin));
                start = first;
            }
            CountingLoop(loop, Declare(variable, variable.Name), start, Operator(ScriptOperator.Add, ScriptType.Int, start, count), 1, origin);
            return;
        }
        else if (ScriptTypeMapper.Map(collection.Type, known) is { Kind: ScriptTypeKind.List })
        {
            iterable = Expression(collection);
        }
        else
        {
            Fail(Descriptors.UnsupportedConstruct, collection, $"foreach over '{collection.Type?.ToDisplayString() ?? "this collection"}'", "iterate a ModuleList field, an array or a list, or Enumerable.Range");
            return;
        }
        string name = Declare(variable, variable.Name);
        loops.Push(new Loop(loop, ImmutableArray<IOperation>.Empty));
        Emit(new ForEachStatement(name, Temporary(), Temporary(), iterable, NestedBlock(loop.Body), origin));
        loops.Pop();
    }

    /// <summary>
    /// <c>foreach (var layer in layers)</c> over a ModuleList or Sequential: archived TorchScript cannot iterate modules,
    /// so the body is repeated once per child of each exported instance.
    /// </summary>
    private void ModuleLoop(IForEachLoopOperation loop, IOperation collection, ILocalSymbol variable, SourceAnchor? origin)
    {
        bool container = known.IsIterableContainer(collection.Type);
        bool member = collection is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false };
        if (!container || !member)
        {
            Fail(Descriptors.UnsupportedConstruct, collection, "foreach over this module", "iterate a ModuleList or Sequential field");
            return;
        }
        if (HasBranch(loop.Body, BranchKind.Break, loop) || HasBranch(loop.Body, BranchKind.Continue, loop))
            Fail(Descriptors.UnsupportedConstruct, loop, "break or continue in a loop over modules", "the loop is unrolled at export; use if/else inside it");
        ScriptExpression containerExpression = Expression(collection);
        string item = Declare(variable, variable.Name);
        moduleItems[variable] = item;
        Emit(new ModuleLoopStatement(item, containerExpression, NestedBlock(loop.Body), origin));
    }

    private void Branch(IBranchOperation branch)
    {
        SourceAnchor? origin = AnchorOf(branch);
        switch (branch.BranchKind)
        {
            case BranchKind.Break:
                RestoreGradModesInLoop(origin);
                Emit(new JumpStatement(isBreak: true, origin));
                return;
            case BranchKind.Continue:
                // A for-loop lowered to a while must run its increment before continuing.
                Loop? target = loops.FirstOrDefault(l => l.Operation is ILoopOperation loop && SymbolEqualityComparer.Default.Equals(loop.ContinueLabel, branch.Target));
                RestoreGradModesInLoop(origin);
                foreach (IOperation first in target?.BeforeContinue ?? ImmutableArray<IOperation>.Empty)
                    Statement(first);
                Emit(new JumpStatement(isBreak: false, origin));
                return;
            default:
                Fail(Descriptors.UnsupportedConstruct, branch, "goto", "use structured loops and if/else");
                return;
        }
    }

    /// <summary>A <c>for (int i = a; i &lt; b; i++)</c> loop with a loop-invariant bound, as range arguments.</summary>
    private (string Variable, ScriptExpression Start, ScriptExpression Stop, long Step)? RangeLoop(IForLoopOperation loop)
    {
        if (loop.Before.Length != 1 || loop.Before[0] is not IVariableDeclarationGroupOperation group
            || group.Declarations.Length != 1 || group.Declarations[0].Declarators.Length != 1)
            return null;
        IVariableDeclaratorOperation declarator = group.Declarations[0].Declarators[0];
        ILocalSymbol variable = declarator.Symbol;
        IOperation? initial = declarator.Initializer?.Value ?? group.Declarations[0].Initializer?.Value;
        if (initial is null || variable.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
            return null;
        // The comparison must be on integers of the variable's own type: `i < 2.5` compares doubles.
        if (loop.Condition is not IBinaryOperation { OperatorMethod: null } condition
            || condition.LeftOperand is not ILocalReferenceOperation { } left
            || !SymbolEqualityComparer.Default.Equals(left.Local, variable)
            || condition.RightOperand.Type?.SpecialType != variable.Type.SpecialType)
            return null;
        if (loop.AtLoopBottom.Length != 1 || StepOf(loop.AtLoopBottom[0], variable) is not long step || step == 0)
            return null;

        var written = WrittenSymbols(loop.Body);
        foreach (IOperation bottom in loop.AtLoopBottom)
            written.UnionWith(WrittenSymbols(bottom));
        written.Remove(variable);
        if (WrittenSymbols(loop.Body).Contains(variable) || !IsInvariant(condition.RightOperand, written, loop.Body))
            return null;
        bool ascending = step > 0;
        int adjustment = (condition.OperatorKind, ascending) switch
        {
            (BinaryOperatorKind.LessThan, true) => 0,
            (BinaryOperatorKind.LessThanOrEqual, true) => 1,
            (BinaryOperatorKind.GreaterThan, false) => 0,
            (BinaryOperatorKind.GreaterThanOrEqual, false) => -1,
            _ => 2,
        };
        if (adjustment == 2)
            return null;
        // C#'s counter wraps around where range() would stop: only a bound the counter cannot step past is a range.
        if (!CannotWrap(condition.RightOperand.ConstantValue, step, adjustment, variable.Type.SpecialType == SpecialType.System_Int32))
            return null;

        ScriptExpression start = Expression(initial);
        ScriptExpression stop = Expression(condition.RightOperand);
        if (adjustment != 0)
            stop = Operator(adjustment > 0 ? ScriptOperator.Add : ScriptOperator.Subtract, ScriptType.Int, stop, new LiteralExpression(1L, ScriptType.Int));
        return (Declare(variable, variable.Name), start, stop, step);
    }

    /// <summary>
    /// True when a loop counter stepping by <paramref name="step"/> toward <paramref name="bound"/> stops before it
    /// would wrap around: a strict comparison with a step of ±1 stops at the bound; anything else needs a constant
    /// bound at least a step away from the type's limits.
    /// </summary>
    private static bool CannotWrap(Optional<object?> bound, long step, int adjustment, bool is32Bit)
    {
        if (adjustment == 0 && (step == 1 || step == -1))
            return true;
        if (!bound.HasValue || bound.Value is null)
            return false;
        long value = System.Convert.ToInt64(bound.Value, System.Globalization.CultureInfo.InvariantCulture);
        long max = is32Bit ? int.MaxValue : long.MaxValue;
        long min = is32Bit ? int.MinValue : long.MinValue;
        return step > 0 ? value <= max - step : value >= min - step;
    }

    private static long? StepOf(IOperation bottom, ILocalSymbol variable)
    {
        IOperation operation = bottom is IExpressionStatementOperation statement ? statement.Operation : bottom;
        switch (operation)
        {
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation local } increment when SymbolEqualityComparer.Default.Equals(local.Local, variable):
                return increment.Kind == OperationKind.Increment ? 1 : -1;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation local, Value.ConstantValue: { HasValue: true, Value: { } value } } compound
                when SymbolEqualityComparer.Default.Equals(local.Local, variable) && compound.OperatorMethod is null:
                long amount = System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                return compound.OperatorKind switch
                {
                    BinaryOperatorKind.Add => amount,
                    BinaryOperatorKind.Subtract => -amount,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>Locals and parameters assigned anywhere inside <paramref name="root"/>.</summary>
    private static HashSet<ISymbol> WrittenSymbols(IOperation root)
    {
        var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            IOperation? target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: not RefKind.None } argument => argument.Value,
                _ => null,
            };
            switch (target)
            {
                case ILocalReferenceOperation local:
                    written.Add(local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    written.Add(parameter.Parameter);
                    break;
                case ITupleOperation tuple:
                    foreach (IOperation element in tuple.Elements.SelectMany(e => e.DescendantsAndSelf()))
                    {
                        if (element is ILocalReferenceOperation l) written.Add(l.Local);
                        if (element is IParameterReferenceOperation p) written.Add(p.Parameter);
                    }
                    break;
            }
            if (operation is IVariableDeclaratorOperation declarator)
                written.Add(declarator.Symbol);
        }
        return written;
    }

    /// <summary>
    /// True when evaluating <paramref name="bound"/> once gives the same value as evaluating it before every
    /// iteration: constants, reads of locals the loop does not write, fields, and sizes of such values.
    /// </summary>
    private bool IsInvariant(IOperation bound, HashSet<ISymbol> written, IOperation body)
    {
        foreach (IOperation operation in bound.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILocalReferenceOperation local when written.Contains(local.Local):
                case IParameterReferenceOperation parameter when written.Contains(parameter.Parameter):
                    return false;
                case IInvocationOperation invocation when !(IsTensorSize(invocation.TargetMethod) && !ChangesShapes(body)):
                    return false;
                case IPropertyReferenceOperation { Property.Name: "shape" or "Length" } property when known.IsTensor(property.Property.ContainingType) && !ChangesShapes(body):
                    break;
                case IPropertyReferenceOperation { Property.Name: "Count" or "Length" } count when !ChangesLists(body):
                    break;
                case IPropertyReferenceOperation:
                    return false;
                case IFieldReferenceOperation field when !field.Field.IsReadOnly && !field.Field.IsConst && context.MemberOf(field.Field)?.Role != MemberRole.Constant:
                    return false;
            }
        }
        return true;
    }

    private bool IsTensorSize(IMethodSymbol method) => method.Name == "size" && known.IsTensor(method.ContainingType);

    /// <summary>True when <paramref name="body"/> calls an in-place op that can change a tensor's shape.</summary>
    private bool ChangesShapes(IOperation body) => body.DescendantsAndSelf().OfType<IInvocationOperation>().Any(i =>
        known.IsTensor(i.TargetMethod.ContainingType) && i.TargetMethod.Name is "resize_" or "unsqueeze_" or "squeeze_" or "t_" or "transpose_" or "swapaxes_" or "swapdims_" or "as_strided_" or "set_");

    /// <summary>True when <paramref name="body"/> adds to or removes from a list or dictionary.</summary>
    private static bool ChangesLists(IOperation body) => body.DescendantsAndSelf().OfType<IInvocationOperation>().Any(i =>
        i.TargetMethod.Name is "Add" or "AddRange" or "Insert" or "InsertRange" or "Remove" or "RemoveAt" or "RemoveRange" or "RemoveAll" or "Clear" or "TryAdd");

    /// <summary>An enclosing loop and what a continue must run first (a lowered for-loop's increments).</summary>
    private sealed class Loop(IOperation operation, ImmutableArray<IOperation> beforeContinue)
    {
        public IOperation Operation { get; } = operation;

        public ImmutableArray<IOperation> BeforeContinue { get; } = beforeContinue;
    }
}

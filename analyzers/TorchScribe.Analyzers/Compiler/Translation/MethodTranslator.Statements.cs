using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Translation;

internal sealed partial class MethodTranslator
{
    private void Statements(IEnumerable<IOperation> statements)
    {
        var list = statements.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            // `using var _ = torch.no_grad();` governs the rest of the block: it becomes a `with` around it.
            if (list[i] is IUsingDeclarationOperation usingDeclaration && GradMode(usingDeclaration.DeclarationGroup) is { } gradMode)
            {
                GradModeBlock(gradMode, list.Skip(i + 1), Origin(usingDeclaration.Syntax));
                return;
            }
            Statement(list[i]);
        }
    }

    /// <summary>Writes a nested block; an empty one becomes <c>pass</c>.</summary>
    private void Block(IOperation? operation)
    {
        writer.Push();
        int start = writer.Length;
        if (operation is IBlockOperation block)
            Statements(block.Operations);
        else if (operation is not null)
            Statement(operation);
        if (writer.Length == start)
            writer.Line("pass");
        writer.Pop();
    }

    private void Statement(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string? origin = Origin(operation.Syntax);
        switch (operation)
        {
            case IBlockOperation block:
                Statements(block.Operations);
                break;
            case IVariableDeclarationGroupOperation group:
                Declarations(group, origin);
                break;
            case IUsingDeclarationOperation usingDeclaration:
                Declarations(usingDeclaration.DeclarationGroup, origin);
                break;
            case IExpressionStatementOperation expression:
                ExpressionStatement(expression.Operation, origin);
                break;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                Return(ret, origin);
                break;
            case IReturnOperation yield:
                Fail(Descriptors.UnsupportedConstruct, yield, "An iterator (yield)", "return a list or a tuple");
                break;
            case IConditionalOperation conditional:
                If(conditional, "if");
                break;
            case IForLoopOperation forLoop:
                For(forLoop, origin);
                break;
            case IForEachLoopOperation forEach:
                ForEach(forEach, origin);
                break;
            case IWhileLoopOperation whileLoop:
                While(whileLoop, origin);
                break;
            case IBranchOperation branch:
                Branch(branch, origin);
                break;
            case IThrowOperation thrown:
                Throw(thrown, origin);
                break;
            case IUsingOperation usingStatement:
                Using(usingStatement, origin);
                break;
            case ISwitchOperation switchStatement:
                Switch(switchStatement, origin);
                break;
            case IEmptyOperation:
                break;
            case IInvalidOperation:
                hasInvalidCode = true;
                break;
            case ITryOperation:
                Fail(Descriptors.UnsupportedConstruct, operation, "try/catch/finally", "let errors propagate; validate inputs with if + throw");
                break;
            case ILocalFunctionOperation:
                Fail(Descriptors.UnsupportedConstruct, operation, "A local function", "make it a private method of the class");
                break;
            case ILockOperation:
                Fail(Descriptors.UnsupportedConstruct, operation, "lock", "remove the lock: TorchScript methods have no monitors");
                break;
            case ILabeledOperation labeled:
                Location label = operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.LabeledStatementSyntax labeledSyntax
                    ? labeledSyntax.Identifier.GetLocation()
                    : operation.Syntax.GetLocation();
                Report(Descriptors.UnsupportedConstruct, label, "A label (goto target)", "use structured loops and if/else");
                if (labeled.Operation is not null)
                    Statement(labeled.Operation);
                break;
            default:
                Unsupported(operation);
                break;
        }
    }

    private void ExpressionStatement(IOperation expression, string? origin)
    {
        switch (expression)
        {
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, () => Expr(assignment.Value), origin);
                return;
            case ICompoundAssignmentOperation compound:
                Assign(compound.Target, () => Binary(compound, compound.OperatorKind, compound.Target, compound.Value, compound.OperatorMethod), origin);
                return;
            case IIncrementOrDecrementOperation increment:
                Assign(increment.Target, () => Step(increment), origin);
                return;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction, origin);
                return;
            case IThrowOperation thrown:
                Throw(thrown, origin);
                return;
            case IInvocationOperation invocation when IsNoOpStatement(invocation):
                // Disposal and scope bookkeeping have no TorchScript meaning; the arguments are still checked.
                foreach (IArgumentOperation argument in invocation.Arguments)
                    Expr(argument.Value);
                return;
        }
        string text = Expr(expression);
        writer.Line(text, origin);
    }

    private void Declarations(IVariableDeclarationGroupOperation group, string? origin)
    {
        foreach (IVariableDeclarationOperation declaration in group.Declarations)
        {
            foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                Declarator(declarator, declarator.Initializer?.Value ?? declaration.Initializer?.Value, origin);
        }
    }

    private void Declarator(IVariableDeclaratorOperation declarator, IOperation? initializer, string? origin)
    {
        ILocalSymbol local = declarator.Symbol;
        if (local.IsRef)
        {
            Fail(Descriptors.UnsupportedConstruct, declarator, "A ref local", "use a plain local");
            return;
        }
        if (KnownSymbols.Is(local.Type, known.DisposeScope))
        {
            // A dispose scope frees intermediates; in TorchScript every value is reference counted already.
            disposeScopes.Add(local);
            if (initializer is not null && !IsDisposeScopeFactory(initializer))
                Expr(initializer);
            return;
        }
        string name = Declare(local, local.Name);
        Location typeLocation = declarator.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclarationSyntax declaration
            ? declaration.Type.GetLocation()
            : declarator.Syntax.GetLocation();
        if (local.Type.TypeKind == TypeKind.Dynamic)
        {
            Report(Descriptors.Dynamic, typeLocation, local.Name);
            return;
        }
        string? value = initializer is null ? null : Expr(initializer);
        if (value is not null && IsFailed(value))
            return;     // the initializer's diagnostic says it all; the local's type would only repeat it

        // `var` locals are always nullable-annotated in C#; their TorchScript type follows the initializer.
        ITypeSymbol declaredType = IsVar(declarator) && initializer?.Type is { } inferred ? inferred : local.Type;
        string? type = known.IsModule(declaredType) ? null : TypeOrReport(declaredType, typeLocation, $"local '{local.Name}'");
        bool optional = type is not null && type.StartsWith("Optional[", System.StringComparison.Ordinal);
        if (value is null)
        {
            // C# definite assignment guarantees a later assignment; an Optional needs its type declared up front.
            if (optional)
                writer.Line($"{name}: {type} = None", origin);
            return;
        }
        writer.Line(optional || IsNullLiteral(initializer!) ? $"{name}: {type} = {value}" : $"{name} = {value}", origin);
    }

    private static bool IsVar(IVariableDeclaratorOperation declarator) =>
        declarator.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclarationSyntax { Type.IsVar: true };

    private void Assign(IOperation target, System.Func<string> value, string? origin)
    {
        switch (target)
        {
            case ILocalReferenceOperation local when local.Local.IsRef:
                Fail(Descriptors.UnsupportedConstruct, target, "Assigning through a ref local", "use a plain local");
                return;
            case IDiscardOperation:
                writer.Line(value(), origin);
                return;
            case IFieldReferenceOperation field when context.MemberOf(field.Field) is { } member:
                if (member.Role is MemberRole.Constant or MemberRole.Submodule or MemberRole.Ignored)
                {
                    Fail(Descriptors.UnsupportedConstruct, target, $"Assigning {member.Role.ToString().ToLowerInvariant()} '{member.Name}' in script code", "assign it in the constructor");
                    return;
                }
                break;
        }
        string left = Expr(target);
        string right = value();
        writer.Line($"{left} = {right}", origin);
    }

    private void Deconstruct(IDeconstructionAssignmentOperation deconstruction, string? origin)
    {
        IOperation target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is not ITupleOperation tuple)
        {
            Fail(Descriptors.UnsupportedConstruct, deconstruction, "This deconstruction", "deconstruct into a tuple of locals");
            return;
        }
        var parts = new List<string>();
        foreach (IOperation element in tuple.Elements)
        {
            parts.Add(element switch
            {
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => Declare(local.Local, local.Local.Name),
                ILocalReferenceOperation local => NameOf(local.Local),
                IDiscardOperation => Temporary(),
                _ => Expr(element),
            });
        }
        writer.Line($"{string.Join(", ", parts)} = {Expr(deconstruction.Value)}", origin);
    }

    private void Throw(IThrowOperation thrown, string? origin)
    {
        IOperation? exception = Unwrap(thrown.Exception);
        if (exception is not IObjectCreationOperation creation || creation.Arguments.Length > 1
            || (creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String)
            || creation.Initializer is not null)
        {
            Fail(Descriptors.UnsupportedConstruct, thrown, "This throw", "throw a new exception with a message string, e.g. throw new ArgumentException(\"...\")");
            return;
        }
        string python = creation.Type?.Name switch
        {
            "ArgumentException" or "ArgumentOutOfRangeException" or "ArgumentNullException" => "ValueError",
            "IndexOutOfRangeException" => "IndexError",
            "KeyNotFoundException" => "KeyError",
            "NotImplementedException" => "NotImplementedError",
            "InvalidOperationException" or "NotSupportedException" => "RuntimeError",
            _ => "Exception",
        };
        string message = creation.Arguments.Length == 1 ? Expr(creation.Arguments[0].Value) : "\"\"";
        RestoreGradModes(origin);
        // Archives cannot name Python's exception classes; libtorch writes raise as this op. The assert that follows
        // never runs: it tells the TorchScript compiler that this path ends here.
        writer.Line($"ops.prim.RaiseException({message}, \"builtins.{python}\")", origin);
        writer.Line("assert False");
    }

    private void If(IConditionalOperation conditional, string keyword)
    {
        ReportTensorBranches(conditional.Condition);
        writer.Line($"{keyword} {Expr(conditional.Condition)}:", Origin(conditional.Condition.Syntax));
        Block(conditional.WhenTrue);
        switch (conditional.WhenFalse)
        {
            case null:
                break;
            case IConditionalOperation elseIf when !elseIf.IsImplicit:
                If(elseIf, "elif");
                break;
            case IOperation otherwise:
                writer.Line("else:");
                Block(otherwise);
                break;
        }
    }

    private void While(IWhileLoopOperation loop, string? origin)
    {
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
            writer.Line($"while {(loop.Condition is null ? "True" : Expr(loop.Condition))}:", origin);
            Block(loop.Body);
        }
        else
        {
            // do { body } while (c): TorchScript has no do-while; a continue would skip the test, so reject it.
            if (HasBranch(loop.Body, BranchKind.Continue, loop))
                Fail(Descriptors.UnsupportedConstruct, loop, "continue inside do-while", "use a while loop");
            writer.Line("while True:", origin);
            writer.Push();
            Statements(loop.Body is IBlockOperation block ? block.Operations : new[] { loop.Body });
            writer.Line($"if not {Parenthesize(Expr(loop.Condition))}:", Origin(loop.Condition.Syntax));
            writer.Push();
            writer.Line("break");
            writer.Pop();
            writer.Pop();
        }
        loops.Pop();
    }

    private void For(IForLoopOperation loop, string? origin)
    {
        if (loop.Condition is not null)
            ReportTensorBranches(loop.Condition);
        if (RangeLoop(loop) is { } range)
        {
            writer.Line($"for {range.Variable} in range({range.Arguments}):", origin);
            loops.Push(new Loop(loop, ImmutableArray<IOperation>.Empty));
            Block(loop.Body);
            loops.Pop();
            return;
        }

        // General form: before; while condition: body; increments. A continue runs the increments first.
        foreach (IOperation before in loop.Before)
            Statement(before);
        writer.Line($"while {(loop.Condition is null ? "True" : Expr(loop.Condition))}:", origin);
        loops.Push(new Loop(loop, loop.AtLoopBottom));
        writer.Push();
        int start = writer.Length;
        if (loop.Body is IBlockOperation body)
            Statements(body.Operations);
        else
            Statement(loop.Body);
        foreach (IOperation bottom in loop.AtLoopBottom)
            Statement(bottom);
        if (writer.Length == start)
            writer.Line("pass");
        writer.Pop();
        loops.Pop();
    }

    private void ForEach(IForEachLoopOperation loop, string? origin)
    {
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

        string iterable;
        if (collection is IInvocationOperation { TargetMethod: { Name: "Range", ContainingType.Name: "Enumerable" } } range
            && range.TargetMethod.ContainingType.ContainingNamespace.ToDisplayString() == "System.Linq")
        {
            string start = Expr(range.Arguments[0].Value);
            string count = Expr(range.Arguments[1].Value);
            if (!IsSimple(range.Arguments[0].Value))
            {
                string first = Temporary();
                writer.Line($"{first} = {start}", origin);
                start = first;
            }
            iterable = $"range({start}, {start} + {count})";
        }
        else if (ScriptTypes.Map(collection.Type, known) is { } mapped && mapped.StartsWith("List[", System.StringComparison.Ordinal))
        {
            iterable = Expr(collection);
        }
        else
        {
            Fail(Descriptors.UnsupportedConstruct, collection, $"foreach over '{collection.Type?.ToDisplayString() ?? "this collection"}'", "iterate a ModuleList field, an array or a list, or Enumerable.Range");
            return;
        }
        string name = Declare(variable, variable.Name);
        writer.Line($"for {name} in {iterable}:", origin);
        loops.Push(new Loop(loop, ImmutableArray<IOperation>.Empty));
        Block(loop.Body);
        loops.Pop();
    }

    /// <summary>
    /// <c>foreach (var layer in layers)</c> over a ModuleList or Sequential field: TorchScript loaded from an archive
    /// cannot iterate modules, so the body becomes a block the exporter repeats once per child.
    /// </summary>
    private void ModuleLoop(IForEachLoopOperation loop, IOperation collection, ILocalSymbol variable, string? origin)
    {
        bool container = KnownSymbols.Is(collection.Type, known.ModuleList) || KnownSymbols.Is(collection.Type, known.Sequential);
        bool field = collection is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false };
        if (!container || !field)
        {
            Fail(Descriptors.UnsupportedConstruct, collection, "foreach over this module", "iterate a ModuleList field of this module");
            return;
        }
        if (HasBranch(loop.Body, BranchKind.Break, loop) || HasBranch(loop.Body, BranchKind.Continue, loop))
            Fail(Descriptors.UnsupportedConstruct, loop, "break or continue in a loop over modules", "the loop is unrolled at export; use if/else inside it");
        string item = ScriptSyntax.SafeIdentifier(variable.Name);
        names[variable] = ScriptSyntax.ItemHole(item);
        writer.Line(ScriptSyntax.RepeatStart(item, Expr(collection)), origin);
        Block(loop.Body);
        writer.Line(ScriptSyntax.RepeatEnd);
    }

    private void Branch(IBranchOperation branch, string? origin)
    {
        switch (branch.BranchKind)
        {
            case BranchKind.Break:
                RestoreGradModesInLoop(origin);
                writer.Line("break", origin);
                return;
            case BranchKind.Continue:
                // A for-loop lowered to a while must run its increment before continuing.
                Loop? target = loops.FirstOrDefault(l => l.Operation is ILoopOperation loop && SymbolEqualityComparer.Default.Equals(loop.ContinueLabel, branch.Target));
                RestoreGradModesInLoop(origin);
                foreach (IOperation first in target?.BeforeContinue ?? ImmutableArray<IOperation>.Empty)
                    Statement(first);
                writer.Line("continue", origin);
                return;
            default:
                Fail(Descriptors.UnsupportedConstruct, branch, "goto", "use structured loops and if/else");
                return;
        }
    }

    /// <summary>Restores the grad modes set inside the innermost loop before break or continue leaves them.</summary>
    private void RestoreGradModesInLoop(string? origin)
    {
        foreach (var (saved, depth) in gradModes)
        {
            if (depth < loops.Count)
                break;
            writer.Line($"torch.set_grad_enabled({saved})", origin);
        }
    }

    private void Using(IUsingOperation usingStatement, string? origin)
    {
        IOperation resources = usingStatement.Resources;
        bool? mode = resources is IVariableDeclarationGroupOperation group ? GradMode(group) : GradModeOf(resources);
        if (mode is not null)
        {
            GradModeBlock(mode.Value, usingStatement.Body is IBlockOperation bodyBlock ? bodyBlock.Operations : new[] { usingStatement.Body }, origin);
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
            Declarations(declarations, origin);
        }
        else if (!IsDisposeScopeFactory(resources))
        {
            Fail(Descriptors.UnsupportedConstruct, resources, $"A using over '{resources.Type?.ToDisplayString()}'", "use using only for tensors, dispose scopes and torch.no_grad()");
            return;
        }
        Statements(usingStatement.Body is IBlockOperation block ? block.Operations : new[] { usingStatement.Body });
    }

    private void Switch(ISwitchOperation switchStatement, string? origin)
    {
        ReportTensorBranches(switchStatement.Value);
        string value = Expr(switchStatement.Value);
        if (!IsSimple(switchStatement.Value))
        {
            string temporary = Temporary();
            writer.Line($"{temporary} = {value}", origin);
            value = temporary;
        }
        string keyword = "if";
        ISwitchCaseOperation? defaultCase = null;
        foreach (ISwitchCaseOperation section in switchStatement.Cases)
        {
            var tests = new List<string>();
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        defaultCase = section;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        tests.Add($"{value} == {Expr(single.Value)}");
                        break;
                    default:
                        Fail(Descriptors.UnsupportedConstruct, clause, "A pattern case", "use constant case labels or if/else");
                        return;
                }
            }
            if (tests.Count == 0)
                continue;
            writer.Line($"{keyword} {string.Join(" or ", tests)}:", Origin(section.Syntax));
            SwitchSection(section, switchStatement);
            keyword = "elif";
        }
        if (defaultCase is not null)
        {
            if (keyword == "if")
            {
                writer.Line("if True:", Origin(defaultCase.Syntax));
            }
            else
            {
                writer.Line("else:", Origin(defaultCase.Syntax));
            }
            SwitchSection(defaultCase, switchStatement);
        }
    }

    private void SwitchSection(ISwitchCaseOperation section, ISwitchOperation owner)
    {
        var body = section.Body.ToList();
        if (body.Count > 0 && body[body.Count - 1] is IBranchOperation { BranchKind: BranchKind.Break })
            body.RemoveAt(body.Count - 1);
        foreach (IOperation statement in body)
        {
            if (HasBranch(statement, BranchKind.Break, owner))
                Fail(Descriptors.UnsupportedConstruct, statement, "break out of the middle of a switch section", "restructure the section with if/else");
        }
        writer.Push();
        int start = writer.Length;
        Statements(body);
        if (writer.Length == start)
            writer.Line("pass");
        writer.Pop();
    }

    /// <summary>True when <paramref name="root"/> contains a break/continue aimed at <paramref name="owner"/>.</summary>
    private static bool HasBranch(IOperation root, BranchKind kind, IOperation owner)
    {
        ILabelSymbol? label = owner switch
        {
            ILoopOperation loop => kind == BranchKind.Break ? loop.ExitLabel : loop.ContinueLabel,
            ISwitchOperation switchOperation => switchOperation.ExitLabel,
            _ => null,
        };
        return root.DescendantsAndSelf().OfType<IBranchOperation>()
            .Any(b => b.BranchKind == kind && SymbolEqualityComparer.Default.Equals(b.Target, label));
    }

    /// <summary>A <c>for (int i = a; i &lt; b; i++)</c> loop with a loop-invariant bound, as range arguments.</summary>
    private (string Variable, string Arguments)? RangeLoop(IForLoopOperation loop)
    {
        if (loop.Before.Length != 1 || loop.Before[0] is not IVariableDeclarationGroupOperation group
            || group.Declarations.Length != 1 || group.Declarations[0].Declarators.Length != 1)
            return null;
        IVariableDeclaratorOperation declarator = group.Declarations[0].Declarators[0];
        ILocalSymbol variable = declarator.Symbol;
        IOperation? initial = declarator.Initializer?.Value ?? group.Declarations[0].Initializer?.Value;
        if (initial is null || !ScriptTypes.IsInteger(variable.Type))
            return null;
        if (loop.Condition is not IBinaryOperation { OperatorMethod: null } condition
            || Unwrap(condition.LeftOperand) is not ILocalReferenceOperation { } left
            || !SymbolEqualityComparer.Default.Equals(left.Local, variable))
            return null;
        if (loop.AtLoopBottom.Length != 1 || StepOf(loop.AtLoopBottom[0], variable) is not long step || step == 0)
            return null;

        var written = WrittenSymbols(loop.Body);
        foreach (IOperation bottom in loop.AtLoopBottom)
            written.UnionWith(WrittenSymbols(bottom));
        written.Remove(variable);
        if (WrittenSymbols(loop.Body).Contains(variable) || !IsInvariant(condition.RightOperand, written))
            return null;

        string start = Expr(initial);
        string bound = Expr(condition.RightOperand);
        string? end = (condition.OperatorKind, step > 0) switch
        {
            (BinaryOperatorKind.LessThan, true) => bound,
            (BinaryOperatorKind.LessThanOrEqual, true) => $"{Parenthesize(bound)} + 1",
            (BinaryOperatorKind.GreaterThan, false) => bound,
            (BinaryOperatorKind.GreaterThanOrEqual, false) => $"{Parenthesize(bound)} - 1",
            _ => null,
        };
        if (end is null)
            return null;
        string name = Declare(variable, variable.Name);
        return (name, step == 1 ? $"{start}, {end}" : $"{start}, {end}, {step}");
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
    private bool IsInvariant(IOperation bound, HashSet<ISymbol> written)
    {
        foreach (IOperation operation in bound.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILocalReferenceOperation local when written.Contains(local.Local):
                case IParameterReferenceOperation parameter when written.Contains(parameter.Parameter):
                    return false;
                case IInvocationOperation invocation when !(invocation.TargetMethod.Name == "size" && known.IsTensor(invocation.TargetMethod.ContainingType)):
                    return false;
                case IFieldReferenceOperation field when !field.Field.IsReadOnly && context.MemberOf(field.Field)?.Role != MemberRole.Constant:
                    return false;
            }
        }
        return true;
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
    private void GradModeBlock(bool enabled, IEnumerable<IOperation> body, string? origin)
    {
        string saved = Temporary();
        writer.Line($"{saved} = torch.is_grad_enabled()", origin);
        writer.Line($"torch.set_grad_enabled({ScriptSyntax.Bool(enabled)})", origin);
        gradModes.Push((saved, loops.Count));
        Statements(body);
        gradModes.Pop();
        writer.Line($"torch.set_grad_enabled({saved})", origin);
    }

    /// <summary>Restores every grad mode set inside the current method before leaving it (return, throw).</summary>
    private void RestoreGradModes(string? origin)
    {
        foreach (var (saved, _) in gradModes.Reverse())
            writer.Line($"torch.set_grad_enabled({saved})", origin);
    }

    private void Return(IReturnOperation ret, string? origin)
    {
        if (gradModes.Count == 0 || ret.ReturnedValue is null)
        {
            RestoreGradModes(origin);
            writer.Line(ret.ReturnedValue is null ? "return" : "return " + Expr(ret.ReturnedValue), origin);
            return;
        }
        // The value is computed under the block's grad mode, then the mode is restored.
        string result = Temporary();
        writer.Line($"{result} = {Expr(ret.ReturnedValue)}", origin);
        RestoreGradModes(origin);
        writer.Line($"return {result}", origin);
    }
}

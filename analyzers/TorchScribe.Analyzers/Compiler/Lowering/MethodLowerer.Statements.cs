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

internal sealed partial class MethodLowerer
{
    private void Statements(IEnumerable<IOperation> statements)
    {
        var list = statements.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            // `using var _ = torch.no_grad();` governs the rest of the block.
            if (list[i] is IUsingDeclarationOperation usingDeclaration && GradMode(usingDeclaration.DeclarationGroup) is { } gradMode)
            {
                GradModeBlock(gradMode, list.Skip(i + 1), usingDeclaration);
                return;
            }
            Statement(list[i]);
        }
    }

    /// <summary>A nested block: a block's statements, or a single statement.</summary>
    private ImmutableArray<ScriptStatement> NestedBlock(IOperation? operation) => Block(() =>
    {
        if (operation is IBlockOperation block)
            Statements(block.Operations);
        else if (operation is not null)
            Statement(operation);
    });

    private void Statement(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IBlockOperation block:
                Statements(block.Operations);
                break;
            case IVariableDeclarationGroupOperation group:
                Declarations(group);
                break;
            case IUsingDeclarationOperation usingDeclaration:
                Declarations(usingDeclaration.DeclarationGroup);
                break;
            case IExpressionStatementOperation expression:
                ExpressionStatement(expression.Operation, expression);
                break;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                Return(ret);
                break;
            case IReturnOperation yield:
                Fail(Descriptors.UnsupportedConstruct, yield, "An iterator (yield)", "return a list or a tuple");
                break;
            case IConditionalOperation conditional:
                Emit(If(conditional));
                break;
            case IForLoopOperation forLoop:
                For(forLoop);
                break;
            case IForEachLoopOperation forEach:
                ForEach(forEach);
                break;
            case IWhileLoopOperation whileLoop:
                While(whileLoop);
                break;
            case IBranchOperation branch:
                Branch(branch);
                break;
            case IThrowOperation thrown:
                Throw(thrown);
                break;
            case IUsingOperation usingStatement:
                Using(usingStatement);
                break;
            case ISwitchOperation switchStatement:
                Switch(switchStatement);
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
                Location label = operation.Syntax is LabeledStatementSyntax labeledSyntax ? labeledSyntax.Identifier.GetLocation() : operation.Syntax.GetLocation();
                Report(Descriptors.UnsupportedConstruct, label, "A label (goto target)", "use structured loops and if/else");
                if (labeled.Operation is not null)
                    Statement(labeled.Operation);
                break;
            default:
                Unsupported(operation);
                break;
        }
    }

    private void ExpressionStatement(IOperation expression, IOperation statement)
    {
        SourceAnchor? origin = AnchorOf(statement);
        switch (expression)
        {
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, () => Expression(assignment.Value), origin);
                return;
            case ICompoundAssignmentOperation compound:
                Assign(compound.Target, () => CompoundValue(compound), origin);
                return;
            case IIncrementOrDecrementOperation increment:
                Assign(increment.Target, () => Step(increment), origin);
                return;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction, origin);
                return;
            case IThrowOperation thrown:
                Throw(thrown);
                return;
            case IInvocationOperation invocation when IsNoOpStatement(invocation):
                // Disposal and scope bookkeeping have no script meaning; the arguments are still checked.
                foreach (IArgumentOperation argument in invocation.Arguments)
                    Expression(argument.Value);
                return;
        }
        Emit(new ExpressionStatement(Expression(expression), origin));
    }

    private void Declarations(IVariableDeclarationGroupOperation group)
    {
        foreach (IVariableDeclarationOperation declaration in group.Declarations)
        {
            foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                Declarator(declarator, declarator.Initializer?.Value ?? declaration.Initializer?.Value, AnchorOf(group));
        }
    }

    private void Declarator(IVariableDeclaratorOperation declarator, IOperation? initializer, SourceAnchor? origin)
    {
        ILocalSymbol local = declarator.Symbol;
        if (local.IsRef)
        {
            Fail(Descriptors.UnsupportedConstruct, declarator, "A ref local", "use a plain local");
            return;
        }
        if (KnownSymbols.Is(local.Type, known.DisposeScope))
        {
            DisposeScopeLocal(local, initializer);
            return;
        }
        string name = Declare(local, local.Name);
        Location typeLocation = declarator.Syntax.Parent is VariableDeclarationSyntax declaration ? declaration.Type.GetLocation() : declarator.Syntax.GetLocation();
        if (local.Type.TypeKind == TypeKind.Dynamic)
        {
            Report(Descriptors.Dynamic, typeLocation, local.Name);
            return;
        }
        ScriptExpression? value = initializer is null ? null : Expression(initializer);
        if (value is { ContainsError: true })
            return;     // the initializer's diagnostic says it all; the local's type would only repeat it

        // `var` locals are always nullable-annotated in C#; their script type follows the initializer.
        ITypeSymbol declaredType = IsVar(declarator) && initializer?.Type is { } inferred ? inferred : local.Type;
        if (known.IsModule(declaredType))
        {
            Fail(Descriptors.UnsupportedConstruct, declarator, $"A local holding the module '{local.Name}'", "use the module's field directly");
            return;
        }
        ScriptType type = TypeOrReport(declaredType, typeLocation, $"local '{local.Name}'");
        var target = new VariableExpression(name, type);
        if (value is null)
        {
            // C# definite assignment guarantees an assignment before any read, possibly inside a loop or a branch;
            // declaring the local here gives it a value on every path, as TorchScript requires.
            if (type.IsOptional)
                Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(target), new LiteralExpression(null, ScriptType.None), type, origin));
            else if (type.Kind != ScriptTypeKind.None)
                Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(target), new UninitializedExpression(type), null, origin));
            return;
        }
        bool annotate = type.IsOptional || IsNullLiteral(initializer!);
        Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(target), value, annotate ? type : null, origin));
    }

    private static bool IsVar(IVariableDeclaratorOperation declarator) =>
        declarator.Syntax.Parent is VariableDeclarationSyntax { Type.IsVar: true };

    private void Assign(IOperation target, System.Func<ScriptExpression> value, SourceAnchor? origin)
    {
        switch (target)
        {
            case ILocalReferenceOperation local when local.Local.IsRef:
                Fail(Descriptors.UnsupportedConstruct, target, "Assigning through a ref local", "use a plain local");
                return;
            case IDiscardOperation:
                Emit(new ExpressionStatement(value(), origin));
                return;
            case IFieldReferenceOperation field when context.MemberOf(field.Field) is { } member:
                if (member.Role is MemberRole.Constant or MemberRole.Submodule or MemberRole.Ignored)
                {
                    Fail(Descriptors.UnsupportedConstruct, target, $"Assigning {member.Role.ToString().ToLowerInvariant()} '{member.Name}' in script code", "assign it in the constructor");
                    return;
                }
                break;
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true }:
                Fail(Descriptors.UnsupportedConstruct, target, "Assigning one element of a tuple", "TorchScript tuples are immutable: assign a whole new tuple");
                return;
        }
        // A target is written, not read: it is never narrowed.
        ScriptExpression left = Expression(target);
        if (left is NotNullExpression narrowed)
            left = narrowed.Operand;
        ScriptExpression right = value();
        Emit(new AssignStatement(ImmutableArray.Create(left), right, null, origin));
    }

    private void Deconstruct(IDeconstructionAssignmentOperation deconstruction, SourceAnchor? origin)
    {
        IOperation target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is not ITupleOperation tuple)
        {
            Fail(Descriptors.UnsupportedConstruct, deconstruction, "This deconstruction", "deconstruct into a tuple of locals");
            return;
        }
        var parts = ImmutableArray.CreateBuilder<ScriptExpression>();
        foreach (IOperation element in tuple.Elements)
        {
            ScriptType type = ScriptTypeMapper.Map(element.Type, known) ?? ScriptType.None;
            parts.Add(element switch
            {
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => new VariableExpression(Declare(local.Local, local.Local.Name), type),
                ILocalReferenceOperation local => new VariableExpression(NameOf(local.Local), type),
                IDiscardOperation => new VariableExpression(Temporary(), type),
                _ => Expression(element),
            });
        }
        Emit(new AssignStatement(parts.ToImmutable(), Expression(deconstruction.Value), null, origin));
    }

    private void Throw(IThrowOperation thrown)
    {
        IOperation? exception = Unwrap(thrown.Exception);
        if (exception is not IObjectCreationOperation creation || creation.Arguments.Length > 1
            || (creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String)
            || creation.Initializer is not null)
        {
            Fail(Descriptors.UnsupportedConstruct, thrown, "This throw", "throw a new exception with a message string, e.g. throw new ArgumentException(\"...\")");
            return;
        }
        ScriptExpression message = creation.Arguments.Length == 1 ? Expression(creation.Arguments[0].Value) : new LiteralExpression("", ScriptType.Str);
        SourceAnchor? origin = AnchorOf(thrown);
        RestoreGradModes(origin);
        Emit(new RaiseStatement(message, ExceptionKindOf(creation.Type), origin));
    }

    private ScriptException ExceptionKindOf(ITypeSymbol? type)
    {
        if (KnownSymbols.InheritsFrom(type, known.ArgumentException))
            return ScriptException.ValueError;
        if (KnownSymbols.Is(type, known.IndexOutOfRangeException))
            return ScriptException.IndexError;
        if (KnownSymbols.Is(type, known.KeyNotFoundException))
            return ScriptException.KeyError;
        if (KnownSymbols.Is(type, known.NotImplementedException))
            return ScriptException.NotImplementedError;
        if (KnownSymbols.InheritsFrom(type, known.InvalidOperationException) || KnownSymbols.Is(type, known.NotSupportedException))
            return ScriptException.RuntimeError;
        return ScriptException.Exception;
    }

    private IfStatement If(IConditionalOperation conditional)
    {
        ReportTensorBranches(conditional.Condition);
        ScriptExpression condition = Expression(conditional.Condition);
        ImmutableArray<ScriptStatement> then = NestedBlock(conditional.WhenTrue);
        ImmutableArray<ScriptStatement>? otherwise = conditional.WhenFalse switch
        {
            null => null,
            IConditionalOperation elseIf when !elseIf.IsImplicit => ImmutableArray.Create<ScriptStatement>(If(elseIf)),
            IOperation other => NestedBlock(other),
        };
        return new IfStatement(condition, then, otherwise, AnchorOf(conditional.Condition));
    }

    private void Switch(ISwitchOperation switchStatement)
    {
        ReportTensorBranches(switchStatement.Value);
        SourceAnchor? origin = AnchorOf(switchStatement);
        ScriptExpression value = Expression(switchStatement.Value);
        if (!IsSimple(switchStatement.Value))
        {
            var temporary = new VariableExpression(Temporary(), value.Type);
            Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(temporary), value, null, origin));
            value = temporary;
        }
        var sections = new List<(ScriptExpression Test, ImmutableArray<ScriptStatement> Body, SourceAnchor? Origin)>();
        ImmutableArray<ScriptStatement>? defaultBody = null;
        SourceAnchor? defaultOrigin = null;
        foreach (ISwitchCaseOperation section in switchStatement.Cases)
        {
            ScriptExpression? test = null;
            bool isDefault = false;
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        isDefault = true;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        ScriptExpression equal = Operator(ScriptOperator.Equal, ScriptType.Bool, value, Expression(single.Value));
                        test = test is null ? equal : Operator(ScriptOperator.Or, ScriptType.Bool, test, equal);
                        break;
                    default:
                        Fail(Descriptors.UnsupportedConstruct, clause, "A pattern case", "use constant case labels or if/else");
                        return;
                }
            }
            ImmutableArray<ScriptStatement> body = SwitchSection(section, switchStatement);
            if (test is not null)
                sections.Add((test, body, AnchorOf(section)));
            if (isDefault)
                (defaultBody, defaultOrigin) = (body, AnchorOf(section));     // the default runs when no case matches, wherever it stands
        }
        if (sections.Count == 0)
        {
            if (defaultBody is { } only)
                Emit(new IfStatement(new LiteralExpression(true, ScriptType.Bool), only, null, defaultOrigin));
            return;
        }
        // The if/elif/else chain, built from the last section back.
        ImmutableArray<ScriptStatement>? chain = defaultBody;
        for (int i = sections.Count - 1; i >= 0; i--)
            chain = ImmutableArray.Create<ScriptStatement>(new IfStatement(sections[i].Test, sections[i].Body, chain, sections[i].Origin));
        Emit(chain!.Value[0]);
    }

    private ImmutableArray<ScriptStatement> SwitchSection(ISwitchCaseOperation section, ISwitchOperation owner)
    {
        var body = section.Body.ToList();
        if (body.Count > 0 && body[body.Count - 1] is IBranchOperation { BranchKind: BranchKind.Break })
            body.RemoveAt(body.Count - 1);
        foreach (IOperation statement in body)
        {
            if (HasBranch(statement, BranchKind.Break, owner))
                Fail(Descriptors.UnsupportedConstruct, statement, "break out of the middle of a switch section", "restructure the section with if/else");
        }
        return Block(() => Statements(body));
    }

    private void Return(IReturnOperation ret)
    {
        SourceAnchor? origin = AnchorOf(ret);
        if (gradModes.Count == 0 || ret.ReturnedValue is null)
        {
            ScriptExpression? value = ret.ReturnedValue is null ? null : Expression(ret.ReturnedValue);
            RestoreGradModes(origin);
            Emit(new ReturnStatement(value, origin));
            return;
        }
        // The value is computed under the block's grad mode, then the mode is restored.
        ScriptExpression computed = Expression(ret.ReturnedValue);
        var result = new VariableExpression(Temporary(), computed.Type);
        Emit(new AssignStatement(ImmutableArray.Create<ScriptExpression>(result), computed, null, origin));
        RestoreGradModes(origin);
        Emit(new ReturnStatement(result, origin));
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
}

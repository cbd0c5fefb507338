using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// The modules a registered submodule of a [ScriptClass] holds, as far as the source shows them (TSB0109): its declared
/// type, or, for a member typed as TorchSharp's abstract nn.Module or as a module interface, the type of each value the
/// class assigns to it.
/// Export writes every registered submodule, so one it cannot write makes Save fail whether script code uses it or not.
/// </summary>
internal static class SubmoduleValues
{
    public static IEnumerable<Diagnostic> Problems(ISymbol member, ITypeSymbol memberType, KnownSymbols known)
    {
        if (!ScriptMembers.IsScriptableModule(memberType, known))
        {
            yield return Report(member.Locations.FirstOrDefault() ?? Location.None, member, memberType, known);
            yield break;
        }
        if (!IsTypedByItsValue(memberType, known))
            yield break;
        foreach (var (value, type) in AssignedModules(member, known))
        {
            if (!ScriptMembers.IsScriptableModule(type, known))
                yield return Report(value.GetLocation(), member, type, known);
        }
    }

    /// <summary>An abstract module type or a module interface: which class export writes depends on the value assigned.</summary>
    private static bool IsTypedByItsValue(ITypeSymbol memberType, KnownSymbols known) =>
        ScriptMembers.IsAbstractModuleType(memberType, known) || ScriptClassKinds.Of(memberType, known) == Runtime.ScriptClassKind.Interface;

    private static Diagnostic Report(Location location, ISymbol member, ITypeSymbol type, KnownSymbols known)
    {
        string typeName = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        // Marking a type that is no module [ScriptClass] would make it a plain class or a NamedTuple, neither of which
        // can implement the interface.
        string remedy = known.IsModule(type)
            ? ScriptMembers.Remedy(type, member.Name, known)
            : $"only [ScriptClass] modules implement a module interface: make '{typeName}' a class derived from Module<T..., TResult> and mark it [ScriptClass], or mark '{member.Name}' [ScriptIgnore] and keep it out of script code";
        return Diagnostic.Create(Descriptors.UnexportableSubmodule, location, member.Name, typeName, remedy);
    }

    /// <summary>The initializer of <paramref name="member"/> and every value the class assigns to it, with their concrete class or struct types.</summary>
    private static IEnumerable<(ExpressionSyntax Value, ITypeSymbol Type)> AssignedModules(ISymbol member, KnownSymbols known)
    {
        foreach (SyntaxReference reference in GeneratedCode.UserDeclarations(member.ContainingType))
        {
            SemanticModel? model = null;
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                // The name is compared first, so only candidates are bound.
                ExpressionSyntax? value = node switch
                {
                    VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == member.Name => initializer.Value,
                    PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == member.Name => initializer.Value,
                    AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && NameOf(assignment.Left) == member.Name => assignment.Right,
                    _ => null,
                };
                if (value is null)
                    continue;
                model ??= known.Compilation.GetSemanticModel(reference.SyntaxTree);
                ISymbol? target = node is AssignmentExpressionSyntax a ? model.GetSymbolInfo(a.Left).Symbol : model.GetDeclaredSymbol(node);
                if (!SymbolEqualityComparer.Default.Equals(target, member))
                    continue;
                foreach (ExpressionSyntax leaf in Leaves(value))
                {
                    // Any concrete class or struct: a module interface can be implemented by a type that is no module at all.
                    if (model.GetTypeInfo(leaf).Type is INamedTypeSymbol { IsAbstract: false, TypeKind: TypeKind.Class or TypeKind.Struct } type)
                        yield return (leaf, type);
                }
            }
        }
    }

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The expressions a value can come from: both branches of ?: and ??, every arm of a switch expression.</summary>
    private static IEnumerable<ExpressionSyntax> Leaves(ExpressionSyntax value) => value switch
    {
        ParenthesizedExpressionSyntax parenthesized => Leaves(parenthesized.Expression),
        ConditionalExpressionSyntax conditional => Leaves(conditional.WhenTrue).Concat(Leaves(conditional.WhenFalse)),
        BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) => Leaves(coalesce.Left).Concat(Leaves(coalesce.Right)),
        SwitchExpressionSyntax switchExpression => switchExpression.Arms.SelectMany(arm => Leaves(arm.Expression)),
        _ => new[] { value },
    };
}

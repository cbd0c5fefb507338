using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.CodeFixes;

/// <summary>
/// TSB0003: rewrites an element-wise call of an external numeric library (NumSharp <c>np.sin</c>, MathNet
/// <c>PointwiseExp</c>, …) on data that came from a tensor into the one-to-one torch operation on that tensor, and
/// drops the conversions around it: <c>torch.tensor(np.exp(np.array(h.data&lt;float&gt;().ToArray())).ToArray&lt;float&gt;())</c>
/// becomes <c>torch.exp(h)</c>. Offered only when both ends are tensors, so the result type stays the same.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TorchEquivalentCodeFix)), Shared]
public sealed class TorchEquivalentCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExternalNumericLibrary);

    public override FixAllProvider GetFixAllProvider() => FixAllOfTheFirstFixable.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call)
                continue;
            if (Rewrite(call, model, context.CancellationToken) is not { } rewrite)
                continue;
            context.RegisterCodeFix(CodeAction.Create($"Use {rewrite.Display}",
                _ => SyntaxEdits.Replace(context.Document, root, rewrite.Target, rewrite.Replacement), nameof(TorchEquivalentCodeFix)), diagnostic);
        }
    }

    private sealed record Rewriting(ExpressionSyntax Target, ExpressionSyntax Replacement, string Display);

    private static Rewriting? Rewrite(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
            || !ExternalLibraries.ElementWise.TryGetValue(method.Name, out string? op))
            return null;
        // The data the call works on: its only argument (np.sin(a)) or its receiver (m.PointwiseExp()).
        ExpressionSyntax? data = method.IsStatic || method.IsExtensionMethod
            ? call.ArgumentList.Arguments.Count == 1 ? call.ArgumentList.Arguments[0].Expression : null
            : call.ArgumentList.Arguments.Count == 0 && call.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;
        if (data is null || TensorSource(data, model, cancellationToken) is not { } tensor)
            return null;
        ExpressionSyntax target = TensorResult(call, model, cancellationToken);
        if (!IsTensor(model.GetTypeInfo(target, cancellationToken).Type))
            return null;
        // `torch.exp(x)` as TorchSharp code spells it, fully qualified only where `torch` does not bind.
        ExpressionSyntax replacement = SyntaxFactory.ParseExpression($"torch.{op}({tensor.WithoutTrivia()})");
        if (model.GetSpeculativeSymbolInfo(target.SpanStart, replacement, SpeculativeBindingOption.BindAsExpression).Symbol is null)
            replacement = SyntaxFactory.ParseExpression($"global::TorchSharp.torch.{op}({tensor.WithoutTrivia()})");
        replacement = replacement.WithTriviaFrom(target);
        return new Rewriting(target, replacement, $"torch.{op}({tensor.WithoutTrivia()})");
    }

    /// <summary>Follows the data back through host conversions (np.array, ToArray, data&lt;T&gt;, locals) to a tensor.</summary>
    private static ExpressionSyntax? TensorSource(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        for (int steps = 0; steps < 16; steps++)
        {
            if (IsTensor(model.GetTypeInfo(expression, cancellationToken).Type))
                return expression;
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
                    when Name(access) is "ToArray" or "data" or "ToNDArray" && invocation.ArgumentList.Arguments.Count == 0:
                    expression = access.Expression;
                    continue;
                case InvocationExpressionSyntax invocation when Name(invocation.Expression) is "array" or "asarray" or "DenseOfArray" or "Dense"
                    && invocation.ArgumentList.Arguments.Count == 1:
                    expression = invocation.ArgumentList.Arguments[0].Expression;
                    continue;
                case IdentifierNameSyntax identifier when SingleAssignment(identifier, model, cancellationToken) is { } initializer:
                    expression = initializer;
                    continue;
            }
            return null;
        }
        return null;
    }

    /// <summary>The outermost expression converting the call's result back into a tensor (ToArray, torch.tensor), or the call.</summary>
    private static ExpressionSyntax TensorResult(ExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax current = call;
        while (!IsTensor(model.GetTypeInfo(current, cancellationToken).Type))
        {
            switch (current.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == current && Name(access) is "ToArray" && access.Parent is InvocationExpressionSyntax toArray:
                    current = toArray;
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax wrapper } }
                    when Name(wrapper.Expression) is "tensor" or "from_array" or "as_tensor":
                    current = wrapper;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    continue;
            }
            break;
        }
        return current;
    }

    private static ExpressionSyntax? SingleAssignment(IdentifierNameSyntax identifier, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator)
            return null;
        SyntaxNode? scope = declarator.FirstAncestorOrSelf<BlockSyntax>();
        bool reassigned = scope?.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name) ?? true;
        return reassigned ? null : value;
    }

    private static string? Name(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };

    private static bool IsTensor(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "TorchSharp.torch.Tensor")
                return true;
        }
        return false;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler;

namespace TorchScribe.Analyzers.Generator;

/// <summary>The generator's one semantic step: a [ScriptClass] symbol to an equatable model, via the compiler core.</summary>
internal static class ScriptClassModelBuilder
{
    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The model, or null when the class is malformed (the analyzers report why; nothing is emitted).</summary>
    public static ScriptClassModel? Build(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var known = KnownSymbols.Create(compilation);
        if (!known.IsUsable || ScriptClassShape.Problems(type, known, Location.None, cancellationToken).Any())
            return null;

        IMethodSymbol forward = ScriptClassShape.Forwards(type, known).Single();
        bool baseOmitted = type.BaseType is null || type.BaseType.SpecialType == SpecialType.System_Object;
        bool needsForwardOverride = forward.Name == "Forward";
        if (baseOmitted && !needsForwardOverride)
            return null;    // a forward override with no base to override: the compiler reports it (CS0115)

        var semanticModels = new Dictionary<SyntaxTree, SemanticModel>();
        ScriptClassCompilation compiled = ScriptClassCompiler.Compile(type, known, method =>
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax { } declaration && (declaration.Body is not null || declaration.ExpressionBody is not null))
                {
                    if (!semanticModels.TryGetValue(reference.SyntaxTree, out SemanticModel? model))
                        semanticModels[reference.SyntaxTree] = model = compilation.GetSemanticModel(reference.SyntaxTree);
                    return model.GetOperation(declaration, cancellationToken);
                }
            }
            return null;
        }, cancellationToken);

        string? inferredBase = null;
        if (baseOmitted)
        {
            var arguments = forward.Parameters.Select(p => p.Type).Concat(new[] { forward.ReturnType }).Select(t => t.ToDisplayString(FullyQualified));
            inferredBase = $"global::TorchSharp.torch.nn.Module<{string.Join(", ", arguments)}>";
        }

        var errors = compiled.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe)
            .Concat(compiled.Methods.Where(m => m.HasInvalidCode).Select(m => $"{m.Method.Name}: the method does not compile"))
            .ToEquatableArray();
        return new ScriptClassModel(
            HintName: HintName(type),
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            Containers: Containers(type).ToEquatableArray(),
            Name: type.Name,
            ClrName: type.ToDisplayString(),
            InferredBase: inferredBase,
            EmitConstructor: type.InstanceConstructors.All(c => c.IsImplicitlyDeclared),
            Forward: needsForwardOverride && !HasForwardOverride(type) ? ForwardOf(forward, known) : null,
            Members: compiled.Context.Members.Where(m => m.Role != MemberRole.Ignored && m.Role != MemberRole.NotScriptable).Select(MemberOf).ToEquatableArray(),
            QualifiedName: compiled.Context.QualifiedName,
            FileVersion: compiled.FileVersion,
            // Incomplete TorchScript is never emitted: export reports the errors instead.
            Methods: errors.Count > 0
                ? EquatableArray<MethodModel>.Empty
                : compiled.Methods.Select(m => new MethodModel(m.ScriptName, m.Method.IsStatic, m.Source)).ToEquatableArray(),
            Errors: errors,
            Dependencies: compiled.Dependencies.Select(d => d.ToDisplayString(FullyQualified)).ToEquatableArray());
    }

    private static bool HasForwardOverride(INamedTypeSymbol type) =>
        type.GetMembers("forward").OfType<IMethodSymbol>().Any(m => m.IsOverride);

    /// <summary><c>Namespace.Outer+Inner.g.cs</c>: unique for nested and generic types.</summary>
    private static string HintName(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            names.Insert(0, current.MetadataName);
        string prefix = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
        return prefix + string.Join("+", names).Replace('`', '_') + ".g.cs";
    }

    private static IEnumerable<ContainerModel> Containers(INamedTypeSymbol type)
    {
        var containers = new List<ContainerModel>();
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            string keyword = current switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                { TypeKind: TypeKind.Interface } => "interface",
                _ => "class",
            };
            string name = current.TypeParameters.Length == 0 ? current.Name : $"{current.Name}<{string.Join(", ", current.TypeParameters.Select(p => p.Name))}>";
            containers.Insert(0, new ContainerModel(keyword, name));
        }
        return containers;
    }

    private static ForwardModel ForwardOf(IMethodSymbol forward, KnownSymbols known)
    {
        ForwardResult result = ForwardResult.Other;
        int arity = 0;
        if (known.IsTensor(forward.ReturnType))
        {
            result = ForwardResult.Tensor;
        }
        else if (forward.ReturnType is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.All(e => known.IsTensor(e.Type)))
        {
            result = ForwardResult.TensorTuple;
            arity = tuple.TupleElements.Length;
        }
        return new ForwardModel(
            forward.ReturnType.ToDisplayString(FullyQualified),
            forward.Parameters.Select(p => new ParameterModel(p.Type.ToDisplayString(FullyQualified), "@" + p.Name)).ToEquatableArray(),
            result,
            arity);
    }

    private static MemberModel MemberOf(ScriptMember member) => new(
        SymbolName: member.Symbol.Name,
        Name: member.Name,
        Role: member.Role,
        ClrType: member.Type.ToDisplayString(FullyQualified),
        ScriptType: member.ScriptType,
        IsStatic: member.IsStatic,
        IsReadOnlyField: member.Symbol is IFieldSymbol { IsReadOnly: true },
        IsAutoProperty: member.IsAutoProperty,
        HasSetter: member.Symbol is IPropertySymbol { SetMethod: not null } or IFieldSymbol);

    /// <summary><c>Model.cs(12,9): TSB0003: …</c>, what export reports when the build had errors.</summary>
    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string where = span.Path is { Length: > 0 } path
            ? $"{System.IO.Path.GetFileName(path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : "";
        return $"{where}{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}

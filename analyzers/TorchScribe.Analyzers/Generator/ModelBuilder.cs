using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Lowering;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Analyzers.Compiler.Printing;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Generator;

/// <summary>Builds the generator's models from a class's symbol and its translation.</summary>
internal static class ModelBuilder
{
    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>The declaration half, or null when the class is malformed (the analyzers report why; nothing is emitted).</summary>
    public static DeclarationModel? Declaration(ScriptClassInput input, CancellationToken cancellationToken)
    {
        KnownSymbols known = input.Known;
        if (input.Symbol is not { } type || !ScriptClassShape.IsValid(type, known, cancellationToken))
            return null;
        ScriptClassKind kind = ScriptClassKinds.Of(type, known) ?? ScriptClassKind.Module;
        if (kind != ScriptClassKind.Module)
            return new DeclarationModel(ScopeOf(type), kind, type.ToDisplayString(), null, EmitConstructor: false, Forward: null, Members(type, known));
        IMethodSymbol forward = ScriptClassShape.Forwards(type, known).Single();
        string? inferredBase = null;
        if (ScriptClassShape.BaseIsInferred(type))
        {
            var arguments = forward.Parameters.Select(p => p.Type).Concat(new[] { forward.ReturnType }).Select(t => t.ToDisplayString(FullyQualified));
            inferredBase = $"{ScriptClassShape.InferredBasePrefix}{string.Join(", ", arguments)}>";
        }
        bool hasUserForwardOverride = forward.Name == "forward";
        return new DeclarationModel(
            ScopeOf(type),
            kind,
            type.ToDisplayString(),
            inferredBase,
            EmitConstructor: !type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && !GeneratedCode.IsGenerated(c)),
            Forward: hasUserForwardOverride ? null : ForwardOf(forward, known),
            Members(type, known));
    }

    private static readonly ClassCache<TranslationCore?> Cores = new();

    /// <summary>The export half, or null when the class is malformed.</summary>
    public static TranslationModel? Translation(ScriptClassInput input, string version, CancellationToken cancellationToken)
    {
        TranslationCore? core = Cores.GetOrAdd(input.Parts[0].SyntaxTree.Options, input.Id, input.Key, () => Core(input, version, cancellationToken));
        if (core is null)
            return null;
        var anchors = new SourceAnchors(input.Parts);
        Location fallback = input.Parts[0] is TypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : input.Parts[0].GetLocation();
        TranslationResult result = core.Result;
        var errors = core.MemberErrors.Select(d => new ScriptDiagnostic(d.Descriptor, d.Anchor is { } anchor ? anchors.LocationOf(anchor) : fallback, d.Arguments))
            .Concat(result.DiagnosticsIn(anchors, fallback).Where(d => d.IsError))
            .Select(d => d.ToString())
            .Concat(result.InvalidMethods.Select(m => $"{m}: the method has code that does not bind before code generation (see the build's TSB diagnostics)"))
            .Concat(result.Dependencies.Where(d => !d.HasGeneratedHalf).Select(d => $"the script code calls '{d.Name}', which has TSB errors of its own (see the build's TSB diagnostics)"))
            .ToEquatableArray();
        bool callsCSharpSemantics = false;
        var functions = errors.Count > 0
            ? EquatableArray<FunctionModel>.Empty     // incomplete TorchScript is never emitted: export reports the errors instead
            : result.Functions.Select(f =>
            {
                var code = TorchScriptPrinter.Print(f, anchors, out bool calls);
                callsCSharpSemantics |= calls;
                return new FunctionModel(f.Name, f.IsStatic, code);
            }).ToEquatableArray();
        var dependencies = result.Dependencies.Where(d => d.HasGeneratedHalf).Select(d => d.FullyQualifiedName);
        if (callsCSharpSemantics)
            dependencies = dependencies.Append(ScriptSemanticsDefinition);
        return new TranslationModel(
            core.Scope,
            core.Kind,
            core.ClrName,
            core.ScriptModule,
            core.ScriptName,
            result.FileVersion,
            core.Members,
            functions,
            errors,
            dependencies.ToEquatableArray(),
            result.OpRows.Select(OpTable.ById).Where(r => r?.MinimumPyTorch is not null)
                .Select(r => new PyTorchRequirementModel(r!.Name, r.MinimumPyTorch!)).Distinct().ToEquatableArray());
    }

    /// <summary>The runtime class whose definition carries the C# arithmetic functions into archives.</summary>
    private const string ScriptSemanticsDefinition = "global::TorchScribe.Runtime.ScriptSemantics";

    /// <summary>The class bound and translated where the declaration halves exist, as in the compilation the analyzers see.</summary>
    private static TranslationCore? Core(ScriptClassInput input, string version, CancellationToken cancellationToken)
    {
        if (input.Symbol is not { } symbol || !ScriptClassShape.IsValid(symbol, input.Known, cancellationToken))
            return null;
        Compilation declared = DeclaredCompilation.For(input.Compilation, version, cancellationToken);
        if (declared.GetSemanticModel(input.Parts[0].SyntaxTree).GetDeclaredSymbol(input.Parts[0], cancellationToken) is not INamedTypeSymbol type)
            return null;
        KnownSymbols known = KnownSymbols.For(declared);
        var anchors = new SourceAnchors(input.Parts);
        var memberErrors = MemberRules.Problems(type, known).Where(d => d.Severity == DiagnosticSeverity.Error).Select(ScriptDiagnostic.From)
            .Select(d => new AnchoredDiagnostic(d.Descriptor, d.Arguments, anchors.AnchorOf(d.Location)))
            .ToImmutableArray();
        return new TranslationCore(
            ScopeOf(type),
            ScriptClassKinds.Of(type, known) ?? ScriptClassKind.Module,
            type.ToDisplayString(),
            ScriptClassContext.ScriptModuleOf(type),
            ScriptClassContext.ScriptNameOf(type),
            Members(type, known),
            memberErrors,
            ScriptClassTranslator.Translate(type, input.Parts, known, requireBound: false, cancellationToken));
    }

    private static EquatableArray<MemberModel> Members(INamedTypeSymbol type, KnownSymbols known) =>
        ScriptMembers.Collect(type, known)
            .Where(m => m.Role is not (MemberRole.Ignored or MemberRole.NotScriptable))
            .Select(m => new MemberModel(
                CSharpNames.Escape(m.Symbol.Name),
                m.Name,
                m.Role,
                m.IsStatic,
                m.Symbol is IFieldSymbol { IsReadOnly: true },
                m.Symbol is IFieldSymbol || m.Symbol is IPropertySymbol { SetMethod: { IsInitOnly: false } },
                m.ScriptType is null ? null : ScriptTypeSyntax.Of(m.ScriptType)))
            .ToEquatableArray();

    public static TypeScopeModel ScopeOf(INamedTypeSymbol type)
    {
        var containers = new List<ContainerModel>();
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            string keyword = KeywordOf(current);
            string containerName = CSharpNames.Escape(current.Name);
            if (current.TypeParameters.Length > 0)
                containerName += $"<{string.Join(", ", current.TypeParameters.Select(p => CSharpNames.Escape(p.Name)))}>";
            containers.Insert(0, new ContainerModel(keyword, containerName));
        }
        string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? string.Join(".", NamespaceParts(containing).Select(CSharpNames.Escape))
            : null;
        string name = CSharpNames.Escape(type.Name);
        string qualified = "global::" + string.Concat((ns is null ? Enumerable.Empty<string>() : new[] { ns }).Concat(containers.Select(c => c.NameWithTypeParameters)).Select(part => part + ".")) + name;
        return new TypeScopeModel(ns, containers.ToEquatableArray(), KeywordOf(type), name, qualified, HintStem(type));
    }

    /// <summary>How a partial declaration of <paramref name="type"/> starts, after <c>partial</c>.</summary>
    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static IEnumerable<string> NamespaceParts(INamespaceSymbol ns)
    {
        var parts = new List<string>();
        for (INamespaceSymbol? current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            parts.Insert(0, current.Name);
        return parts;
    }

    /// <summary>
    /// <c>Namespace.Outer+Inner</c> from metadata names (no '@', unique for nested and generic types), limited to
    /// characters every host accepts in a hint name; when that changes the name, a hash keeps it unique.
    /// </summary>
    private static string HintStem(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            names.Insert(0, current.MetadataName);
        string full = string.Join(".", NamespaceParts(type.ContainingNamespace).Concat(new[] { string.Join("+", names) }));
        string safe = new(full.Select(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '+' or '_' or '-' ? c : '_').ToArray());
        if (safe == full)
            return safe;
        Hash128 hash = Hash128.Start.Add(full);
        return safe + "_" + hash.High.ToString("x8", System.Globalization.CultureInfo.InvariantCulture).Substring(0, 8);
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
}

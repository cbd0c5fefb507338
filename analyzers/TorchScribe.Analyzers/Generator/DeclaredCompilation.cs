using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// A compilation plus the declaration halves of all its [ScriptClass]es: what the analyzers see, but for the
/// translations, which no user code refers to. The generator binds script code here, so a class binds the same for the
/// generator and the analyzers (a base-less class's `training` and `forward` exist in both), and one translation
/// serves both. Built once per compilation, and only when a class needs translating.
/// </summary>
/// <remarks>
/// In an editor every keystroke makes a new compilation. Building this one from scratch would look at every class of
/// the project; instead it starts from the previous compilation's: classes in unchanged files whose key is unchanged
/// keep their parsed declaration half, and only the edited files are searched for classes.
/// </remarks>
internal static class DeclaredCompilation
{
    private static readonly ConditionalWeakTable<Compilation, Compilation> Declared = new();
    private static readonly ConditionalWeakTable<ParseOptions, Project> Projects = new();
    private static readonly ClassCache<Half> Halves = new();

    /// <summary>The path generated declaration halves have (what <see cref="GeneratedCode.IsTorchScribeTree"/> recognizes).</summary>
    public const string PathPrefix = "TorchScribe.Analyzers/TorchScribe.Analyzers.Generator.ScriptClassGenerator/";

    public static Compilation For(Compilation compilation, string version, CancellationToken cancellationToken)
    {
        if (Declared.TryGetValue(compilation, out Compilation? declared))
            return declared;
        if (compilation.SyntaxTrees.FirstOrDefault() is not { } first)
            return compilation;
        Project project = Projects.GetValue(first.Options, static _ => new Project());
        ImmutableArray<ClassEntry> classes = project.ClassesOf(compilation, version, cancellationToken);
        // Another thread may have built it meanwhile: keep the first, so every class binds in one compilation.
        return Declared.GetValue(compilation, _ => compilation.AddSyntaxTrees(classes.Where(c => c.Declaration is not null).Select(c => c.Declaration!)));
    }

    /// <summary>The declaration half's model, built once per class and key (by the pipeline or by <see cref="For"/>).</summary>
    public static DeclarationModel? DeclarationOf(ScriptClassInput input, CancellationToken cancellationToken) =>
        HalfOf(input, cancellationToken).Model;

    private static Half HalfOf(ScriptClassInput input, CancellationToken cancellationToken) =>
        Halves.GetOrAdd(input.Parts[0].SyntaxTree.Options, input.Id, input.Key, () => new Half(ModelBuilder.Declaration(input, cancellationToken)));

    /// <summary>A [ScriptClass] of one compilation: its declarations, its key, and its parsed declaration half.</summary>
    private sealed record ClassEntry(string Id, ImmutableArray<SyntaxNode> Parts, ClassKey Key, SyntaxTree? Declaration);

    /// <summary>One declaration half, as a model and, once a compilation needed it, parsed.</summary>
    private sealed class Half(DeclarationModel? model)
    {
        public DeclarationModel? Model { get; } = model;

        public SyntaxTree? Tree { get; set; }
    }

    /// <summary>The declaration halves of one project (one parse options object), and its last compilation's classes.</summary>
    private sealed class Project
    {
        private readonly object gate = new();
        // Weak: an editor keeps the previous compilation alive anyway, while a build must not keep it (and, through it,
        // the declared compilation with everything bound in it) in memory after the generator has run.
        private (WeakReference<Compilation> Compilation, ImmutableArray<ClassEntry> Classes)? last;

        public ImmutableArray<ClassEntry> ClassesOf(Compilation compilation, string version, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                ImmutableArray<ClassEntry> classes = last is { } before && before.Compilation.TryGetTarget(out Compilation? earlier)
                    ? Update(earlier, before.Classes, compilation, version, cancellationToken)
                    : Enumerate(compilation, version, cancellationToken);
                last = (new WeakReference<Compilation>(compilation), classes);
                return classes;
            }
        }

        /// <summary>Every class of the compilation, found through its symbols.</summary>
        private ImmutableArray<ClassEntry> Enumerate(Compilation compilation, string version, CancellationToken cancellationToken)
        {
            KnownSymbols known = KnownSymbols.For(compilation);
            var classes = new List<ClassEntry>();
            foreach (INamedTypeSymbol type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (known.IsScriptClass(type) && Entry(type, compilation, version, cancellationToken) is { } entry)
                    classes.Add(entry);
            }
            return Ordered(classes);
        }

        /// <summary>
        /// The classes of <paramref name="compilation"/> from those of <paramref name="earlier"/>: a class declared in
        /// unchanged files only keeps its entry while its key is equal; classes in new or edited files are found again.
        /// </summary>
        private ImmutableArray<ClassEntry> Update(Compilation earlier, ImmutableArray<ClassEntry> earlierClasses, Compilation compilation, string version, CancellationToken cancellationToken)
        {
            var kept = new HashSet<SyntaxTree>(earlier.SyntaxTrees);
            kept.IntersectWith(compilation.SyntaxTrees);
            // A global using directive (an alias of the attribute, say) can make a class in any file a script class.
            if (earlier.SyntaxTrees.Concat(compilation.SyntaxTrees).Where(t => !kept.Contains(t)).Any(HasGlobalUsings))
                return Enumerate(compilation, version, cancellationToken);
            var classes = new Dictionary<string, ClassEntry>(System.StringComparer.Ordinal);
            var stale = new List<ClassEntry>();
            foreach (ClassEntry entry in earlierClasses)
            {
                if (!entry.Parts.All(p => kept.Contains(p.SyntaxTree)))
                    continue;       // found again below, through its edited file
                if (ScriptClassTranslator.KeyOf(entry.Id, entry.Parts, compilation).Equals(entry.Key))
                    classes[entry.Id] = entry;
                else
                    stale.Add(entry);
            }
            KnownSymbols known = KnownSymbols.For(compilation);
            var found = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxTree tree in compilation.SyntaxTrees.Where(t => !kept.Contains(t)))
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<TypeDeclarationSyntax>().Where(ScriptClassDiscovery.IsCandidate))
                {
                    // Also a class with other parts in unchanged files: the edited file may have added a part.
                    if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } type && known.IsScriptClass(type) && found.Add(ClassIdentity.Of(type))
                        && Entry(type, compilation, version, cancellationToken) is { } entry)
                        classes[entry.Id] = entry;
                }
            }
            foreach (ClassEntry entry in stale)
            {
                if (found.Contains(entry.Id))
                    continue;
                SemanticModel model = compilation.GetSemanticModel(entry.Parts[0].SyntaxTree);
                if (model.GetDeclaredSymbol(entry.Parts[0], cancellationToken) is INamedTypeSymbol type && Entry(type, compilation, version, cancellationToken) is { } fresh)
                    classes[fresh.Id] = fresh;
            }
            return Ordered(classes.Values);
        }

        private static bool HasGlobalUsings(SyntaxTree tree) =>
            tree.GetRoot() is CompilationUnitSyntax unit && unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword));

        private ClassEntry? Entry(INamedTypeSymbol type, Compilation compilation, string version, CancellationToken cancellationToken)
        {
            if (ScriptClassInput.FromSymbol(type, compilation, cancellationToken) is not { } input)
                return null;
            Half half = HalfOf(input, cancellationToken);
            if (half.Model is { } model && half.Tree is null)
            {
                half.Tree = CSharpSyntaxTree.ParseText(DeclarationEmitter.Emit(model, version), (CSharpParseOptions)input.Parts[0].SyntaxTree.Options,
                    PathPrefix + model.Scope.HintStem + GeneratedCode.DeclarationSuffix, System.Text.Encoding.UTF8, cancellationToken);
            }
            return new ClassEntry(input.Id, input.Parts, input.Key, half.Tree);
        }

        private static ImmutableArray<ClassEntry> Ordered(IEnumerable<ClassEntry> classes) =>
            classes.OrderBy(c => c.Id, System.StringComparer.Ordinal).ToImmutableArray();
    }
}

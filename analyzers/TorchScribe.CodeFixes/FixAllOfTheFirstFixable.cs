using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TorchScribe.CodeFixes;

/// <summary>
/// Roslyn's batch Fix All, for hosts that ask without naming which fix to apply. <c>dotnet format analyzers</c> takes
/// the fix of the first diagnostic it finds; when that one has none (a TSB0003 with no torch equivalent), the batch
/// fixer would fix nothing. This provider then uses the fix of the first diagnostic that has one, so Fix All fixes
/// what it can and leaves the rest.
/// </summary>
internal sealed class FixAllOfTheFirstFixable : FixAllProvider
{
    public static FixAllProvider Instance { get; } = new FixAllOfTheFirstFixable();

    private static FixAllProvider Batch => WellKnownFixAllProviders.BatchFixer;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Batch.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        if (context.CodeActionEquivalenceKey is not null)
            return await Batch.GetFixAsync(context).ConfigureAwait(false);
        string? key = await FirstEquivalenceKeyAsync(context).ConfigureAwait(false);
        if (key is null)
            return null;
        var forwarding = new Forwarding(context);
        FixAllContext keyed = context.Document is { } document
            ? new FixAllContext(document, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, forwarding, context.CancellationToken)
            : new FixAllContext(context.Project, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, forwarding, context.CancellationToken);
        return await Batch.GetFixAsync(keyed).ConfigureAwait(false);
    }

    private static async Task<string?> FirstEquivalenceKeyAsync(FixAllContext context)
    {
        IEnumerable<Project> projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        foreach (Project project in projects)
        {
            foreach (Diagnostic diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
            {
                if (diagnostic.Location.SourceTree is not { } tree || project.GetDocument(tree) is not { } document)
                    continue;
                CodeAction? first = null;
                await context.CodeFixProvider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => first ??= action, context.CancellationToken)).ConfigureAwait(false);
                if (first?.EquivalenceKey is { } key)
                    return key;
            }
        }
        return null;
    }

    /// <summary>The host's diagnostics, unchanged, for the context that names the fix.</summary>
    private sealed class Forwarding(FixAllContext original) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await original.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await original.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await original.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}

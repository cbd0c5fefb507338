using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.CodeFixes;
using Xunit;
using Repository = TorchScribe.Compiler.Tests.Infrastructure.Repository;

namespace TorchScribe.Compiler.Tests;

/// <summary>Every diagnostic's help link leads to a page that tells the truth about it, and the index lists it.</summary>
public sealed class DiagnosticDocsTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
            data.Add(descriptor.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PageExistsAndMatchesTheDescriptor(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string relative = $"docs/diagnostics/{id}.md";
        Assert.Equal($"{Descriptors.RepositoryUrl}/blob/main/{relative}", descriptor.HelpLinkUri);

        string page = File.ReadAllText(Repository.File("docs", "diagnostics", $"{id}.md"));
        Assert.Equal($"# {id}: {descriptor.Title}", page.Split('\n')[0].TrimEnd());
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} ", page);
        Assert.Contains($"| Category | {descriptor.Category} |", page);
        Assert.Contains($"| Code fix | {(HasCodeFix(id) ? "yes" : "no")}", page);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void IndexListsTheDiagnostic(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string index = File.ReadAllText(Repository.File("docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} | {(HasCodeFix(id) ? "yes" : "no")} |", index);
    }

    [Fact]
    public void EveryPageBelongsToADiagnostic()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet();
        var pages = Directory.EnumerateFiles(Repository.File("docs", "diagnostics"), "TSB*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static bool HasCodeFix(string id) => typeof(MakePartialCodeFix).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .Any(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id));
}

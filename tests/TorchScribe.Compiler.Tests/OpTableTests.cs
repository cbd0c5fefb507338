using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// The op table's own invariants. That every row compiles in libtorch and matches TorchSharp numerically is shown by
/// TorchScribe.Tests.OpTableTests, which runs tests/TorchScribe.Tests/Models/OpCatalog*.cs; here we check that the
/// catalog really exercises every row.
/// </summary>
public sealed class OpTableTests
{
    [Fact]
    public void CoversAtLeast150TorchSharpApis()
    {
        int apis = OpTable.All.Where(r => r.Type.StartsWith("TorchSharp.", StringComparison.Ordinal)).Select(r => (r.Type, r.Member)).Distinct().Count();
        Assert.True(apis >= 150, $"the op table maps {apis} TorchSharp APIs");
    }

    [Fact]
    public void RowIdsAreUnique()
    {
        var duplicates = OpTable.All.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryRowNamesAMemberThatExists()
    {
        Compilation compilation = TestCompilation.Create("class Empty {}");
        var missing = new List<string>();
        foreach (OpRow row in OpTable.All)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(row.Type);
            if (type is null || type.GetMembers(row.Member).IsEmpty)
                missing.Add(row.Id);
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void CatalogExercisesEveryRow()
    {
        // The catalog is one partial class over OpCatalog.cs and OpCatalog.*.cs, one file per part of the table.
        string[] sources = Directory.GetFiles(Repository.File("tests", "TorchScribe.Tests", "Models"), "OpCatalog*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Compilation compilation = TestCompilation.Create(sources);
        Assert.Empty(TestCompilation.Errors(compilation));
        ScriptClassTranslation catalog = Translate.Class(compilation, "TorchScribe.Tests.Models.OpCatalog");
        ScriptClassTranslation newer = Translate.Class(compilation, "TorchScribe.Tests.Models.PyTorch2Ops");
        Assert.Empty(catalog.Diagnostics.Concat(newer.Diagnostics).Where(d => d.IsError).Select(d => d.ToString()));
        var inCatalog = catalog.Methods.SelectMany(m => m.OpRows).ToHashSet();
        var inNewer = newer.Methods.SelectMany(m => m.OpRows).ToHashSet();
        var unused = OpTable.All.Select(r => r.Id).Where(id => !inCatalog.Contains(id) && !inNewer.Contains(id)).ToList();
        Assert.True(unused.Count == 0, "rows no catalog method uses:\n" + string.Join("\n", unused));

        // The PyTorch tier runs OpCatalog in PyTorch 1.13 and expects PyTorch2Ops to fail there: the rows that declare a
        // newer PyTorch are exactly the ones only PyTorch2Ops uses.
        var declared = OpTable.All.Where(r => r.MinimumPyTorch is not null).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(declared, inNewer.Where(id => !inCatalog.Contains(id)).OrderBy(id => id, StringComparer.Ordinal));
    }
}

using System.Reflection;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Every construct of the scriptable subset, translated, run by libtorch, and compared with C#.</summary>
public sealed class LanguageSubsetTests
{
    [Theory]
    [InlineData("eval")]
    [InlineData("train")]
    public void EveryConstructMatchesCSharp(string mode)
    {
        var model = new LanguageSubset();
        model.train(mode == "train");
        manual_seed(21);
        Tensor a = rand(4, 4) + 0.1;
        var methods = typeof(LanguageSubset).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<ScriptMethodAttribute>() is not null && m.Name != "Forward")
            .ToList();

        using var folder = new TempFolder("language-" + mode);
        string archive = folder.File("subset.pt");
        TorchScript.Save(model, archive);
        save(a, folder.File("a.pt"));
        var result = ScriptRunnerProcess.Run(new
        {
            Archive = archive,
            Output = folder.File("out"),
            Method = "forward",
            Methods = methods.Select(m => m.Name).ToList(),
            Arguments = new List<string> { "tensor:" + folder.File("a.pt") },
            Modes = new List<string> { mode },
            RoundTrip = false,
        }, folder.File("out"));
        Assert.True(result.Succeeded, $"libtorch could not load or run the subset:\n{result.Error}\n{Equivalence.Code(archive)}");

        var failures = Equivalence.CompareMethods(methods, model, new object[] { a }, result.Folder);
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + Equivalence.Code(archive));
    }
}

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

        var failures = new List<string>();
        foreach (MethodInfo method in methods)
        {
            object eager = Equivalence.Run(() => method.Invoke(model, new object[] { a })!, 1234);
            object[] items = eager is System.Runtime.CompilerServices.ITuple tuple
                ? Enumerable.Range(0, tuple.Length).Select(i => tuple[i]!).ToArray()
                : new[] { eager };
            for (int i = 0; i < items.Length; i++)
            {
                string path = Path.Combine(result.Folder, $"{method.Name}_{i}");
                try
                {
                    if (items[i] is Tensor expected)
                    {
                        using Tensor actual = load(path + ".pt");
                        Equivalence.AssertClose(expected, actual, 1e-5, $"{method.Name}[{i}]");
                    }
                    else
                    {
                        Assert.Equal(Convert.ToString(items[i], System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(path + ".txt"));
                    }
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException or FileNotFoundException)
                {
                    failures.Add($"{method.Name}[{i}]: {e.Message}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + Equivalence.Code(archive));
    }
}

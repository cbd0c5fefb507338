using System.Reflection;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>Every op-table row, compiled by libtorch and run against TorchSharp's eager result.</summary>
public sealed class OpTableTests
{
    /// <summary>The classes with one [ScriptMethod] per op-table row, each taking the two catalog tensors.</summary>
    public static readonly Type[] Catalogs = { typeof(OpCatalog), typeof(PyTorch2Ops) };

    /// <summary>
    /// The inputs each catalog runs on: friendly (float32 in (0.1, 1.1)); hostile (negatives, zero, NaN, ±Inf, -0, the
    /// largest float, a subnormal and 1e6); and other dtypes (float64, int64 with negatives and zero, bool), which take
    /// rows down their integer and double kernels and through type promotion. Off the friendly inputs a row may throw in
    /// C#; then the export must raise too.
    /// </summary>
    public static readonly string[] Inputs = { "friendly", "hostile", "float64", "int64", "bool" };

    /// <summary>
    /// Catalog methods TorchSharp 0.107 cannot run on some inputs without aborting the process: its natives for var along
    /// dimensions (integer and bool tensors) and for the matrix products of MatMul (bool tensors) do not catch libtorch's
    /// error. Those runs leave them out (the export raises).
    /// </summary>
    private static readonly HashSet<(string Inputs, string Method)> AbortsTorchSharp = new()
    {
        ("int64", nameof(OpCatalog.VarAlongDimensions)), ("bool", nameof(OpCatalog.VarAlongDimensions)), ("bool", nameof(OpCatalog.MatMul)),
    };

    public static TheoryData<Type, string> CatalogTypes
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (Type type in Catalogs)
            {
                foreach (string inputs in Inputs)
                    data.Add(type, inputs);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CatalogTypes))]
    public void EveryCatalogMethodMatchesTorchSharp(Type type, string inputs)
    {
        var catalog = (nn.Module)Activator.CreateInstance(type)!;
        catalog.eval();
        manual_seed(7);
        var (a, b) = Operands(inputs);
        var methods = ScriptMethods(type).Where(m => !AbortsTorchSharp.Contains((inputs, m.Name))).ToList();
        Assert.True(methods.Count > 0);

        using var folder = new TempFolder("op-catalog-" + type.Name + "-" + inputs);
        string archive = folder.File("catalog.pt");
        TorchScript.Save(catalog, archive);
        var result = ScriptRunnerProcess.Run(new
        {
            Archive = archive,
            Output = folder.File("out"),
            Method = "forward",
            Methods = methods.Select(m => m.Name).ToList(),
            Arguments = new List<string> { Save(a, folder.File("a.pt")), Save(b, folder.File("b.pt")) },
            Modes = new List<string> { "eval" },
            RoundTrip = false,
        }, folder.File("out"));
        Assert.True(result.Succeeded, $"libtorch could not load or run the op catalog:\n{result.Error}\n{Equivalence.Code(archive)}");

        var failures = Equivalence.CompareMethods(methods, catalog, new object[] { a, b }, result.Folder);
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // On friendly inputs nothing may raise: a method that raises in both runs would prove only that its rows raise.
        var raising = methods.Where(m => File.Exists(Path.Combine(result.Folder, m.Name + ".failed.txt"))).Select(m => m.Name).ToList();
        Assert.True(inputs != "friendly" || raising.Count == 0, "catalog methods that raise on friendly inputs: " + string.Join(", ", raising));
    }

    private static (Tensor A, Tensor B) Operands(string inputs) => inputs switch
    {
        "friendly" => (rand(4, 4) + 0.1, rand(4, 4) + 0.1),
        "hostile" => (Hostile(), Hostile().flip(0, 1)),
        "float64" => (rand(4, 4, ScalarType.Float64) + 0.1, randn(4, 4, ScalarType.Float64) * 3),
        "int64" => (randint(-5, 6, new long[] { 4, 4 }), randint(-3, 4, new long[] { 4, 4 })),
        "bool" => (rand(4, 4) > 0.5, rand(4, 4) > 0.3),
        _ => throw new ArgumentException(inputs),
    };

    private static Tensor Hostile()
    {
        Tensor values = HostileTensors.Plant(randn(4, 4) * 3);
        values[3, 3] = tensor(0.0f);
        return values;
    }

    /// <summary>A catalog's [ScriptMethod]s other than Forward: each takes the two catalog tensors.</summary>
    public static List<MethodInfo> ScriptMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<ScriptMethodAttribute>() is not null && m.Name != "Forward")
            .ToList();

    private static string Save(Tensor tensor, string path)
    {
        save(tensor, path);
        return "tensor:" + path;
    }
}

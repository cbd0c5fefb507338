using System.Reflection;
using TorchScribe.Runtime;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using TorchScribe.Tests.Models.Fixtures;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>
/// The promise, over every [ScriptClass] of this assembly (ModelCatalog): a class the build translated (no TSB error,
/// so its definition lists none) exports, and libtorch runs the archive with the same results, parameters and buffers;
/// a class with errors does not export and the exception lists them. And whatever the build: every component field
/// is registered, so it is trained, moved and saved.
/// </summary>
public sealed class ExportInvariantTests
{
    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (ModelCatalog.Entry entry in ModelCatalog.All)
            data.Add(entry.Type.FullName!);
        return data;
    }

    [Fact]
    public void EveryScriptClassOfTheAssemblyIsInTheCatalog()
    {
        var scriptClasses = typeof(ModelCatalog).Assembly.GetTypes()
            .Where(t => typeof(IScriptModule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(scriptClasses, ModelCatalog.All.Select(e => e.Type.FullName!).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ExportsExactlyWhenTheBuildTranslatedIt(string type)
    {
        manual_seed(42);
        ModelCatalog.Entry entry = ModelCatalog.All.Single(e => e.Type.FullName == type);
        var (module, inputs) = entry.Create();
        AssertComponentFieldsAreRegistered(module);
        if (entry.SaveError is { } saveError)
        {
            Assert.Contains(saveError, Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(module, new MemoryStream())).Message);
            return;
        }
        ScriptClassDefinition definition = ((IScriptModule)module).ScriptDefinition;
        if (definition.Errors.Count > 0)
        {
            var error = Assert.Throws<TorchScriptExportException>(() => TorchScript.Save(module, new MemoryStream()));
            Assert.All(definition.Errors, e => Assert.Contains(e, error.Message));
            return;
        }
        using var folder = new TempFolder("invariant-" + module.GetType().Name);
        Equivalence.AssertExportMatches(module, () => ModelCatalog.Forward(module, inputs), inputs, folder);
    }

    /// <summary>
    /// The components TorchSharp's reflection-based RegisterComponents would find — every field holding a module,
    /// parameter or tensor — are registered under the same names by the generated registration.
    /// </summary>
    private static void AssertComponentFieldsAreRegistered(nn.Module module)
    {
        var children = module.named_children().ToDictionary(c => c.name, c => c.module);
        var parameters = module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var buffers = module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer);
        foreach (FieldInfo field in module.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            string name = field.GetCustomAttribute<TorchSharp.Utils.ComponentNameAttribute>()?.Name is { Length: > 0 } named ? named : field.Name;
            if (name.Contains('<'))
                name = name.Substring(1, name.IndexOf('>') - 1);   // an auto-property's backing field registers under the property's name
            switch (field.GetValue(module))
            {
                case nn.Module child:
                    Assert.True(children.TryGetValue(name, out var registered) && ReferenceEquals(registered, child), $"{module.GetType().Name}.{field.Name} is not registered as submodule '{name}'");
                    break;
                case Parameter parameter:
                    Assert.True(parameters.TryGetValue(name, out var p) && p.Handle == parameter.Handle, $"{module.GetType().Name}.{field.Name} is not registered as parameter '{name}'");
                    break;
                case Tensor tensor:
                    Assert.True(buffers.TryGetValue(name, out var b) && b.Handle == tensor.Handle, $"{module.GetType().Name}.{field.Name} is not registered as buffer '{name}'");
                    break;
            }
        }
    }

    [Fact]
    public void ACompositionOfBaselessScriptClassesTrainsSavesAndMatches()
    {
        manual_seed(5);
        var model = new ComposedRegressor();
        Assert.Equal(new[] { "first.proj.weight", "first.proj.bias", "second.proj.weight", "second.proj.bias", "head.weight", "head.bias" },
            model.named_parameters().Select(p => p.name));
        var optimizer = optim.Adam(model.parameters(), lr: 0.02);
        Tensor x = rand(64, 2) * 2 - 1;
        Tensor y = (x[.., 0] * 3 - x[.., 1]).unsqueeze(1);
        double first = 0, last = 0;
        for (int step = 0; step < 200; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            Tensor loss = nn.functional.mse_loss(model.forward(x), y);
            loss.backward();
            optimizer.step();
            if (step == 0)
                first = loss.item<float>();
            last = loss.item<float>();
        }
        Assert.True(last < first / 10, $"loss went from {first} to {last}");
        using var folder = new TempFolder("composition");
        Equivalence.AssertExportMatches(model, () => model.forward(x), new object[] { x }, folder);
    }
}

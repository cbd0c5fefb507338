using System.Collections.Generic;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using TorchSharp.Modules;
using static TorchSharp.torch;

[assembly: StockModule(typeof(Sequential), typeof(SequentialTranslation))]
[assembly: StockModule(typeof(ModuleList<>), typeof(ModuleListTranslation))]
[assembly: StockModule(typeof(ModuleDict<>), typeof(ModuleDictTranslation))]
[assembly: StockModule(typeof(ParameterList), typeof(ParameterListTranslation))]
[assembly: StockModule(typeof(ParameterDict), typeof(ParameterDictTranslation))]

namespace TorchScribe.Export.Builtins;

/// <summary>ModuleList / ModuleDict: children as attributes ("0", "1", … or keys), no forward.</summary>
internal static class Containers
{
    public static ModuleDescription Describe(string name, nn.Module module)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("container", name));
        foreach (var (child, submodule) in module.named_children())
            description.Members.Add(new MemberValue(child, MemberKind.Submodule, null, submodule));
        return description;
    }
}

internal sealed class ModuleListTranslation : IStockModuleTranslation
{
    public ModuleDescription Describe(nn.Module list, string path) => Containers.Describe("ModuleList", list);
}

internal sealed class ModuleDictTranslation : IStockModuleTranslation
{
    public ModuleDescription Describe(nn.Module dictionary, string path) => Containers.Describe("ModuleDict", dictionary);
}

/// <summary>ParameterList / ParameterDict: the parameters as attributes ("0", "1", … or keys), no forward, as in PyTorch.</summary>
internal static class ParameterContainers
{
    public static ModuleDescription Describe(string name, nn.Module module)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn("container", name));
        foreach (var (parameterName, parameter) in module.named_parameters(false))
            description.Members.Add(StockModuleCode.TensorMember(parameterName, MemberKind.Parameter, parameter));
        return description;
    }
}

internal sealed class ParameterListTranslation : StockModuleTranslation<ParameterList>
{
    protected override ModuleDescription Describe(ParameterList list, string path) => ParameterContainers.Describe("ParameterList", list);
}

internal sealed class ParameterDictTranslation : StockModuleTranslation<ParameterDict>
{
    protected override ModuleDescription Describe(ParameterDict dictionary, string path) => ParameterContainers.Describe("ParameterDict", dictionary);
}

/// <summary>Sequential: each child's forward in turn (children may have any name, e.g. "conv2d-first").</summary>
internal sealed class SequentialTranslation : StockModuleTranslation<Sequential>
{
    protected override ModuleDescription Describe(Sequential sequential, string path)
    {
        var description = Containers.Describe("Sequential", sequential);
        var source = new List<string> { "  def forward(self, input: Tensor) -> Tensor:\n" };
        foreach (MemberValue child in description.Members)
            source.Add($"    input = {ScriptSyntax.Attribute("self", child.Name)}.forward(input)\n");
        source.Add("    return input\n");
        description.Methods.Add(string.Concat(source));
        return description;
    }
}

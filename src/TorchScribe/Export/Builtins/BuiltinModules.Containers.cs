using System.Collections.Generic;
using TorchScribe.Shared;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

internal static partial class BuiltinModules
{
    /// <summary>ModuleList / ModuleDict: children as attributes ("0", "1", … or keys), no forward.</summary>
    private static ModuleDescription Container(string name, nn.Module module)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.container." + name);
        foreach (var (child, submodule) in module.named_children())
            description.Members.Add(new MemberValue(child, MemberKind.Submodule, null, submodule));
        return description;
    }

    /// <summary>Sequential: each child's forward in turn (children may have any name, e.g. "conv2d-first").</summary>
    private static ModuleDescription Sequential(Sequential sequential)
    {
        var description = Container("Sequential", sequential);
        var source = new List<string> { "  def forward(self, input: Tensor) -> Tensor:\n" };
        foreach (MemberValue child in description.Members)
            source.Add($"    input = {ScriptSyntax.Attribute("self", child.Name)}.forward(input)\n");
        source.Add("    return input\n");
        description.Methods.Add(string.Concat(source));
        return description;
    }
}

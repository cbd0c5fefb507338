using System.Collections.Generic;
using System.Linq;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

/// <summary>
/// TorchScript translations of TorchSharp's stock modules, with PyTorch's qualified class names and state-dict keys.
/// Each forward is written to compute exactly what TorchSharp's own forward computes, with the hyper-parameters
/// read from the instance and inlined as literals.
/// </summary>
internal static partial class BuiltinModules
{
    /// <summary>The description of a stock module, or null when <paramref name="module"/> is not one TorchScribe knows.</summary>
    public static ModuleDescription? Describe(nn.Module module, string path) => module switch
    {
        Linear linear => Linear(linear),
        Sequential sequential => Sequential(sequential),
        ModuleList<nn.Module> list => Container("__torch__.torch.nn.modules.container.ModuleList", list),
        ReLU => Activation("__torch__.torch.nn.modules.activation.ReLU", "torch.relu(input)"),
        Identity => Activation("__torch__.torch.nn.modules.linear.Identity", "input"),
        _ => DescribeGeneric(module, path),
    };

    /// <summary>Modules matched by their generic definition (ModuleList&lt;T&gt;, ModuleDict&lt;T&gt;).</summary>
    private static ModuleDescription? DescribeGeneric(nn.Module module, string path)
    {
        System.Type type = module.GetType();
        if (!type.IsGenericType)
            return null;
        System.Type definition = type.GetGenericTypeDefinition();
        if (definition == typeof(ModuleList<>))
            return Container("__torch__.torch.nn.modules.container.ModuleList", module);
        if (definition == typeof(ModuleDict<>))
            return Container("__torch__.torch.nn.modules.container.ModuleDict", module);
        return null;
    }

    private static ModuleDescription Container(string qualifiedName, nn.Module module)
    {
        var description = new ModuleDescription(qualifiedName);
        foreach (var (name, child) in module.named_children())
            description.Members.Add(new MemberValue(name, MemberKind.Submodule, null, child));
        return description;
    }

    private static ModuleDescription Sequential(Sequential sequential)
    {
        var description = Container("__torch__.torch.nn.modules.container.Sequential", sequential);
        var lines = new List<string> { "  def forward(self, input: Tensor) -> Tensor:\n" };
        foreach (MemberValue child in description.Members)
            lines.Add($"    input = {Shared.ScriptSyntax.Attribute("self", child.Name)}.forward(input)\n");
        lines.Add("    return input\n");
        description.Methods.Add(string.Concat(lines));
        return description;
    }

    private static ModuleDescription Linear(Linear linear)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules.linear.Linear");
        Tensors(description, linear, MemberKind.Parameter, "weight", "bias");
        description.Methods.Add(Forward("torch.linear(input, self.weight, self.bias)"));
        return description;
    }

    private static ModuleDescription Activation(string qualifiedName, string expression)
    {
        var description = new ModuleDescription(qualifiedName);
        description.Methods.Add(Forward(expression));
        return description;
    }

    /// <summary>A one-input forward returning <paramref name="expression"/> of <c>input</c>.</summary>
    private static string Forward(string expression, string input = "Tensor") =>
        $"  def forward(self, input: {input}) -> Tensor:\n    return {expression}\n";

    /// <summary>Adds the module's registered tensors <paramref name="names"/> (absent ones as None).</summary>
    private static void Tensors(ModuleDescription description, nn.Module module, MemberKind kind, params string[] names)
    {
        var registered = kind == MemberKind.Parameter
            ? module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter)
            : module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer);
        foreach (string name in names)
        {
            registered.TryGetValue(name, out Tensor? tensor);
            description.Members.Add(new MemberValue(name, kind, tensor is null ? "Optional[Tensor]" : "Tensor", tensor));
        }
    }
}

namespace TorchScribe.Export;

/// <summary>A TorchScript class name: the module it is declared in (<c>__torch__.MyApp</c>) and its own name.</summary>
internal sealed record ScriptClassName(string Module, string Name)
{
    /// <summary>A class of PyTorch's <c>torch.nn.modules.&lt;file&gt;</c>, as stock modules are named.</summary>
    public static ScriptClassName TorchNn(string file, string name) => new("__torch__.torch.nn.modules." + file, name);

    public override string ToString() => Module + "." + Name;
}

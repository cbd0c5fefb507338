using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>MultiheadAttention called from script code, with and without masks (TorchSharp cannot pass bools to jit modules).</summary>
[ScriptClass]
public partial class AttentionCall
{
    private readonly MultiheadAttention attention;
    [ScriptConstant] private readonly bool masked;

    public AttentionCall(bool masked) : base(nameof(AttentionCall))
    {
        this.masked = masked;
        attention = ScriptModules.MultiheadAttention(8, 2, add_bias_kv: masked, add_zero_attn: masked);
        RegisterComponents();
    }

    [ScriptMethod]
    public (Tensor, Tensor) Forward(Tensor query, Tensor key, Tensor value, Tensor padding, Tensor mask)
    {
        var result = masked ? attention.call(query, key, value, padding, true, mask) : attention.call(query, key, value, null, true, null);
        return (result.Item1, result.Item2);
    }
}

/// <summary>Children in a ModuleList (iterated, unrolled at export) and a ModuleDict (by key).</summary>
[ScriptClass]
public partial class Containers
{
    private readonly ModuleList<Linear> layers;
    private readonly ModuleDict<nn.Module<Tensor, Tensor>> heads;

    public Containers() : base(nameof(Containers))
    {
        layers = nn.ModuleList(nn.Linear(4, 4), nn.Linear(4, 4), nn.Linear(4, 4));
        heads = nn.ModuleDict<nn.Module<Tensor, Tensor>>(("relu", nn.ReLU()), ("tanh", nn.Tanh()));
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        foreach (var layer in layers)
            x = heads["relu"].forward(layer.forward(x));
        return heads["tanh"].forward(layers[0].forward(x));
    }
}

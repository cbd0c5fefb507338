using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>Parameters held in a ParameterList and a ParameterDict, read by constant index and key in script code.</summary>
[ScriptClass]
public partial class ParameterHolders : nn.Module<Tensor, Tensor>
{
    private readonly ParameterList scales = nn.ParameterList(nn.Parameter(torch.rand(4) + 0.5), nn.Parameter(torch.rand(4) + 0.5));
    private readonly ParameterDict offsets = nn.ParameterDict(("low", nn.Parameter(torch.randn(4))), ("high", nn.Parameter(torch.randn(4))));

    public ParameterHolders() : base(nameof(ParameterHolders))
    {
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => x * scales[0] + offsets["low"] - scales[1] * offsets["high"];
}

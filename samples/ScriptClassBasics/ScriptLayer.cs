using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ScriptClassBasics;

/// <summary>
/// Scenario 1: a script class with a constant-sized weight, whose forward is a matrix product. It is used as the last
/// layer of an ordinary Sequential (Linear → ReLU → ScriptLayer), which exports as a whole.
/// </summary>
[ScriptClass]
public partial class ScriptLayer : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;

    public ScriptLayer(long inFeatures, long outFeatures) : base(nameof(ScriptLayer))
    {
        weight = nn.Parameter(torch.randn(inFeatures, outFeatures) / Math.Sqrt(inFeatures));
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => torch.mm(x, weight);
}

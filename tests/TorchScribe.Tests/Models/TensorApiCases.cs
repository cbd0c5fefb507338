using System;
using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// Tensor API the way TorchSharp's own examples use it: in-place ops, slice, shape[^1], a computed property, MathF.Sqrt
/// scaling, and a Device field that only host code uses. Compared in libtorch by <see cref="ExportInvariantTests"/>.
/// </summary>
[ScriptClass]
public sealed partial class TensorApiCases : nn.Module<Tensor, Tensor>
{
    private readonly Linear proj = nn.Linear(8, 8);
    private readonly Device device;
    private readonly int heads = 2;

    public TensorApiCases() : base(nameof(TensorApiCases))
    {
        device = torch.CPU;
        RegisterComponents();
    }

    /// <summary>Host code: the only user of <see cref="device"/>.</summary>
    [ScriptIgnore]
    public Tensor Prepare(Tensor x) => x.to(device);

    private int HeadDim => 8 / heads;

    public override Tensor forward(Tensor x)
    {
        Tensor y = proj.forward(x);
        float scale = 1.0f / MathF.Sqrt(HeadDim);
        Tensor first = y.slice(1, 0, 4, 1) * scale;
        Tensor last = y.slice(-1, 4, y.shape[^1], 2);
        Tensor z = y.clone();
        z.slice(1, 0, 2, 1).zero_();
        long width = x.shape[^1] + y.size(-1);
        return first.sum(1) + last.sum(1) + z.sum(1) + width;
    }
}

using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ScriptClassBasics;

/// <summary>
/// Scenario 3: a forward that used a non-scriptable helper, fixed. It used to read
/// <code>
/// private readonly NumSharpSquasher squasher = new();   // a plain class calling NumSharp's np.tanh on t.data&lt;float&gt;()
/// public override Tensor forward(Tensor x) => squasher.Squash(proj.forward(x));
/// </code>
/// which the analyzer reports while you type:
/// <c>error TSB0005: 'squasher' has type 'NumSharpSquasher', which is not scriptable; mark 'squasher' [ScriptIgnore]
/// and keep it out of script code</c>. Moving the helper into the class turns that into TSB0003 (NumSharp) and TSB0004
/// (<c>data&lt;float&gt;()</c>), and the TSB0003 code fix rewrites the NumSharp call into the torch operation below.
/// </summary>
[ScriptClass]
public partial class SquashedProjection : nn.Module<Tensor, Tensor>
{
    private readonly Linear proj;
    [ScriptConstant] private readonly double gain;

    public SquashedProjection(long features, double gain) : base(nameof(SquashedProjection))
    {
        proj = nn.Linear(features, features);
        this.gain = gain;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => Squash(proj.forward(x)) * gain;

    private static Tensor Squash(Tensor t) => torch.tanh(t);
}

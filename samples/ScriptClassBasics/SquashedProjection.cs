using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ScriptClassBasics;

/// <summary>
/// Scenario 3: a forward that calls a helper object, fixed with the helper still a class. It used to read
/// <code>
/// private readonly Squasher squasher = new(0.5);   // a plain class calling NumSharp's np.tanh on t.data&lt;float&gt;()
/// public override Tensor forward(Tensor x) => squasher.Squash(proj.forward(x));
/// </code>
/// which the analyzer reports while you type:
/// <c>error TSB0005: 'squasher' has type 'Squasher', which is not scriptable; mark 'Squasher' [ScriptClass], or mark
/// 'squasher' [ScriptIgnore] and keep it out of script code</c>. Its code fix marks the helper [ScriptClass] (and
/// partial); the helper's code is then script code, reported as TSB0003 (NumSharp) and TSB0004 (<c>data&lt;float&gt;()</c>),
/// and the TSB0003 code fix rewrites the NumSharp call into the torch operation below. The archive holds the helper as a
/// TorchScript class, and the module holds its object.
/// </summary>
[ScriptClass]
public partial class SquashedProjection : nn.Module<Tensor, Tensor>
{
    private readonly Linear proj;
    private readonly Squasher squasher;

    public SquashedProjection(long features, double gain) : base(nameof(SquashedProjection))
    {
        proj = nn.Linear(features, features);
        squasher = new Squasher(gain);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => squasher.Squash(proj.forward(x));
}

/// <summary>The helper of scenario 3: a plain [ScriptClass], whose constructor and methods are TorchScript too.</summary>
[ScriptClass]
public sealed partial class Squasher
{
    private readonly double gain;

    public Squasher(double gain) => this.gain = gain;

    public Tensor Squash(Tensor t) => torch.tanh(t) * gain;
}

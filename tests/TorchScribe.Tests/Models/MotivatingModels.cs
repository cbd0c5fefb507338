using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>Scenario (a): a script class with a parameter whose forward is mm(x, weight).</summary>
[ScriptClass]
public partial class TsLayer : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;

    public TsLayer(long inFeatures, long outFeatures) : base(nameof(TsLayer))
    {
        weight = nn.Parameter(randn(inFeatures, outFeatures));
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => mm(x, weight);
}

/// <summary>Scenario (a) as a script class too: Linear → ReLU → TsLayer.</summary>
[ScriptClass]
public partial class Net : nn.Module<Tensor, Tensor>
{
    private readonly Linear linear1;
    private readonly TsLayer ts_layer;

    public Net() : base(nameof(Net))
    {
        linear1 = nn.Linear(8, 10);
        ts_layer = new TsLayer(10, 5);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => ts_layer.forward(nn.functional.relu(linear1.forward(x)));
}

/// <summary>Scenario (b): a forward that branches on two constants.</summary>
[ScriptClass]
public partial class Consts
{
    [ScriptConstant] private readonly long a;
    [ScriptConstant] private readonly long b;

    public Consts(long a, long b) : base(nameof(Consts))
    {
        this.a = a;
        this.b = b;
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        if (a > b)
            return x * a;
        return x + b;
    }
}

/// <summary>
/// Scenario (c), fixed: the forward calls a helper object that once used NumSharp (TSB0005 on the field). The TSB0005
/// fix marks the helper [ScriptClass]; its code is then script code (TSB0003, TSB0004), and the TSB0003 fix rewrites it
/// into the torch call below. MotivatingScenarioFixTests checks that the fixes produce exactly this helper.
/// </summary>
[ScriptClass]
public partial class Squashed : nn.Module<Tensor, Tensor>
{
    private readonly Linear proj = nn.Linear(6, 6);
    private readonly NumSharpSquasher squasher = new NumSharpSquasher();

    public Squashed() : base(nameof(Squashed)) => RegisterComponents();

    public override Tensor forward(Tensor x) => squasher.Squash(proj.forward(x));
}

/// <summary>The helper of scenario (c), still a class: marked [ScriptClass] by the TSB0005 fix, its NumSharp call rewritten by the TSB0003 fix.</summary>
[ScriptClass]
public sealed partial class NumSharpSquasher
{
    // fixed: begin
    public Tensor Squash(Tensor t) => torch.tanh(t).reshape(t.shape) * 0.5;
    // fixed: end
}

using System.Collections.Generic;
using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Diagnostics;

// TSB0100: a [ScriptClass] must be partial.
[ScriptClass]
public class NotPartial : nn.Module<Tensor, Tensor>
{
    public NotPartial() : base(nameof(NotPartial)) => RegisterComponents();
    public override Tensor forward(Tensor x) => x;
}

[ScriptClass]
public partial class Declarations : nn.Module<Tensor, Tensor>
{
    // TSB0101: a [ScriptConstant] must be readonly.
    [ScriptConstant] private double scale = 0.5;

    // TSB0103: TorchSharp never registers the items of a List<T>.
    private readonly List<Linear> layers = new List<Linear>();

    // TSB0105: Embedding's options cannot be read back for export; ScriptModules.Embedding records them.
    private readonly Embedding embedding = nn.Embedding(10, 4);

    // TSB0102: the constructor never calls RegisterComponents().
    public Declarations() : base(nameof(Declarations))
    {
        layers.Add(nn.Linear(4, 4));
    }

    public override Tensor forward(Tensor x) => x * scale;
}

// TSB0104: no forward (neither an override nor a [ScriptMethod] named Forward).
[ScriptClass]
public partial class NoForward
{
    [ScriptMethod]
    public Tensor Apply(Tensor x) => x;
}

// TSB0106: a [ScriptClass] cannot be generic.
[ScriptClass]
public partial class Generic<T> : nn.Module<Tensor, Tensor>
{
    public Generic() : base("Generic") => RegisterComponents();
    public override Tensor forward(Tensor x) => x;
}

[ScriptClass]
public partial class Names : nn.Module<Tensor, Tensor>
{
    // TSB0107: the generated half of every [ScriptClass] declares ComponentNames.
    public static readonly string[] ComponentNames = { "proj" };

    // TSB0108: a component saved as "forward" would collide with the forward method in the archive.
    [TorchSharp.Utils.ComponentName(Name = "forward")]
    private readonly Linear proj = nn.Linear(4, 4);

    public Names() : base(nameof(Names)) => RegisterComponents();
    public override Tensor forward(Tensor x) => proj.forward(x);
}

[ScriptClass]
public partial class Holder : nn.Module<Tensor, Tensor>
{
    // TSB0109: export writes every registered submodule, and TorchSharp's AdaptiveMaxPool3d is not one it can write.
    private readonly AdaptiveMaxPool3d pool = nn.AdaptiveMaxPool3d(new long[] { 1, 1, 1 });

    public Holder() : base(nameof(Holder)) => RegisterComponents();
    public override Tensor forward(Tensor x) => x;
}

// TSB0110: a [ScriptClass] struct is a NamedTuple, an immutable value; this one is mutable.
[ScriptClass]
public partial record struct Window(long Start, long Length);

// TSB0111: a plain [ScriptClass]'s constructor is its one __init__.
[ScriptClass]
public partial class Sampler
{
    private readonly double temperature;
    public Sampler(double temperature) => this.temperature = temperature;
    public Sampler() : this(1.0) { }
    public Tensor Scale(Tensor logits) => logits / temperature;
}

// TSB0112: a plain [ScriptClass] holds values, not modules.
[ScriptClass]
public partial class Projector
{
    private readonly Linear head = nn.Linear(4, 4);
}

// TSB0113: a TorchScript class cannot refer to itself through its fields.
[ScriptClass]
public partial class Node
{
    public long Value;
    public Node? Next;
}

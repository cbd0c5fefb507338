using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

namespace TestModels;

// Uses of what the generated half of a base-less [ScriptClass] provides. The generator binds without that half, the
// analyzers with it; the rule both apply: read training, call forward/call with positional arguments of exactly the
// Forward's types. Anything else is reported by the analyzers and not translated by the generator.

[ScriptClass]
public partial class Leaf
{
    public Leaf() : base(nameof(Leaf)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x, long n) => training ? x * n : x;
}

[ScriptClass]
public partial class ExactCaller
{
    private readonly Leaf leaf = new Leaf();

    public ExactCaller() : base(nameof(ExactCaller)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => leaf.forward(leaf.call(x, 2L), 3L) + leaf.Forward(x, n: 4) + (this.training ? 1 : 0);
}

[ScriptClass]
public partial class ConvertingCaller
{
    private readonly Leaf leaf = new Leaf();

    public ConvertingCaller() : base(nameof(ConvertingCaller)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => leaf.forward(x, 2);      // int converted to long: reported
}

[ScriptClass]
public partial class NamingCaller
{
    private readonly Leaf leaf = new Leaf();

    public NamingCaller() : base(nameof(NamingCaller)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => leaf.forward(n: 2L, x: x);   // named: reported
}

[ScriptClass]
public partial class PlumbingCaller
{
    private readonly Leaf leaf = new Leaf();

    public PlumbingCaller() : base(nameof(PlumbingCaller)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x * ComponentNames.Count;   // generated plumbing: reported
}

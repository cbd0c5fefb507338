using System.Collections.Generic;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models.Fixtures;

/// <summary>A [ScriptClass] that omits its base class: the generator infers Module&lt;Tensor, Tensor&gt; from Forward.</summary>
[ScriptClass]
public partial class Feature
{
    private readonly Linear proj;

    public Feature(long inputs, long outputs) : base(nameof(Feature))
    {
        proj = nn.Linear(inputs, outputs);
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => proj.forward(x).tanh();
}

/// <summary>
/// Composition of base-less [ScriptClass]es: the children are modules everywhere they are seen, so they are
/// registered (trained, moved, saved), and script code may call them as TorchSharp modules or through Forward.
/// </summary>
[ScriptClass]
public partial class ComposedRegressor
{
    private readonly Feature first;
    private readonly Feature second;
    private readonly Linear head;

    public ComposedRegressor() : base(nameof(ComposedRegressor))
    {
        first = new Feature(2, 8);
        second = new Feature(8, 8);
        head = nn.Linear(8, 1);
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        Tensor hidden = second.forward(first.call(x));
        if (training)
            hidden = hidden + second.Forward(hidden) * 0.0;
        return head.forward(hidden);
    }
}

/// <summary>A block whose layers another [ScriptClass] loops over, and keys a constant names.</summary>
[ScriptClass]
public partial class Stack
{
    internal readonly ModuleList<Linear> layers;
    [ScriptConstant] private readonly string key;

    public Stack(string key) : base(nameof(Stack))
    {
        this.key = key;
        layers = nn.ModuleList(nn.Linear(3, 3), nn.Linear(3, 3));
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => Outputs(x)["last"];

    /// <summary>A dictionary literal whose first key is a constant: the literal's '{' right before the key's value.</summary>
    [ScriptMethod]
    public Dictionary<string, Tensor> Outputs(Tensor x)
    {
        var outputs = new Dictionary<string, Tensor> { [key] = x, ["last"] = x };
        foreach (var layer in layers)
            outputs["last"] = layer.forward(outputs["last"]);
        return outputs;
    }
}

/// <summary>Loops over the ModuleList of a submodule (and of the current child of an outer loop).</summary>
[ScriptClass]
public partial class StackRunner
{
    private readonly Stack inner;
    private readonly ModuleList<Stack> stacks;

    public StackRunner() : base(nameof(StackRunner))
    {
        inner = new Stack("{first}");
        stacks = nn.ModuleList(new Stack("a"), new Stack("b"));
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        foreach (var layer in inner.layers)
            x = layer.forward(x);
        foreach (var stack in stacks)
        {
            foreach (var layer in stack.layers)
                x = layer.forward(x) + x;
        }
        return x + inner.Outputs(x)["{first}"];
    }
}

/// <summary>[ScriptClass]es nested in other types.</summary>
public static partial class Outer
{
    /// <summary>A nested [ScriptClass] with an explicit base.</summary>
    [ScriptClass]
    public partial class Nested : nn.Module<Tensor, Tensor>
    {
        private readonly Linear fc = nn.Linear(3, 3);

        public Nested() : base(nameof(Nested)) => RegisterComponents();

        public override Tensor forward(Tensor x) => fc.forward(x) * 2;
    }
}

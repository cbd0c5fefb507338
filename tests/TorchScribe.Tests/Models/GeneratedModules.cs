using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>A small MLP whose plumbing is all generated: base class, forward, registration, device moves.</summary>
[ScriptClass]
public partial class Mlp
{
    private readonly Linear fc1;
    private readonly Linear fc2;
    private readonly Parameter scale;
    private Tensor calls;

    public Mlp(long inputs, long hidden, long outputs) : base(nameof(Mlp))
    {
        fc1 = nn.Linear(inputs, hidden);
        fc2 = nn.Linear(hidden, outputs);
        scale = nn.Parameter(ones(outputs));
        calls = zeros(1);
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => fc2.forward(nn.functional.relu(fc1.forward(x))) * scale;
}

/// <summary>The same MLP written by hand the usual TorchSharp way: reflection registration, no dispose scope.</summary>
public sealed class HandWrittenMlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear fc1;
    private readonly Linear fc2;
    private readonly Parameter scale;
    private Tensor calls;

    public HandWrittenMlp(long inputs, long hidden, long outputs) : base(nameof(HandWrittenMlp))
    {
        fc1 = nn.Linear(inputs, hidden);
        fc2 = nn.Linear(hidden, outputs);
        scale = nn.Parameter(ones(outputs));
        calls = zeros(1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => fc2.forward(nn.functional.relu(fc1.forward(x))) * scale;
}

/// <summary>Components in an auto-property and behind a [ComponentName], registered by the generated code.</summary>
[ScriptClass]
public partial class Named : nn.Module<Tensor, Tensor>
{
    [TorchSharp.Utils.ComponentName(Name = "proj")]
    private readonly Linear projection;

    public Linear Head { get; }

    public Named() : base(nameof(Named))
    {
        projection = nn.Linear(3, 3);
        Head = nn.Linear(3, 2);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => Head.forward(projection.forward(x));
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Benchmarks;

/// <summary>A small MLP whose forward is generated: the [ScriptMethod] Forward runs inside a generated dispose scope.</summary>
[ScriptClass]
public partial class GeneratedMlp
{
    private readonly Linear fc1 = nn.Linear(128, 256);
    private readonly Linear fc2 = nn.Linear(256, 256);
    private readonly Linear fc3 = nn.Linear(256, 10);

    public GeneratedMlp() : base(nameof(GeneratedMlp)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => fc3.forward(nn.functional.relu(fc2.forward(nn.functional.relu(fc1.forward(x)))));
}

/// <summary>The same MLP as TorchSharp users write it when they care about memory: their own dispose scope.</summary>
public sealed class HandWrittenMlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear fc1 = nn.Linear(128, 256);
    private readonly Linear fc2 = nn.Linear(256, 256);
    private readonly Linear fc3 = nn.Linear(256, 10);

    public HandWrittenMlp() : base(nameof(HandWrittenMlp)) => RegisterComponents();

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        Tensor result = fc3.forward(nn.functional.relu(fc2.forward(nn.functional.relu(fc1.forward(x)))));
        return result.MoveToOuterDisposeScope();
    }
}

/// <summary>A medium convolutional model (two conv blocks with batch norm and pooling, then a classifier).</summary>
[ScriptClass]
public partial class MediumCnn : nn.Module<Tensor, Tensor>
{
    private readonly Sequential features = nn.Sequential(
        ("conv1", nn.Conv2d(3, 32, 3, padding: 1)), ("bn1", nn.BatchNorm2d(32)), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
        ("conv2", nn.Conv2d(32, 64, 3, padding: 1)), ("bn2", nn.BatchNorm2d(64)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)));
    private readonly Linear classifier = nn.Linear(64 * 16 * 16, 10);

    public MediumCnn() : base(nameof(MediumCnn)) => RegisterComponents();

    public override Tensor forward(Tensor x) => classifier.forward(features.forward(x).flatten(1));
}

/// <summary>About 100 million parameters: six 4096×4096 linear layers in a ModuleList.</summary>
[ScriptClass]
public partial class LargeMlp : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Linear> layers = new ModuleList<Linear>();

    public LargeMlp(int depth = 6, int width = 4096) : base(nameof(LargeMlp))
    {
        for (int i = 0; i < depth; i++)
            layers.Add(nn.Linear(width, width));
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        foreach (Linear layer in layers)
            x = nn.functional.relu(layer.forward(x));
        return x;
    }
}

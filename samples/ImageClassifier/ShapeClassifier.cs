using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ImageClassifier;

/// <summary>A small CNN for 28×28 grayscale images, written the way TorchSharp users write one.</summary>
[ScriptClass]
public partial class ShapeClassifier : nn.Module<Tensor, Tensor>
{
    private readonly Sequential features = nn.Sequential(
        ("conv1", nn.Conv2d(1, 16, 3, padding: 1)), ("bn1", nn.BatchNorm2d(16)), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
        ("conv2", nn.Conv2d(16, 32, 3, padding: 1)), ("bn2", nn.BatchNorm2d(32)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)));
    private readonly Linear hidden = nn.Linear(32 * 7 * 7, 64);
    private readonly Dropout dropout = nn.Dropout(0.25);
    private readonly Linear output;

    public ShapeClassifier(int classes) : base(nameof(ShapeClassifier))
    {
        output = nn.Linear(64, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        var x = features.forward(images).flatten(1);
        x = dropout.forward(nn.functional.relu(hidden.forward(x)));
        return output.forward(x);
    }
}

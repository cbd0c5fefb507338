using static TorchSharp.torch;

namespace TorchScribe.Tests.Models.Fixtures;

/// <summary>…and its constructor and forward here (braces in the file name land in the line comments).</summary>
public partial class SplitModel
{
    public SplitModel(double scale) : base(nameof(SplitModel))
    {
        this.scale = scale;
        fc = nn.Linear(3, 2);
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => fc.forward(x) * scale;
}

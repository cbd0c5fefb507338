using System;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

var model = new Scaler(4);
var x = torch.ones(2, 4);
Console.WriteLine(string.Join(", ", model.forward(x).data<float>().ToArray()));
Console.WriteLine(string.Join(", ", Scaler.ComponentNames));

[ScriptClass]
partial class Scaler
{
    private readonly TorchSharp.Modules.Parameter weight;
    [ScriptConstant] private readonly int times = 3;

    public Scaler(int n) : base(nameof(Scaler))
    {
        weight = nn.Parameter(torch.full(n, 0.5f));
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x * weight * times;
}

using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace TorchScribe.Tests.Models.Architectures;

/// <summary>The MNIST network of TorchSharp's examples, as its users write it, marked [ScriptClass].</summary>
[ScriptClass]
public partial class MnistCnn : Module<Tensor, Tensor>
{
    private readonly Conv2d conv1 = Conv2d(1, 32, 3);
    private readonly Conv2d conv2 = Conv2d(32, 64, 3);
    private readonly Linear fc1 = Linear(9216, 128);
    private readonly Linear fc2 = Linear(128, 10);

    private readonly MaxPool2d pool1 = MaxPool2d(kernel_size: new long[] { 2, 2 });

    private readonly ReLU relu1 = ReLU();
    private readonly ReLU relu2 = ReLU();
    private readonly ReLU relu3 = ReLU();

    private readonly Dropout dropout1 = Dropout(0.25);
    private readonly Dropout dropout2 = Dropout(0.5);

    private readonly Flatten flatten = Flatten();
    private readonly LogSoftmax logsm = LogSoftmax(1);

    public MnistCnn() : base(nameof(MnistCnn))
    {
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var l11 = conv1.forward(input);
        var l12 = relu1.forward(l11);

        var l21 = conv2.forward(l12);
        var l22 = relu2.forward(l21);
        var l23 = pool1.forward(l22);
        var l24 = dropout1.forward(l23);

        var x = flatten.forward(l24);

        var l31 = fc1.forward(x);
        var l32 = relu3.forward(l31);
        var l33 = dropout2.forward(l32);

        var l41 = fc2.forward(l33);

        return logsm.forward(l41);
    }
}

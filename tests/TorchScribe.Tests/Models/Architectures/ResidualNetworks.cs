using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace TorchScribe.Tests.Models.Architectures;

/// <summary>A ResNet basic block: two 3x3 convolutions with batch norm, and a shortcut that projects when shapes change.</summary>
[ScriptClass]
public partial class BasicBlock : Module<Tensor, Tensor>
{
    private readonly Sequential layers;
    private readonly Sequential shortcut;

    public BasicBlock(long inPlanes, long planes, long stride) : base(nameof(BasicBlock))
    {
        layers = Sequential(
            ("conv1", Conv2d(inPlanes, planes, kernel_size: 3, stride: stride, padding: 1, bias: false)),
            ("bn1", BatchNorm2d(planes)),
            ("relu1", ReLU(inplace: true)),
            ("conv2", Conv2d(planes, planes, kernel_size: 3, stride: 1, padding: 1, bias: false)),
            ("bn2", BatchNorm2d(planes)));
        shortcut = stride != 1 || inPlanes != planes
            ? Sequential(("conv", Conv2d(inPlanes, planes, kernel_size: 1, stride: stride, bias: false)), ("bn", BatchNorm2d(planes)))
            : Sequential();
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = layers.forward(input);
        x.add_(shortcut.forward(input));
        return functional.relu(x).MoveToOuterDisposeScope();
    }
}

/// <summary>A small ResNet: a VGG-style stem (Sequential), residual stages, global pooling and a classifier.</summary>
[ScriptClass]
public partial class SmallResNet : Module<Tensor, Tensor>
{
    private readonly Sequential stem;
    private readonly ModuleList<BasicBlock> blocks = new ModuleList<BasicBlock>();
    private readonly AdaptiveAvgPool2d pool = AdaptiveAvgPool2d(1);
    private readonly Linear classifier;

    public SmallResNet(long classes) : base(nameof(SmallResNet))
    {
        stem = Sequential(
            ("conv2d-first", Conv2d(3, 8, 3, padding: 1)),
            ("bnrm2d-first", BatchNorm2d(8)),
            ("relu-first", ReLU()),
            ("conv2d-second", Conv2d(8, 8, 3, padding: 1)),
            ("relu-second", ReLU()),
            ("maxpool", MaxPool2d(2)));
        blocks.Add(new BasicBlock(8, 8, 1));
        blocks.Add(new BasicBlock(8, 16, 2));
        classifier = Linear(16, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = stem.forward(input);
        foreach (var block in blocks)
            x = block.forward(x);
        x = pool.forward(x).flatten(1);
        return classifier.forward(x);
    }
}

/// <summary>A MobileNet depthwise-separable block: depthwise 3x3 (groups = channels), pointwise 1x1, batch norm, ReLU6.</summary>
[ScriptClass]
public partial class DepthwiseSeparable : Module<Tensor, Tensor>
{
    private readonly Conv2d depthwise;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d pointwise;
    private readonly BatchNorm2d bn2;

    public DepthwiseSeparable(long inChannels, long outChannels, long stride) : base(nameof(DepthwiseSeparable))
    {
        depthwise = Conv2d(inChannels, inChannels, kernel_size: 3, stride: stride, padding: 1, groups: inChannels, bias: false);
        bn1 = BatchNorm2d(inChannels);
        pointwise = Conv2d(inChannels, outChannels, kernel_size: 1, bias: false);
        bn2 = BatchNorm2d(outChannels);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        x = functional.relu6(bn1.forward(depthwise.forward(x)));
        return functional.relu6(bn2.forward(pointwise.forward(x)));
    }
}

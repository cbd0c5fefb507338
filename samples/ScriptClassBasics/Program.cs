using System;
using TorchSharp;
using static TorchSharp.torch;

var lin = nn.Linear(4, 3);
var x = torch.randn(2, 4);
Console.WriteLine(string.Join(", ", lin.forward(x).data<float>().ToArray()));

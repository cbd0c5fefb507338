using System.Text.RegularExpressions;
using ScriptClassBasics;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

// Runs each scenario eagerly, exports it with TorchScript.Save, reloads the archive through libtorch's
// torch.jit.load (TorchScript.Load) and compares the two results on the same input.
string folder = Path.GetFullPath(args.Length > 1 && args[0] == "--out" ? args[1] : "exported");
Directory.CreateDirectory(folder);
torch.manual_seed(42);

var scenarios = new (string Name, nn.Module<Tensor, Tensor> Model, Tensor Input)[]
{
    ("1. Linear → ReLU → ScriptLayer", nn.Sequential(("linear", nn.Linear(8, 16)), ("relu", nn.ReLU()), ("script", new ScriptLayer(16, 4))), torch.randn(5, 8)),
    ("2. ConstantBranch(a: 3, b: 2)", new ConstantBranch(3, 2), torch.randn(2, 3)),
    ("2. ConstantBranch(a: 2, b: 3)", new ConstantBranch(2, 3), torch.randn(2, 3)),
    ("3. SquashedProjection (fixed)", new SquashedProjection(6, 0.5), torch.randn(4, 6)),
};

Console.WriteLine($"{"model",-34} {"parameters",10} {"export size",12} {"max |eager − exported|",24}");
bool allMatch = true;
foreach (var (name, model, input) in scenarios)
{
    model.eval();
    using var noGrad = torch.no_grad();
    using Tensor eager = model.forward(input);

    string path = Path.Combine(folder, FileName(name) + ".pt");
    TorchScript.Save(model, path);
    using jit.ScriptModule reloaded = TorchScript.Load(path);
    using var exported = (Tensor)reloaded.forward(input);

    double difference = (eager - exported).abs().max().item<float>();
    allMatch &= difference <= 1e-5;
    long parameters = model.parameters().Sum(p => p.numel());
    Console.WriteLine($"{name,-34} {parameters,10:N0} {new FileInfo(path).Length,10:N0} B {difference.ToString("0.00e+00", System.Globalization.CultureInfo.InvariantCulture),24}");
}

Console.WriteLine();
Console.WriteLine($"Archives in {folder}; in Python: torch.jit.load(\"{Path.Combine(folder, "1-linear-relu-scriptlayer.pt")}\")");
return allMatch ? 0 : 1;

static string FileName(string name) => Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

using System.Diagnostics;
using ImageClassifier;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

// Trains ShapeClassifier on synthetic images, exports it with TorchScript.Save, reloads the archive through libtorch
// and compares the reloaded model's held-out accuracy with the eager one.
int epochs = 4;
string output = "exported";
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--epochs" when i + 1 < args.Length && int.TryParse(args[i + 1], out int parsed) && parsed > 0:
            epochs = parsed;
            i++;
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: ImageClassifier [--epochs N (default 4)] [--out FOLDER (default ./exported)]");
            return 2;
    }
}

torch.manual_seed(7);
torch.set_num_threads(Math.Max(1, Environment.ProcessorCount));
var (trainImages, trainLabels) = SyntheticShapes.Generate(6000, seed: 1);
var (testImages, testLabels) = SyntheticShapes.Generate(1000, seed: 2);
Console.WriteLine($"Synthetic shapes: {trainImages.shape[0]} training and {testImages.shape[0]} held-out 28×28 images, " +
                  $"{SyntheticShapes.Classes.Length} classes ({string.Join(", ", SyntheticShapes.Classes)}); chance is {100.0 / SyntheticShapes.Classes.Length:F1}%.");

var model = new ShapeClassifier(SyntheticShapes.Classes.Length);
var optimizer = optim.Adam(model.parameters(), lr: 0.002);
const int batchSize = 64;
long batches = (trainImages.shape[0] + batchSize - 1) / batchSize;
var clock = Stopwatch.StartNew();

for (int epoch = 1; epoch <= epochs; epoch++)
{
    model.train();
    using Tensor order = randperm(trainImages.shape[0]);
    double lossSum = 0;
    long correct = 0;
    for (long batch = 0; batch < batches; batch++)
    {
        using var scope = NewDisposeScope();
        Tensor indices = order[TensorIndex.Slice(batch * batchSize, (batch + 1) * batchSize)];
        Tensor images = trainImages[indices];
        Tensor labels = trainLabels[indices];
        optimizer.zero_grad();
        Tensor logits = model.forward(images);
        Tensor loss = nn.functional.cross_entropy(logits, labels);
        loss.backward();
        optimizer.step();
        lossSum += loss.item<float>() * labels.shape[0];
        correct += logits.argmax(1).eq(labels).sum().item<long>();
        Progress.Draw(epoch, epochs, batch + 1, batches);
    }
    long seen = trainImages.shape[0];
    model.eval();
    Progress.Finish($"epoch {epoch}/{epochs}: loss {lossSum / seen:F4}, training accuracy {100.0 * correct / seen:F1}%, " +
                    $"held-out accuracy {100 * Accuracy(model.forward):F1}% ({clock.Elapsed.TotalSeconds:F0} s)");
}

Directory.CreateDirectory(output);
string path = Path.GetFullPath(Path.Combine(output, "image-classifier.pt"));
model.eval();
TorchScript.Save(model, path);
using jit.ScriptModule reloaded = TorchScript.Load(path);
reloaded.eval();

double eagerAccuracy = Accuracy(model.forward);
double exportedAccuracy = Accuracy(x => (Tensor)reloaded.forward(x));
double difference;
using (torch.no_grad())
using (var scope = NewDisposeScope())
    difference = (model.forward(testImages) - (Tensor)reloaded.forward(testImages)).abs().max().item<float>();

Console.WriteLine();
Console.WriteLine($"Exported to {path} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
Console.WriteLine($"held-out accuracy   eager C#: {100 * eagerAccuracy:F1}%   exported TorchScript (libtorch): {100 * exportedAccuracy:F1}%");
Console.WriteLine($"max |eager − exported| over the held-out logits: {difference.ToString("0.00e+00", System.Globalization.CultureInfo.InvariantCulture)}");
return eagerAccuracy == exportedAccuracy ? 0 : 1;

// The fraction of held-out images a model in eval mode classifies correctly.
double Accuracy(Func<Tensor, Tensor> forward)
{
    using var noGrad = torch.no_grad();
    using var scope = NewDisposeScope();
    long correct = forward(testImages).argmax(1).eq(testLabels).sum().item<long>();
    return (double)correct / testImages.shape[0];
}

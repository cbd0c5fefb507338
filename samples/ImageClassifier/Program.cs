using System.Diagnostics;
using ImageClassifier;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

// Trains ShapeClassifier on synthetic images, keeps the epoch with the best validation accuracy, exports it with
// TorchScript.Save, reloads the archive through libtorch and compares the reloaded model's held-out accuracy with the
// eager one.
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
var (validationImages, validationLabels) = SyntheticShapes.Generate(1000, seed: 3);
var (testImages, testLabels) = SyntheticShapes.Generate(1000, seed: 2);
Console.WriteLine($"Synthetic shapes: {trainImages.shape[0]} training, {validationImages.shape[0]} validation and {testImages.shape[0]} held-out 28×28 images, " +
                  $"{SyntheticShapes.Classes.Length} classes ({string.Join(", ", SyntheticShapes.Classes)}); chance is {100.0 / SyntheticShapes.Classes.Length:F1}%.");

var model = new ShapeClassifier(SyntheticShapes.Classes.Length);
var optimizer = optim.Adam(model.parameters(), lr: 0.002);
const int batchSize = 64;
long batches = (trainImages.shape[0] + batchSize - 1) / batchSize;
var clock = Stopwatch.StartNew();
// The weights of the epoch with the best validation accuracy: a later epoch can be worse, and the export keeps the best.
Dictionary<string, Tensor>? best = null;
double bestAccuracy = -1;
int bestEpoch = 0;

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
    double validation = Accuracy(model.forward, validationImages, validationLabels);
    Progress.Finish($"epoch {epoch}/{epochs}: loss {lossSum / seen:F4}, training accuracy {100.0 * correct / seen:F1}%, " +
                    $"validation accuracy {100 * validation:F1}% ({clock.Elapsed.TotalSeconds:F0} s)");
    if (validation > bestAccuracy)
    {
        foreach (Tensor kept in best?.Values ?? Enumerable.Empty<Tensor>())
            kept.Dispose();
        best = model.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.detach().clone());
        bestAccuracy = validation;
        bestEpoch = epoch;
    }
}
model.load_state_dict(best!);
Console.WriteLine($"Keeping epoch {bestEpoch} (validation accuracy {100 * bestAccuracy:F1}%); training took {clock.Elapsed.TotalSeconds:F0} s.");

Directory.CreateDirectory(output);
string path = Path.GetFullPath(Path.Combine(output, "image-classifier.pt"));
model.eval();
TorchScript.Save(model, path);
using jit.ScriptModule reloaded = TorchScript.Load(path);
reloaded.eval();

double eagerAccuracy = Accuracy(model.forward, testImages, testLabels);
double exportedAccuracy = Accuracy(x => (Tensor)reloaded.forward(x), testImages, testLabels);
double difference;
using (torch.no_grad())
using (var scope = NewDisposeScope())
    difference = (model.forward(testImages) - (Tensor)reloaded.forward(testImages)).abs().max().item<float>();

Console.WriteLine();
Console.WriteLine($"Exported to {path} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
Console.WriteLine($"held-out accuracy   eager C#: {100 * eagerAccuracy:F1}%   exported TorchScript (libtorch): {100 * exportedAccuracy:F1}%");
Console.WriteLine($"max |eager − exported| over the held-out logits: {difference.ToString("0.00e+00", System.Globalization.CultureInfo.InvariantCulture)}");
return eagerAccuracy == exportedAccuracy ? 0 : 1;

// The fraction of the images a model in eval mode classifies correctly.
static double Accuracy(Func<Tensor, Tensor> forward, Tensor images, Tensor labels)
{
    using var noGrad = torch.no_grad();
    using var scope = NewDisposeScope();
    long correct = forward(images).argmax(1).eq(labels).sum().item<long>();
    return (double)correct / images.shape[0];
}

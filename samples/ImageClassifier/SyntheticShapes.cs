using TorchSharp;
using static TorchSharp.torch;

namespace ImageClassifier;

/// <summary>
/// Generates labelled 28×28 images of six shapes (horizontal bar, vertical bar, disc, ring, cross, diagonal) at random
/// positions and sizes, with Gaussian noise. No downloads; the same seed gives the same data.
/// </summary>
public static class SyntheticShapes
{
    public static readonly string[] Classes = { "horizontal bar", "vertical bar", "disc", "ring", "cross", "diagonal" };

    public const int Size = 28;

    public static (Tensor Images, Tensor Labels) Generate(int count, long seed)
    {
        using var scope = NewDisposeScope();
        var generator = new Generator().manual_seed(seed);
        Tensor labels = randint(0, Classes.Length, new long[] { count }, generator: generator);
        Tensor centerX = rand(count, 1, 1, generator: generator) * 12 + 8;       // 8 … 20
        Tensor centerY = rand(count, 1, 1, generator: generator) * 12 + 8;
        Tensor extent = rand(count, 1, 1, generator: generator) * 4 + 4;         // 4 … 8 pixels

        Tensor coordinates = arange(Size, dtype: float32);
        Tensor x = coordinates.view(1, 1, Size) - centerX;
        Tensor y = coordinates.view(1, Size, 1) - centerY;
        Tensor distance = sqrt(x * x + y * y);
        Tensor horizontal = (y.abs() < 1.5f) & (x.abs() < extent);
        Tensor vertical = (x.abs() < 1.5f) & (y.abs() < extent);
        Tensor[] shapes =
        {
            horizontal,
            vertical,
            distance < extent,
            (distance - extent).abs() < 1.2f,
            horizontal | vertical,
            ((x - y).abs() < 1.5f) & (x.abs() < extent),
        };
        Tensor all = stack(shapes.Select(s => s.to_type(float32)).ToArray(), 1);     // [count, classes, 28, 28]
        Tensor chosen = all[arange(count), labels];                                   // [count, 28, 28]
        Tensor images = (chosen + randn(chosen.shape, generator: generator) * 0.35f).unsqueeze(1);
        return (images.MoveToOuterDisposeScope(), labels.MoveToOuterDisposeScope());
    }
}

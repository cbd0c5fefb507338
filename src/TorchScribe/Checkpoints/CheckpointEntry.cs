using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>One tensor of a checkpoint file, as recorded in its header.</summary>
/// <param name="Key">The state-dict key, e.g. <c>encoder.layers.0.weight</c>.</param>
/// <param name="DType">The element type.</param>
/// <param name="Shape">The shape.</param>
public sealed record CheckpointEntry(string Key, ScalarType DType, long[] Shape)
{
    /// <summary>The shape as <c>[2, 3]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", Shape) + "]";
}

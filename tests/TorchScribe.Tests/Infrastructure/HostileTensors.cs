using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Infrastructure;

/// <summary>
/// A floating-point tensor with the values friendly inputs never have planted among its ordinary ones: NaN, ±Inf, a
/// negative zero, the largest finite value, a subnormal and a large magnitude.
/// </summary>
internal static class HostileTensors
{
    public static Tensor Plant(Tensor tensor)
    {
        if (!tensor.is_floating_point())
            return tensor;
        double largest = tensor.dtype == ScalarType.Float64 ? double.MaxValue : float.MaxValue;
        double subnormal = tensor.dtype == ScalarType.Float64 ? -4.9e-324 : -1.4e-45;
        double[] values = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, largest, subnormal, 1e6 };
        if (tensor.numel() < values.Length)
            return tensor;
        Tensor copy = tensor.detach().clone();
        Tensor flat = copy.view(-1);
        long count = flat.numel();
        for (int i = 0; i < values.Length; i++)
            flat[i * count / values.Length].fill_(values[i]);
        return copy;
    }
}

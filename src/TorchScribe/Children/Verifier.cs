using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using static TorchSharp.torch;

namespace TorchScribe.Children;

/// <summary>
/// Exports a module, runs the archive's forward in libtorch in a child process, and compares its outputs with the C#
/// forward's on the same inputs, both after the same seed and without autograd.
/// </summary>
internal static class Verifier
{
    public static TorchScriptVerification Verify(nn.Module module, Func<object> forward, IReadOnlyList<Tensor> inputs)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"torchscribe-verify-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            TorchScript.Save(module, Jobs.Archive(folder));
            for (int i = 0; i < inputs.Count; i++)
                save(inputs[i], Jobs.Input(folder, i));
            List<Tensor> expected;
            using (no_grad())
            {
                manual_seed(Jobs.Seed);
                expected = ForwardOutputs.Tensors(forward());
            }
            if (AppChild.Run(Jobs.Run, folder) is { } reason)
                throw new TorchScriptLoadException(Jobs.Archive(folder), "libtorch could not load or run the exported module: " + reason);
            var differences = new List<OutputDifference>();
            for (int i = 0; i < expected.Count; i++)
            {
                string file = Jobs.Output(folder, i);
                if (!File.Exists(file))
                {
                    differences.Add(new OutputDifference(i, expected[i].shape, expected[i].dtype, double.PositiveInfinity, "libtorch returned fewer outputs"));
                    continue;
                }
                using Tensor actual = load(file);
                differences.Add(Compare(i, expected[i], actual));
            }
            if (File.Exists(Jobs.Output(folder, expected.Count)))
                differences.Add(new OutputDifference(expected.Count, Array.Empty<long>(), ScalarType.Float32, double.PositiveInfinity, "libtorch returned more outputs than C#"));
            return new TorchScriptVerification(differences);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static OutputDifference Compare(int index, Tensor expected, Tensor actual)
    {
        if (!expected.shape.SequenceEqual(actual.shape) || expected.dtype != actual.dtype)
        {
            return new OutputDifference(index, expected.shape, expected.dtype, double.PositiveInfinity,
                $"libtorch returned {actual.dtype} [{string.Join(", ", actual.shape)}]");
        }
        using var scope = NewDisposeScope();
        Tensor a = expected.detach().cpu(), b = actual.detach().cpu();
        if (a.dtype == ScalarType.Bool)
            return new OutputDifference(index, expected.shape, expected.dtype, a.eq(b).all().item<bool>() ? 0 : 1, null);
        Tensor x = a.to(ScalarType.Float64), y = b.to(ScalarType.Float64);
        Tensor bothNaN = x.isnan().logical_and(y.isnan());
        Tensor same = x.eq(y).logical_or(bothNaN);
        double largest = same.all().item<bool>() ? 0 : where(same, zeros_like(x), (x - y).abs().nan_to_num(double.PositiveInfinity)).max().item<double>();
        return new OutputDifference(index, expected.shape, expected.dtype, largest, null);
    }
}

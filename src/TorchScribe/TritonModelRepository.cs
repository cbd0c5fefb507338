using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>
/// Writes a model in the layout NVIDIA Triton Inference Server serves with its PyTorch (<c>pytorch_libtorch</c>)
/// backend: <c>&lt;repository&gt;/&lt;name&gt;/config.pbtxt</c> and <c>&lt;repository&gt;/&lt;name&gt;/&lt;version&gt;/model.pt</c>.
/// See docs/serving.md.
/// </summary>
public static class TritonModelRepository
{
    /// <summary>
    /// Exports <paramref name="model"/> into a Triton model repository, with a <c>config.pbtxt</c> whose inputs and
    /// outputs (names <c>INPUT__0</c>…, <c>OUTPUT__0</c>…, data types and shapes) come from running the exported archive
    /// in libtorch on <paramref name="exampleInputs"/>.
    /// </summary>
    /// <param name="model">The model, in the mode it should serve in (usually <c>eval()</c>).</param>
    /// <param name="repository">The model repository folder (created if missing).</param>
    /// <param name="name">The model's name in the repository.</param>
    /// <param name="maxBatchSize">0 for shapes exactly as the examples have them; otherwise Triton batches requests up to
    /// this size along the first dimension, which the config then leaves out of every shape.</param>
    /// <param name="exampleInputs">One tensor per forward input.</param>
    /// <returns>The path of the written <c>config.pbtxt</c>.</returns>
    /// <exception cref="TorchScriptExportException">The model cannot be exported.</exception>
    /// <exception cref="ArgumentException">No example inputs, a name with path characters, or an output that is not a tensor.</exception>
    public static string Write(nn.Module model, string repository, string name, int maxBatchSize, params Tensor[] exampleInputs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(repository);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(exampleInputs);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
            throw new ArgumentException($"'{name}' cannot be a folder name.", nameof(name));
        if (exampleInputs.Length == 0)
            throw new ArgumentException("Give one example tensor per forward input.", nameof(exampleInputs));
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);

        string folder = Path.Combine(repository, name);
        string archive = Path.Combine(folder, "1", "model.pt");
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        TorchScript.Save(model, archive);

        List<Tensor> outputs;
        using (var loaded = TorchScript.Load(archive))
        using (no_grad())
        {
            loaded.eval();
            outputs = ForwardOutputs.Tensors(loaded.forward(exampleInputs.Cast<object>().ToArray()));
        }
        var config = new StringBuilder();
        config.Append("name: \"").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        config.Append("platform: \"pytorch_libtorch\"\n");
        config.Append("max_batch_size: ").Append(maxBatchSize.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Section(config, "input", "INPUT", exampleInputs, maxBatchSize);
        Section(config, "output", "OUTPUT", outputs, maxBatchSize);
        string path = Path.Combine(folder, "config.pbtxt");
        File.WriteAllText(path, config.ToString());
        foreach (Tensor output in outputs)
            output.Dispose();
        return path;
    }

    /// <summary>Triton's names for tensor element types.</summary>
    public static string DataType(ScalarType type) => type switch
    {
        ScalarType.Float32 => "TYPE_FP32",
        ScalarType.Float64 => "TYPE_FP64",
        ScalarType.Float16 => "TYPE_FP16",
        ScalarType.BFloat16 => "TYPE_BF16",
        ScalarType.Int64 => "TYPE_INT64",
        ScalarType.Int32 => "TYPE_INT32",
        ScalarType.Int16 => "TYPE_INT16",
        ScalarType.Int8 => "TYPE_INT8",
        ScalarType.Byte => "TYPE_UINT8",
        ScalarType.Bool => "TYPE_BOOL",
        _ => throw new ArgumentException($"Triton has no data type for {type} tensors."),
    };

    private static void Section(StringBuilder config, string section, string prefix, IReadOnlyList<Tensor> tensors, int maxBatchSize)
    {
        config.Append(section).Append(" [\n");
        for (int i = 0; i < tensors.Count; i++)
        {
            long[] shape = tensors[i].shape;
            if (maxBatchSize > 0)
            {
                if (shape.Length == 0)
                    throw new ArgumentException($"{prefix}__{i} is a scalar; with batching every input and output needs a first (batch) dimension.");
                shape = shape.Skip(1).ToArray();
            }
            config.Append("  {\n");
            config.Append("    name: \"").Append(prefix).Append("__").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            config.Append("    data_type: ").Append(DataType(tensors[i].dtype)).Append('\n');
            config.Append("    dims: [ ").Append(string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)))).Append(" ]\n");
            config.Append(i == tensors.Count - 1 ? "  }\n" : "  },\n");
        }
        config.Append("]\n");
    }
}

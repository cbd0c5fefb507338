using System.Text.RegularExpressions;
using TorchScribe.Tests.Infrastructure;
using TorchScribe.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TorchScribe.Tests;

/// <summary>The Triton model repository writer: the files it writes agree with what the archive's forward takes and returns.</summary>
public sealed class ServingTests
{
    [Fact]
    public void TritonConfigDescribesTheArchivesForward()
    {
        manual_seed(3);
        var model = new AttentionCall(true);
        model.eval();
        Tensor key = randn(6, 3, 8);
        Tensor[] inputs = { randn(5, 3, 8), key, key, tensor(new[] { false, false, false, false, false, true }).repeat(3, 1), randn(5, 6) };
        using var folder = new TempFolder("triton");

        string config = TritonModelRepository.Write(model, folder.File("models"), "attention", 0, inputs);

        Assert.Equal(Path.Combine(folder.File("models"), "attention", "config.pbtxt"), config);
        string archive = Path.Combine(folder.File("models"), "attention", "1", "model.pt");
        Assert.True(File.Exists(archive));
        var (declaredInputs, declaredOutputs, text) = Parse(config);
        Assert.Contains("name: \"attention\"", text);
        Assert.Contains("platform: \"pytorch_libtorch\"", text);
        Assert.Contains("max_batch_size: 0", text);
        Assert.Equal(inputs.Select((t, i) => ($"INPUT__{i}", TritonModelRepository.DataType(t.dtype), t.shape)), declaredInputs, Comparer);
        Assert.Equal(new[] { "TYPE_FP32", "TYPE_FP32", "TYPE_FP32", "TYPE_BOOL", "TYPE_FP32" }, declaredInputs.Select(i => i.Type));

        // libtorch, in a process of its own, runs the archive on inputs of the declared types and shapes: its outputs
        // are what the config declares, and what the C# forward returns.
        var run = Equivalence.RunInLibTorch(archive, inputs, folder);
        var (eagerFirst, eagerSecond) = model.Forward(inputs[0], inputs[1], inputs[2], inputs[3], inputs[4]);
        Assert.Equal(new[] { ("OUTPUT__0", "TYPE_FP32", eagerFirst.shape), ("OUTPUT__1", "TYPE_FP32", eagerSecond.shape) }, declaredOutputs, Comparer);
        Assert.Equal(declaredOutputs.Select(o => o.Dims), run.Select(t => t.shape), new ShapeComparer());
    }

    [Fact]
    public void BatchingLeavesTheFirstDimensionOut()
    {
        var model = new Net();
        model.eval();
        using var folder = new TempFolder("triton-batch");
        string config = TritonModelRepository.Write(model, folder.File("models"), "net", 16, randn(4, 8));
        var (inputs, outputs, text) = Parse(config);
        Assert.Contains("max_batch_size: 16", text);
        Assert.Equal(new long[] { 8 }, inputs.Single().Dims);
        Assert.Equal(new long[] { 5 }, outputs.Single().Dims);
    }

    private static readonly IEqualityComparer<(string Name, string Type, long[] Dims)> Comparer = new EntryComparer();

    /// <summary>The inputs and outputs of a config.pbtxt, as (name, data_type, dims).</summary>
    private static (List<(string Name, string Type, long[] Dims)> Inputs, List<(string Name, string Type, long[] Dims)> Outputs, string Text) Parse(string config)
    {
        string text = File.ReadAllText(config);
        List<(string, string, long[])> Section(string section) =>
            Regex.Matches(Regex.Match(text, section + @" \[(.*?)\n\]", RegexOptions.Singleline).Groups[1].Value,
                    @"name: ""([^""]+)""\s+data_type: (\w+)\s+dims: \[([^\]]*)\]")
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(long.Parse).ToArray()))
                .ToList();
        return (Section("input"), Section("output"), text);
    }

    private sealed class EntryComparer : IEqualityComparer<(string Name, string Type, long[] Dims)>
    {
        public bool Equals((string Name, string Type, long[] Dims) x, (string Name, string Type, long[] Dims) y) =>
            x.Name == y.Name && x.Type == y.Type && x.Dims.SequenceEqual(y.Dims);

        public int GetHashCode((string Name, string Type, long[] Dims) obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class ShapeComparer : IEqualityComparer<long[]>
    {
        public bool Equals(long[]? x, long[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(long[] obj) => obj.Length;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>One output of a verified forward: what C# returned against what libtorch computed from the archive.</summary>
/// <param name="Index">The output's position (a tuple's items are numbered in order).</param>
/// <param name="Shape">The C# output's shape.</param>
/// <param name="Type">The C# output's element type.</param>
/// <param name="LargestDifference">The largest absolute difference between the two (NaN against NaN counts as equal);
/// infinite when they do not agree in shape or type.</param>
/// <param name="Problem">Why the two cannot be compared element by element, or null.</param>
public sealed record OutputDifference(int Index, long[] Shape, ScalarType Type, double LargestDifference, string? Problem);

/// <summary>What <see cref="TorchScript.Verify{TResult}(nn.Module{Tensor, TResult}, Tensor)"/> found.</summary>
public sealed class TorchScriptVerification
{
    internal TorchScriptVerification(IReadOnlyList<OutputDifference> outputs) => Outputs = outputs;

    /// <summary>Every output, in order.</summary>
    public IReadOnlyList<OutputDifference> Outputs { get; }

    /// <summary>The largest difference over all outputs.</summary>
    public double LargestDifference => Outputs.Count == 0 ? 0 : Outputs.Max(o => o.LargestDifference);

    /// <summary>True when libtorch computed exactly what C# computed.</summary>
    public bool IsExact => LargestDifference == 0;

    /// <summary>True when every output agrees in shape and type and differs by at most <paramref name="tolerance"/>.</summary>
    public bool IsWithin(double tolerance) => LargestDifference <= tolerance;

    /// <summary>A line per output: shape, type and largest difference.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (OutputDifference output in Outputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"output {output.Index} ({output.Type}, [{string.Join(", ", output.Shape)}]): ");
            text.Append(output.Problem ?? "largest difference " + output.LargestDifference.ToString("G6", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }
}

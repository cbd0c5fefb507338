using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TorchScribe;

/// <summary>How a checkpoint's keys, shapes and element types differ from a module's state dict.</summary>
public sealed class CheckpointMismatch
{
    internal CheckpointMismatch(IReadOnlyList<string> missing, IReadOnlyList<string> unexpected, IReadOnlyList<string> shapeMismatches, IReadOnlyList<string> dtypeMismatches)
    {
        Missing = missing;
        Unexpected = unexpected;
        ShapeMismatches = shapeMismatches;
        DTypeMismatches = dtypeMismatches;
    }

    /// <summary>Keys the module has and the checkpoint lacks.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Keys the checkpoint has and the module lacks.</summary>
    public IReadOnlyList<string> Unexpected { get; }

    /// <summary>Keys in both whose shapes differ, with both shapes: <c>fc.weight: checkpoint [3, 4], module [4, 4]</c>.</summary>
    public IReadOnlyList<string> ShapeMismatches { get; }

    /// <summary>Keys in both whose element types differ, with both types.</summary>
    public IReadOnlyList<string> DTypeMismatches { get; }

    /// <summary>True when the checkpoint fits the module exactly.</summary>
    public bool IsEmpty => Missing.Count == 0 && Unexpected.Count == 0 && ShapeMismatches.Count == 0 && DTypeMismatches.Count == 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        Section("missing from the checkpoint", Missing);
        Section("unexpected in the checkpoint", Unexpected);
        Section("with a different shape", ShapeMismatches);
        Section("with a different element type", DTypeMismatches);
        return text.ToString().TrimEnd();

        void Section(string title, IReadOnlyList<string> keys)
        {
            if (keys.Count == 0)
                return;
            text.Append(keys.Count).Append(keys.Count == 1 ? " key " : " keys ").Append(title).Append(":\n");
            foreach (string key in keys.Take(50))
                text.Append("  ").Append(key).Append('\n');
            if (keys.Count > 50)
                text.Append("  … and ").Append(keys.Count - 50).Append(" more\n");
        }
    }
}

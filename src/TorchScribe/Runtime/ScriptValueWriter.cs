using System.Collections.Generic;
using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>Collects one module instance's attribute values (called by generated code).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptValueWriter
{
    private readonly List<KeyValuePair<string, object?>> attributes = new();

    /// <summary>Records a plain attribute value, stored in the archive's pickled module object.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">A number, bool, string, list, tuple or dictionary value, or null.</param>
    public void Attribute(string name, object? value) => attributes.Add(new(name, value));

    internal IReadOnlyList<KeyValuePair<string, object?>> Attributes => attributes;
}

using System.Collections.Generic;

namespace TorchScribe.Import;

/// <summary>
/// What a pickle built, as far as the load-time checks need: objects of archive classes with their state, tensors
/// with the storage they read, and containers. Scalars are <see cref="PickleScalar"/>; nesting depth is tracked.
/// </summary>
internal abstract class PickleValue
{
    /// <summary>How deeply values nest inside this one (1 for a leaf).</summary>
    public int Depth { get; protected set; } = 1;

    /// <summary>Values directly inside this one, for walking the tree.</summary>
    public virtual IEnumerable<PickleValue> Children => System.Array.Empty<PickleValue>();

    /// <summary>Notes that <paramref name="child"/> is now inside this value.</summary>
    protected void Contain(PickleValue child)
    {
        if (child.Depth + 1 > Depth)
            Depth = child.Depth + 1;
    }
}

internal sealed class PickleScalar(object? value) : PickleValue
{
    public object? Value { get; } = value;
}

/// <summary>A GLOBAL: a class of the archive's code, or one of the functions and types libtorch's unpickler knows.</summary>
internal sealed class PickleGlobal(string module, string name) : PickleValue
{
    public string Module { get; } = module;

    public string Name { get; } = name;

    public override string ToString() => Module + "." + Name;
}

/// <summary>A tuple, list or dict; items are kept in order (a dict's as key, value, key, value…).</summary>
internal sealed class PickleContainer : PickleValue
{
    private readonly List<PickleValue> items = new();

    public PickleContainer(string kind, IEnumerable<PickleValue> initial)
    {
        Kind = kind;
        foreach (PickleValue item in initial)
            Add(item);
    }

    /// <summary>"tuple", "list" or "dict".</summary>
    public string Kind { get; }

    public IReadOnlyList<PickleValue> Items => items;

    public override IEnumerable<PickleValue> Children => items;

    public void Add(PickleValue item)
    {
        items.Add(item);
        Contain(item);
    }
}

/// <summary>An instance of a class of the archive's code, with the state BUILD gave it (null until then).</summary>
internal sealed class PickleObject(PickleGlobal type) : PickleValue
{
    public PickleGlobal Type { get; } = type;

    /// <summary>Usually the attribute dict; a class with <c>__setstate__</c> may take any value.</summary>
    public PickleValue? State { get; private set; }

    /// <summary>The state as attribute names → values, when it is a dict of string keys.</summary>
    public IReadOnlyDictionary<string, PickleValue>? Attributes
    {
        get
        {
            if (State is not PickleContainer { Kind: "dict" } dict)
                return null;
            var attributes = new Dictionary<string, PickleValue>(System.StringComparer.Ordinal);
            for (int i = 0; i + 1 < dict.Items.Count; i += 2)
            {
                if (dict.Items[i] is PickleScalar { Value: string name })
                    attributes[name] = dict.Items[i + 1];
            }
            return attributes;
        }
    }

    public override IEnumerable<PickleValue> Children => State is null ? System.Array.Empty<PickleValue>() : new[] { State };

    public void Build(PickleValue state)
    {
        State = state;
        Contain(state);
    }
}

/// <summary>A storage record a tensor reads: <c>&lt;folder&gt;/&lt;key&gt;</c> of <c>numel</c> elements.</summary>
internal sealed class PickleStorage(string key, int elementSize, long numel) : PickleValue
{
    public string Key { get; } = key;

    public int ElementSize { get; } = elementSize;

    public long Numel { get; } = numel;
}

/// <summary>A tensor rebuilt from a storage: the elements it reads are offset + Σ (size−1)·stride.</summary>
internal sealed class PickleTensor(PickleStorage storage, long offset, long[] size, long[] stride) : PickleValue
{
    public PickleStorage Storage { get; } = storage;

    public long Offset { get; } = offset;

    public long[] Size { get; } = size;

    public long[] Stride { get; } = stride;

    public override IEnumerable<PickleValue> Children => new PickleValue[] { Storage };
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>The tensors a forward returned, in order: one, or the items of a tuple or list of them (as TorchScript returns tuples to .NET).</summary>
internal static class ForwardOutputs
{
    public static List<Tensor> Tensors(object? result) => result switch
    {
        Tensor tensor => new List<Tensor> { tensor },
        ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Tensors(tuple[i])).ToList(),
        IEnumerable items => items.Cast<object?>().SelectMany(Tensors).ToList(),
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The forward returns {result?.GetType().Name ?? "null"}; only tensors and tuples of them can be compared or served.")),
    };
}

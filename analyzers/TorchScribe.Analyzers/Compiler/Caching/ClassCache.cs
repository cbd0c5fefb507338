using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// Something computed from a [ScriptClass] that holds while its <see cref="ClassKey"/> holds: one table per project
/// (per parse options object, like <see cref="TranslationCache"/>), one entry per class, replaced when the key changes.
/// </summary>
internal sealed class ClassCache<T>
{
    private readonly ConditionalWeakTable<ParseOptions, ConcurrentDictionary<string, Entry>> projects = new();

    /// <summary>The value stored for <paramref name="id"/> under <paramref name="key"/>, or a new one from <paramref name="create"/>.</summary>
    public T GetOrAdd(ParseOptions options, string id, ClassKey key, Func<T> create)
    {
        var entries = projects.GetValue(options, static _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
        if (!TranslationCache.Bypass && entries.TryGetValue(id, out Entry? found) && found.Key.Equals(key))
            return found.Value;
        T value = create();
        entries[id] = new Entry(key, value);
        return value;
    }

    private sealed record Entry(ClassKey Key, T Value);
}

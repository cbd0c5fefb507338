using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>
/// Translations of [ScriptClass]es, reused while their <see cref="ClassKey"/> stays equal. The generator and the
/// analyzers share it: in a build, the analyzers find what the generator translated; in an editor, an edit that
/// cannot change a class (a comment, another file) finds its translation instead of binding the class again.
/// </summary>
/// <remarks>
/// Entries live as long as the parse options object of the class's syntax tree: one per project in an editor, one per
/// build on the command line, so nothing carries over from one build to the next.
/// </remarks>
internal static class TranslationCache
{
    private static readonly ConditionalWeakTable<ParseOptions, Scope> Scopes = new();
    private static readonly AsyncLocal<bool> Bypassed = new();

    /// <summary>While true on this flow, every lookup misses (tests compare fresh translations with cached ones).</summary>
    public static bool Bypass
    {
        get => Bypassed.Value;
        set => Bypassed.Value = value;
    }

    /// <summary>The cache of the project (or build) whose trees use <paramref name="options"/>.</summary>
    public static Scope For(ParseOptions options) => Scopes.GetValue(options, static _ => new Scope());

    /// <summary>The entry of one project or build.</summary>
    internal sealed class Scope
    {
        private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
        private int translations;

        /// <summary>How many classes were translated (not found) in this scope: what incrementality tests count.</summary>
        public int Translations => Volatile.Read(ref translations);

        /// <summary>The names an earlier translation of <paramref name="id"/> learned, for its key.</summary>
        public ImmutableArray<string> LearnedNames(string id) =>
            entries.TryGetValue(id, out Entry? entry) ? entry.Result.LearnedNames : ImmutableArray<string>.Empty;

        /// <summary>The translation stored for <paramref name="id"/> under <paramref name="key"/>, or null.</summary>
        public TranslationResult? Find(string id, ClassKey key) =>
            !Bypass && entries.TryGetValue(id, out Entry? entry) && entry.Key.Equals(key) ? entry.Result : null;

        public void Store(string id, ClassKey key, TranslationResult result)
        {
            Interlocked.Increment(ref translations);
            entries[id] = new Entry(key, result);
        }
    }

    private sealed record Entry(ClassKey Key, TranslationResult Result);
}

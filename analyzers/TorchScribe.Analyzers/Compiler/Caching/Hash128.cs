using System;

namespace TorchScribe.Analyzers.Compiler.Caching;

/// <summary>A 128-bit content hash (two independent FNV-1a lanes): equal content gives equal hashes on every run.</summary>
internal readonly record struct Hash128(ulong High, ulong Low)
{
    public static Hash128 Start { get; } = new(14695981039346656037UL, 0x84222325CBF29CE4UL);

    public Hash128 Add(string text)
    {
        ulong high = High, low = Low;
        foreach (char c in text)
        {
            high = (high ^ c) * 1099511628211UL;
            low = (low ^ c) * 0x100000001B3UL ^ (low >> 29);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        return new Hash128((high ^ 0xFF) * 1099511628211UL, (low ^ 0x1FF) * 0x100000001B3UL);
    }

    public Hash128 Add(int value) => Add((ulong)(uint)value);

    public Hash128 Add(Hash128 other) => Add(other.High).Add(other.Low);

    private Hash128 Add(ulong value) =>
        new(unchecked((High ^ value) * 1099511628211UL), unchecked(((Low ^ Mix(value)) * 0x100000001B3UL) ^ (Low >> 29)));

    /// <summary>Combines hashes whatever their order (a sum of mixed values), for sets of declarations.</summary>
    public static Hash128 operator +(Hash128 a, Hash128 b) => new(unchecked(a.High + Mix(b.High)), unchecked(a.Low + Mix(b.Low)));

    public static Hash128 Zero { get; } = new(0, 0);

    private static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value = unchecked(value * 0xff51afd7ed558ccdUL);
        value ^= value >> 33;
        value = unchecked(value * 0xc4ceb9fe1a85ec53UL);
        return value ^ (value >> 33);
    }
}

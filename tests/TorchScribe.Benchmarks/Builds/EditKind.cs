namespace TorchScribe.Benchmarks.Builds;

/// <summary>Where a keystroke lands.</summary>
public enum EditKind
{
    /// <summary>Inside the forward of one [ScriptClass]: that class must be translated again.</summary>
    Forward,

    /// <summary>Inside a comment in that forward: nothing can change, so nothing may be translated.</summary>
    Comment,

    /// <summary>In a file with no [ScriptClass]: nothing may be translated.</summary>
    Unrelated,
}

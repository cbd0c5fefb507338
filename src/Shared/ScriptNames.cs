// Shared by the compiler core (analyzers/TorchScribe.Analyzers), which reports bad names at build time (TSB0108), and
// the runtime exporter (src/TorchScribe), which checks the names it meets at Save: one rule, both places.
namespace TorchScribe.Shared
{
    /// <summary>Which names a module's parameters, buffers, submodules and attributes may be saved under.</summary>
    internal static class ScriptNames
    {
        /// <summary>The attributes every exported module declares for itself, after its tensors.</summary>
        public const string Training = "training";

        /// <summary>PyTorch's hook flag, declared by every module.</summary>
        public const string BackwardHookFlag = "_is_full_backward_hook";

        /// <summary>Why libtorch cannot load an attribute saved as <paramref name="name"/>, or null when it can.</summary>
        public static string? Problem(string name)
        {
            if (name.Trim().Length == 0)
                return "which is empty";
            if (name.IndexOf('.') >= 0)
                return "which contains '.', the separator of state-dict keys";
            if (name == Training || name == BackwardHookFlag)
                return "which every module declares for itself";
            if (name.Length > 4 && name.StartsWith("__", System.StringComparison.Ordinal) && name.EndsWith("__", System.StringComparison.Ordinal))
                return "a double-underscore name TorchScript keeps for itself";
            return null;
        }
    }
}

// Shared by the compiler core (which accepts these module types in script code) and the runtime exporter (which
// translates each of them): a stock module is scriptable exactly when the exporter can write it.
using System;
using System.Collections.Generic;

namespace TorchScribe.Shared
{
    /// <summary>The stock TorchSharp modules TorchScribe exports, by full CLR name (generic types without arity).</summary>
    internal static class StockModules
    {
        public static readonly IReadOnlyCollection<string> Names = new HashSet<string>(StringComparer.Ordinal)
        {
            "TorchSharp.Modules.Linear",
            "TorchSharp.Modules.ReLU",
            "TorchSharp.Modules.Identity",
            "TorchSharp.Modules.Sequential",
            "TorchSharp.Modules.ModuleList",
            "TorchSharp.Modules.ModuleDict",
        };

        /// <summary>True when <paramref name="fullName"/> (namespace + name, generic arity stripped) is exportable.</summary>
        public static bool Contains(string fullName)
        {
            int tick = fullName.IndexOf('`');
            return ((HashSet<string>)Names).Contains(tick < 0 ? fullName : fullName.Substring(0, tick));
        }
    }
}

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
            "TorchSharp.Modules.Bilinear",
            "TorchSharp.Modules.Identity",
            "TorchSharp.Modules.Flatten",
            "TorchSharp.Modules.Conv1d",
            "TorchSharp.Modules.Conv2d",
            "TorchSharp.Modules.Conv3d",
            "TorchSharp.Modules.ConvTranspose2d",
            "TorchSharp.Modules.BatchNorm1d",
            "TorchSharp.Modules.BatchNorm2d",
            "TorchSharp.Modules.LayerNorm",
            "TorchSharp.Modules.GroupNorm",
            "TorchSharp.Modules.Dropout",
            "TorchSharp.Modules.ReLU",
            "TorchSharp.Modules.LeakyReLU",
            "TorchSharp.Modules.GELU",
            "TorchSharp.Modules.SiLU",
            "TorchSharp.Modules.Tanh",
            "TorchSharp.Modules.Sigmoid",
            "TorchSharp.Modules.Softmax",
            "TorchSharp.Modules.LogSoftmax",
            "TorchSharp.Modules.MaxPool1d",
            "TorchSharp.Modules.MaxPool2d",
            "TorchSharp.Modules.AvgPool2d",
            "TorchSharp.Modules.AdaptiveAvgPool2d",
            "TorchSharp.Modules.Sequential",
            "TorchSharp.Modules.ModuleList",
            "TorchSharp.Modules.ModuleDict",
            "TorchSharp.Modules.Embedding",
            "TorchSharp.Modules.EmbeddingBag",
            "TorchSharp.Modules.MultiheadAttention",
            "TorchSharp.Modules.TransformerEncoderLayer",
            "TorchSharp.Modules.TransformerEncoder",
        };

        /// <summary>True when <paramref name="fullName"/> (namespace + name, generic arity stripped) is exportable.</summary>
        public static bool Contains(string fullName)
        {
            int tick = fullName.IndexOf('`');
            return ((HashSet<string>)Names).Contains(tick < 0 ? fullName : fullName.Substring(0, tick));
        }
    }
}

using System;

namespace TorchScribe;

/// <summary>How <see cref="TorchScript.Save(TorchSharp.torch.nn.Module, string, TorchScriptSaveOptions)"/> writes an archive.</summary>
public sealed class TorchScriptSaveOptions
{
    /// <summary>
    /// The oldest PyTorch the archive must load in, e.g. <c>new Version(1, 13)</c>. When the model calls an op that only
    /// newer releases have, Save throws a <see cref="TorchScriptExportException"/> naming the op, the release that added
    /// it and the module. Default: null, no limit — the archive is for the libtorch TorchSharp ships (2.10 for
    /// TorchSharp 0.107) or newer. TorchScribe knows which of its ops PyTorch 1.13 lacks (its test suite runs every
    /// other op there); between 1.13 and the ops' own releases it takes the release notes' word.
    /// </summary>
    public Version? MinimumPyTorch { get; init; }
}

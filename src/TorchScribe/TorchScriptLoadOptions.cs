namespace TorchScribe;

/// <summary>How <see cref="TorchScript.Load(string, TorchScriptLoadOptions)"/> loads an archive.</summary>
public sealed class TorchScriptLoadOptions
{
    /// <summary>
    /// Compile the archive's code in a child process first (a copy of this app that stops before its <c>Main</c>), so
    /// code libtorch cannot compile gives a <see cref="TorchScriptLoadException"/> here instead of aborting this
    /// process. It costs a process start and a second load; use it for archives of unknown origin. Not available in
    /// NativeAOT apps. Default: false.
    /// </summary>
    public bool CompileInChildProcess { get; init; }

    /// <summary>The device the module's tensors are loaded onto (PyTorch's <c>map_location</c>). Default: null, the CPU.</summary>
    public TorchSharp.torch.Device? Device { get; init; }
}

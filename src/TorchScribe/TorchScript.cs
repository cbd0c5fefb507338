using System;
using System.IO;
using System.Runtime.InteropServices;
using TorchScribe.Export;
using TorchScribe.Export.Archive;
using TorchScribe.Import;
using static TorchSharp.torch;

namespace TorchScribe;

/// <summary>
/// Saves TorchSharp modules as TorchScript archives that libtorch's <c>torch.jit.load</c> runs in Python, C++ or
/// TorchSharp, and loads such archives back.
/// </summary>
/// <remarks>
/// Every module in the tree must be a <see cref="ScriptClassAttribute"/> module (compiled to TorchScript at build
/// time) or a stock TorchSharp module TorchScribe knows (Linear, Conv2d, Sequential, …).
/// </remarks>
public static class TorchScript
{
    /// <summary>Writes <paramref name="module"/> to <paramref name="path"/> as a TorchScript archive.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="path">The archive path, usually ending in <c>.pt</c>.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported; the message names its path.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    /// <remarks>The archive is written to a temporary file in the same folder and moved into place, so a failed
    /// export never leaves a partial file and never overwrites an existing one. Temporary files that an earlier Save of
    /// the same path left behind when its process was killed are removed. Like <c>torch.save</c> and TorchSharp's
    /// <c>Module.save</c>, it does not force the data to disk (fsync).</remarks>
    public static void Save(nn.Module module, string path) => Save(module, path, SaveDefaults);

    private static readonly TorchScriptSaveOptions SaveDefaults = new();

    /// <summary>Writes <paramref name="module"/> to <paramref name="path"/> as a TorchScript archive, as <paramref name="options"/> say.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="path">The archive path, usually ending in <c>.pt</c>.</param>
    /// <param name="options">The oldest PyTorch the archive must load in.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported (or not for that PyTorch); the message names its path.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void Save(nn.Module module, string path, TorchScriptSaveOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        string fullPath = System.IO.Path.GetFullPath(path);
        var temporary = TemporaryArchive.Next(fullPath);
        try
        {
            TemporaryArchive.RemoveStale(fullPath);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Save(module, stream, options);
                stream.Flush();
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (IOException e)
        {
            throw new IOException($"Cannot write the TorchScript archive '{fullPath}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException($"Cannot write the TorchScript archive '{fullPath}': {e.Message}", e);
        }
        finally
        {
            TemporaryArchive.Delete(temporary);
        }
    }

    /// <summary>Writes <paramref name="module"/> to <paramref name="stream"/> as a TorchScript archive.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported; the message names its path.</exception>
    public static void Save(nn.Module module, Stream stream) => Save(module, stream, SaveDefaults);

    /// <summary>Writes <paramref name="module"/> to <paramref name="stream"/> as a TorchScript archive, as <paramref name="options"/> say.</summary>
    /// <param name="module">The root module.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="options">The oldest PyTorch the archive must load in.</param>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported (or not for that PyTorch); the message names its path.</exception>
    public static void Save(nn.Module module, Stream stream, TorchScriptSaveOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var exporter = new ModuleExporter(options);
        ScriptObject root = exporter.Export(module, "");
        ArchiveWriter.Write(stream, root, exporter.CodeFiles(), exporter.FileVersion);
    }

    /// <summary>Loads a TorchScript archive with libtorch's <c>torch.jit.load</c>, after checking it.</summary>
    /// <param name="path">The archive path.</param>
    /// <returns>The loaded module, on the CPU.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, fails a check, or libtorch rejected it.</exception>
    /// <remarks>
    /// <para>Before libtorch sees the file, managed code checks what libtorch would crash on, compute garbage from, or
    /// spend unbounded time on: the zip structure and every record's size and CRC-32; the pickles' opcodes, globals and
    /// nesting depth; that every class the pickle names is defined by the archive's code and gets every attribute it
    /// declares; and that every tensor fits inside its storage record.</para>
    /// <para>A TorchScript archive is a program: its code runs as it loads (<c>__setstate__</c>) and when called. Load only
    /// archives you trust. libtorch compiles the code while loading and, under TorchSharp, aborts the process (instead of
    /// throwing) when the code does not type-check; archives written by <see cref="Save(nn.Module, string)"/> type-check by
    /// construction. See docs/export.md.</para>
    /// </remarks>
    public static jit.ScriptModule Load(string path) => Load(path, Defaults);

    private static readonly TorchScriptLoadOptions Defaults = new();

    /// <summary>Loads a TorchScript archive with libtorch's <c>torch.jit.load</c>, after checking it as <paramref name="options"/> say.</summary>
    /// <param name="path">The archive path.</param>
    /// <param name="options">The device to load onto (PyTorch's <c>map_location</c>), and whether to compile the code in a child process first.</param>
    /// <returns>The loaded module.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, fails a check, or libtorch rejected it.</exception>
    /// <exception cref="NotSupportedException"><see cref="TorchScriptLoadOptions.CompileInChildProcess"/> in a NativeAOT or single-file app.</exception>
    public static jit.ScriptModule Load(string path, TorchScriptLoadOptions options) =>
        CheckedLoad.FromFile(path, options, static (file, device) => jit.load(file, device));

    /// <summary>Loads a TorchScript archive from a stream (read to its end, left open), after the same checks as <see cref="Load(string, TorchScriptLoadOptions)"/>.</summary>
    /// <param name="stream">The archive's bytes.</param>
    /// <param name="options">As for a file; null for the defaults.</param>
    /// <returns>The loaded module.</returns>
    /// <exception cref="TorchScriptLoadException">The bytes are not a TorchScript archive, fail a check, or libtorch rejected them.</exception>
    public static jit.ScriptModule Load(Stream stream, TorchScriptLoadOptions? options = null) =>
        CheckedLoad.FromStream(stream, options ?? Defaults, static (file, device) => jit.load(file, device));

    /// <summary>Loads an archive whose forward returns <typeparamref name="TResult"/>, as TorchSharp's typed <c>jit.load</c> does, after the checks.</summary>
    /// <param name="path">The archive path.</param>
    /// <param name="options">As for <see cref="Load(string, TorchScriptLoadOptions)"/>; null for the defaults.</param>
    /// <returns>The loaded module, typed.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, fails a check, or libtorch rejected it.</exception>
    public static jit.ScriptModule<TResult> Load<TResult>(string path, TorchScriptLoadOptions? options = null) =>
        CheckedLoad.FromFile(path, options ?? Defaults, static (file, device) => jit.load<TResult>(file, device));

    /// <summary>Loads an archive whose forward takes a <typeparamref name="T1"/> and returns <typeparamref name="TResult"/>, after the checks.</summary>
    /// <param name="path">The archive path.</param>
    /// <param name="options">As for <see cref="Load(string, TorchScriptLoadOptions)"/>; null for the defaults.</param>
    /// <returns>The loaded module, typed: <c>model.forward(x)</c> needs no cast.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, fails a check, or libtorch rejected it.</exception>
    public static jit.ScriptModule<T1, TResult> Load<T1, TResult>(string path, TorchScriptLoadOptions? options = null) =>
        CheckedLoad.FromFile(path, options ?? Defaults, static (file, device) => jit.load<T1, TResult>(file, device));

    /// <summary>Loads an archive whose forward takes two inputs, after the checks.</summary>
    /// <param name="path">The archive path.</param>
    /// <param name="options">As for <see cref="Load(string, TorchScriptLoadOptions)"/>; null for the defaults.</param>
    /// <returns>The loaded module, typed.</returns>
    /// <exception cref="TorchScriptLoadException">The file is missing, is not a TorchScript archive, fails a check, or libtorch rejected it.</exception>
    public static jit.ScriptModule<T1, T2, TResult> Load<T1, T2, TResult>(string path, TorchScriptLoadOptions? options = null) =>
        CheckedLoad.FromFile(path, options ?? Defaults, static (file, device) => jit.load<T1, T2, TResult>(file, device));

    /// <summary>
    /// Exports <paramref name="module"/> and loads the archive back in libtorch, without a file of yours: the module as
    /// TorchScript, to run (or check) in this process.
    /// </summary>
    /// <param name="module">The root module.</param>
    /// <param name="options">For the export; null for the defaults.</param>
    /// <returns>The TorchScript module libtorch loaded.</returns>
    /// <exception cref="TorchScriptExportException">A module in the tree cannot be exported; the message names its path.</exception>
    public static jit.ScriptModule Compile(nn.Module module, TorchScriptSaveOptions? options = null)
    {
        using var archive = new MemoryStream();
        Save(module, archive, options ?? SaveDefaults);
        archive.Position = 0;
        return Load(archive);
    }

    /// <summary>
    /// Checks the export the way TorchScribe's own tests do: saves <paramref name="module"/>, runs the archive's forward
    /// in libtorch in a child process, and compares every output with the C# forward's on the same input (same seed,
    /// no autograd; the module in the mode it is in). A child process, because libtorch aborts the process that loads
    /// code it cannot compile. Not available in NativeAOT or single-file apps.
    /// </summary>
    /// <param name="module">The module, in the mode to check (eval or train).</param>
    /// <param name="input">The forward's input.</param>
    /// <returns>The largest difference per output.</returns>
    /// <exception cref="TorchScriptExportException">The module cannot be exported.</exception>
    /// <exception cref="TorchScriptLoadException">libtorch could not load or run the export; the message is libtorch's.</exception>
    public static TorchScriptVerification Verify<TResult>(nn.Module<Tensor, TResult> module, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(input);
        return Children.Verifier.Verify(module, () => module.forward(input)!, new[] { input });
    }

    /// <summary>As <see cref="Verify{TResult}(nn.Module{Tensor, TResult}, Tensor)"/>, for a forward with two inputs.</summary>
    /// <param name="module">The module, in the mode to check (eval or train).</param>
    /// <param name="first">The forward's first input.</param>
    /// <param name="second">The forward's second input.</param>
    /// <returns>The largest difference per output.</returns>
    public static TorchScriptVerification Verify<TResult>(nn.Module<Tensor, Tensor, TResult> module, Tensor first, Tensor second)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Children.Verifier.Verify(module, () => module.forward(first, second)!, new[] { first, second });
    }

    /// <summary>As <see cref="Verify{TResult}(nn.Module{Tensor, TResult}, Tensor)"/>, for any forward: <paramref name="forward"/> runs it in C#.</summary>
    /// <param name="module">The module, in the mode to check (eval or train).</param>
    /// <param name="forward">The C# forward on <paramref name="inputs"/>, e.g. <c>() =&gt; model.forward(a, b, c)</c>.</param>
    /// <param name="inputs">The inputs, in the forward's order.</param>
    /// <returns>The largest difference per output.</returns>
    public static TorchScriptVerification Verify(nn.Module module, Func<object> forward, params Tensor[] inputs)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(inputs);
        return Children.Verifier.Verify(module, forward, inputs);
    }
}

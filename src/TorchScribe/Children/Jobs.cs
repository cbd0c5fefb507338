using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using static TorchSharp.torch;

namespace TorchScribe.Children;

/// <summary>What a child process started by <see cref="AppChild"/> does, and the files it reads and writes.</summary>
internal static class Jobs
{
    /// <summary>Load an archive with libtorch (which compiles its code).</summary>
    public const string Compile = "compile";

    /// <summary>Load a run folder's archive and run its forward on the folder's inputs.</summary>
    public const string Run = "run";

    /// <summary>The seed both sides set before a forward, so random ops (dropout) draw the same numbers.</summary>
    public const long Seed = 20261201;

    public static string Archive(string folder) => Path.Combine(folder, "model.pt");

    public static string Input(string folder, int index) => Path.Combine(folder, $"input_{index}.pt");

    public static string Output(string folder, int index) => Path.Combine(folder, $"output_{index}.pt");

    public static void CompileArchive(string archive)
    {
        using var module = jit.load(archive);
    }

    /// <summary>Runs the folder's archive on its inputs (input_0.pt, …) and writes every output tensor (output_0.pt, …).</summary>
    public static void RunArchive(string folder)
    {
        using var module = jit.load(Archive(folder));
        var inputs = new List<Tensor>();
        for (int i = 0; File.Exists(Input(folder, i)); i++)
            inputs.Add(load(Input(folder, i)));
        object result;
        using (no_grad())
        {
            manual_seed(Seed);
            result = module.forward(inputs.Cast<object>().ToArray());
        }
        var outputs = ForwardOutputs.Tensors(result);
        for (int i = 0; i < outputs.Count; i++)
            save(outputs[i], Output(folder, i));
    }
}

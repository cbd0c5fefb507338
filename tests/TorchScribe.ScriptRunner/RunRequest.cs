using System.Collections.Generic;

namespace TorchScribe.ScriptRunner;

/// <summary>What the test host asks the runner to do with one archive (serialized as JSON).</summary>
public sealed class RunRequest
{
    /// <summary>The archive to load with torch.jit.load.</summary>
    public string Archive { get; set; } = "";

    /// <summary>
    /// Load with TorchScribe's TorchScript.Load (its checks first) instead of torch.jit.load. A TorchScriptLoadException
    /// is written to load-error.txt, then done.txt, and the runner stops: the process survived.
    /// </summary>
    public bool LoadThroughTorchScribe { get; set; }

    /// <summary>With <see cref="LoadThroughTorchScribe"/>: TorchScriptLoadOptions.CompileInChildProcess.</summary>
    public bool CompileInChildProcess { get; set; }

    /// <summary>
    /// Instead of loading: save a stock model of about <see cref="SaveMegabytes"/> MB to this path with TorchScript.Save,
    /// again and again until the process is killed (for tests of what a killed Save leaves behind).
    /// </summary>
    public string? SaveUntilKilled { get; set; }

    public int SaveMegabytes { get; set; } = 64;

    /// <summary>The folder results are written to.</summary>
    public string Output { get; set; } = "";

    /// <summary>The method to run: forward, or another script method run through invoke.</summary>
    public string Method { get; set; } = "forward";

    /// <summary>More methods to run with the same arguments (eval mode only); results go to &lt;method&gt;_&lt;i&gt;.</summary>
    public List<string> Methods { get; set; } = new();

    /// <summary>Arguments: "tensor:&lt;path&gt;", "int:3", "float:0.5", "bool:true", "none".</summary>
    public List<string> Arguments { get; set; } = new();

    /// <summary>Modes to run in: "eval", "train".</summary>
    public List<string> Modes { get; set; } = new() { "eval" };

    /// <summary>The seed set before every run, so random ops (dropout) draw the same numbers as the C# run.</summary>
    public long Seed { get; set; } = 1234;

    /// <summary>Also save the loaded module with torch.jit.save, load that, and run it again in eval mode.</summary>
    public bool RoundTrip { get; set; } = true;

    /// <summary>
    /// Methods to call one by one, each with its own scalar arguments (eval mode). Results go to calls.txt, a line per
    /// call: the <see cref="ExactValue"/> text of the result, or "error: &lt;message&gt;" when the call raised.
    /// </summary>
    public List<ScriptCall> Calls { get; set; } = new();
}

/// <summary>One call of a script method, with arguments in the syntax of <see cref="RunRequest.Arguments"/>.</summary>
public sealed class ScriptCall
{
    public string Method { get; set; } = "";

    public List<string> Arguments { get; set; } = new();
}

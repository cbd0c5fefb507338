using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using TorchScribe.ScriptRunner;
using TorchSharp;
using static TorchSharp.torch;

// Usage: TorchScribe.ScriptRunner <request.json>
// Writes, into the request's output folder: <mode>_<i>.pt per result tensor (or <mode>_<i>.txt for scalars),
// <method>_<i>.pt per extra method (run in the last mode; <method>.failed.txt when it raised),
// parameters.txt + parameter_<i>.pt, buffers.txt + buffer_<i>.pt, roundtrip_eval_<i>.pt, and done.txt last.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: TorchScribe.ScriptRunner <request.json>");
    return 2;
}
RunRequest request = JsonSerializer.Deserialize<RunRequest>(File.ReadAllText(args[0])) ?? throw new InvalidDataException("empty request");
Directory.CreateDirectory(request.Output);

// The C# side runs without autograd (Equivalence.Run); so does this side, so is_grad_enabled() agrees.
using var noGrad = torch.no_grad();
if (request.SaveUntilKilled is { } savePath)
{
    var layers = Enumerable.Range(0, Math.Max(1, request.SaveMegabytes / 4)).Select(i => ($"l{i}", (nn.Module<Tensor, Tensor>)nn.Linear(1024, 1024, hasBias: false))).ToArray();
    var model = nn.Sequential(layers);
    while (true)
        TorchScribe.TorchScript.Save(model, savePath);
}

jit.ScriptModule module;
if (request.LoadThroughTorchScribe)
{
    try
    {
        module = TorchScribe.TorchScript.Load(request.Archive, new TorchScribe.TorchScriptLoadOptions { CompileInChildProcess = request.CompileInChildProcess });
    }
    catch (TorchScribe.TorchScriptLoadException e)
    {
        File.WriteAllText(Path.Combine(request.Output, "load-error.txt"), e.Message);
        File.WriteAllText(Path.Combine(request.Output, "done.txt"), "done");
        return 0;
    }
}
else
{
    module = jit.load(request.Archive);
}
foreach (string mode in request.Modes)
{
    module.train(mode == "train");
    Save(Run(module), mode);
}
module.train(request.Modes.LastOrDefault() == "train");
foreach (string method in request.Methods)
{
    torch.manual_seed(request.Seed);
    try
    {
        Save(module.invoke(method, request.Arguments.Select(Argument).ToArray()), method);
    }
    catch (Exception e) when (e is System.Runtime.InteropServices.ExternalException or InvalidOperationException or ArgumentException)
    {
        // A method that raises (as its C# may throw on hostile input) is recorded; the comparison decides.
        File.WriteAllText(Path.Combine(request.Output, method + ".failed.txt"), e.Message);
    }
}
if (request.Calls.Count > 0)
{
    module.eval();
    var lines = new List<string>(request.Calls.Count);
    foreach (ScriptCall call in request.Calls)
    {
        try
        {
            lines.Add(ExactValue.Format(Plain(module.invoke(call.Method, call.Arguments.Select(Argument).ToArray()))));
        }
        catch (Exception e) when (e is System.Runtime.InteropServices.ExternalException or InvalidOperationException or ArgumentException)
        {
            // The kind of failure is not compared (C# and TorchScript name exceptions differently), only that it failed.
            lines.Add(ExactValue.Failed + ": " + e.Message.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("frame", StringComparison.Ordinal) && !l.StartsWith("Exception raised", StringComparison.Ordinal)));
        }
    }
    File.WriteAllLines(Path.Combine(request.Output, "calls.txt"), lines);
}
Dump(module.named_parameters().Select(p => (p.name, (Tensor)p.parameter)), "parameter");
Dump(module.named_buffers().Select(b => (b.name, b.buffer)), "buffer");

if (request.RoundTrip)
{
    string copy = Path.Combine(request.Output, "roundtrip.pt");
    jit.save(module, copy);
    // Through TorchScribe's load-time checks: every archive libtorch itself writes must pass them.
    jit.ScriptModule reloaded = TorchScribe.TorchScript.Load(copy);
    reloaded.eval();
    Save(Run(reloaded), "roundtrip_eval");
}
File.WriteAllText(Path.Combine(request.Output, "done.txt"), "ok");
return 0;

object Run(jit.ScriptModule target)
{
    torch.manual_seed(request.Seed);
    object[] arguments = request.Arguments.Select(Argument).ToArray();
    return request.Method == "forward" ? target.forward(arguments) : target.invoke(request.Method, arguments);
}

static object Argument(string spec)
{
    int colon = spec.IndexOf(':');
    string kind = colon < 0 ? spec : spec[..colon];
    string value = colon < 0 ? "" : spec[(colon + 1)..];
    // Every arm is cast to object: TorchSharp's implicit conversions to Tensor would otherwise make the switch's
    // type Tensor, and pass numbers as tensors.
    return kind switch
    {
        "tensor" => torch.load(value),
        "int" => (object)long.Parse(value, CultureInfo.InvariantCulture),
        "float" => (object)double.Parse(value, CultureInfo.InvariantCulture),
        "bool" => (object)bool.Parse(value),
        "none" => null!,
        _ => throw new ArgumentException($"unknown argument kind '{kind}'"),
    };
}

void Save(object result, string prefix)
{
    var items = result switch
    {
        Tensor tensor => new object[] { tensor },
        object[] array => array,
        System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]!).ToArray(),
        _ => new[] { result },
    };
    for (int i = 0; i < items.Length; i++)
    {
        string path = Path.Combine(request.Output, $"{prefix}_{i}");
        if (items[i] is Tensor tensor)
            torch.save(tensor.detach(), path + ".pt");
        else
            File.WriteAllText(path + ".txt", Convert.ToString(Plain(items[i]), CultureInfo.InvariantCulture));
    }
}

// Scalars come back from TorchScript as TorchSharp Scalars; write the .NET value they hold.
static object? Plain(object? value) => value is Scalar scalar
    ? scalar.Type switch
    {
        ScalarType.Bool => scalar.ToBoolean(),
        ScalarType.Float16 or ScalarType.Float32 or ScalarType.Float64 or ScalarType.BFloat16 => scalar.ToDouble(),
        _ => scalar.ToInt64(),
    }
    : value;

void Dump(IEnumerable<(string Name, Tensor Value)> tensors, string kind)
{
    var list = tensors.ToList();
    File.WriteAllLines(Path.Combine(request.Output, kind + "s.txt"), list.Select(t => t.Name));
    for (int i = 0; i < list.Count; i++)
        torch.save(list[i].Value.detach(), Path.Combine(request.Output, $"{kind}_{i}.pt"));
}

using System;
using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Diagnostics;

/// <summary>A plain helper class: fine in C#, but TorchScript cannot hold it.</summary>
public sealed class Statistics
{
    public Tensor Normalize(Tensor t) => (t - t.mean()) / t.std();
}

/// <summary>TSB0001–TSB0008 and TSB0200: one method per diagnostic of script code.</summary>
[ScriptClass]
public partial class ScriptCode : nn.Module<Tensor, Tensor>
{
    private readonly Linear fc = nn.Linear(4, 4);
    private readonly Statistics statistics = new Statistics();

    public ScriptCode() : base(nameof(ScriptCode)) => RegisterComponents();

    public override Tensor forward(Tensor x) =>
        Reflection(x) + Dynamic(x) + NumericLibrary(x) + HostRoundTrip(x) + HelperObject(x) + Construct(x) + Unmapped(x) + Inexact(x) + Branch(x);

    // TSB0001: reflection.
    private Tensor Reflection(Tensor x) => x.GetType().Name == "Tensor" ? x : -x;

    // TSB0002: dynamic.
    private Tensor Dynamic(Tensor x) => x * (double)(dynamic)2.0;

    // TSB0003: an external numeric library (MathNet.Numerics) instead of a torch operation.
    private Tensor NumericLibrary(Tensor x) => x * MathNet.Numerics.SpecialFunctions.Erf(0.5);

    // TSB0004: a host round-trip.
    private Tensor HostRoundTrip(Tensor x)
    {
        Console.WriteLine("forward called");
        return x;
    }

    // TSB0005: a member whose type is not scriptable.
    private Tensor HelperObject(Tensor x) => statistics.Normalize(x);

    // TSB0006: a construct TorchScript does not have.
    private Tensor Construct(Tensor x)
    {
        try
        {
            return fc.forward(x);
        }
        catch (ArgumentException)
        {
            return x;
        }
    }

    // TSB0007: a call with no TorchScript mapping.
    private Tensor Unmapped(Tensor x) => x.stft(4);

    // TSB0008: C# arithmetic TorchScript would not reproduce (MathF.Exp is the C library's float32 function).
    private Tensor Inexact(Tensor x) => x * MathF.Exp(0.5f);

    // TSB0200: a branch on a tensor value (legal, but waits for the device).
    private Tensor Branch(Tensor x) => x.sum().item<float>() > 0 ? x : -x;
}

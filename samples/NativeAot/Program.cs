using System;
using System.Linq;
using TorchScribe;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

// Under NativeAOT, TorchSharp's reflection-based RegisterComponents finds no fields (TorchSharp issue #934) and
// .to() cannot re-bind them; the generated registration and _toEpilog need no reflection.
var model = new Regressor();
string[] expected = { "scale", "hidden.weight", "hidden.bias", "output.weight", "output.bias", "steps" };
string[] keys = model.state_dict().Keys.ToArray();
Console.WriteLine($"runtime: {(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "NativeAOT")}");
Console.WriteLine($"parameters: {model.parameters().Count()}");
Console.WriteLine($"state_dict: {string.Join(", ", keys)}");
if (!keys.OrderBy(k => k).SequenceEqual(expected.OrderBy(k => k)))
{
    Console.Error.WriteLine($"unexpected state_dict keys; expected {string.Join(", ", expected)}");
    return 1;
}

Tensor y32 = model.forward(ones(3, 4));
model.to(ScalarType.Float64);
Tensor y64 = model.forward(ones(3, 4, dtype: ScalarType.Float64));
Console.WriteLine($"forward after .to(float64): {y64.dtype} [{string.Join(", ", y64.shape)}]");
if (y64.dtype != ScalarType.Float64 || !y32.to(ScalarType.Float64).allclose(y64, rtol: 1e-5, atol: 1e-6))
{
    Console.Error.WriteLine("the float64 forward differs from the float32 one");
    return 1;
}
// For contrast, the same module written the usual way relies on TorchSharp's reflection over fields.
var handWritten = new HandWrittenRegressor();
Console.WriteLine($"TorchSharp's reflection-based registration: {handWritten.parameters().Count()} parameters");
Console.WriteLine("ok");
return 0;

[ScriptClass]
partial class Regressor
{
    private readonly Linear hidden = nn.Linear(4, 8);
    private readonly Linear output = nn.Linear(8, 1);
    private readonly Parameter scale = nn.Parameter(ones(1));
    private Tensor steps = zeros(1);

    public Regressor() : base(nameof(Regressor)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => output.forward(nn.functional.relu(hidden.forward(x))) * scale + steps;
}

sealed class HandWrittenRegressor : nn.Module<Tensor, Tensor>
{
    private readonly Linear hidden = nn.Linear(4, 8);
    private readonly Linear output = nn.Linear(8, 1);

    public HandWrittenRegressor() : base(nameof(HandWrittenRegressor)) => RegisterComponents();

    public override Tensor forward(Tensor x) => output.forward(nn.functional.relu(hidden.forward(x)));
}

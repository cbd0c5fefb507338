using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TorchScribe.Shared;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

/// <summary>
/// TorchScript translations of TorchSharp's stock modules, with PyTorch's qualified class names and state-dict keys.
/// Each forward computes exactly what TorchSharp's own forward computes (its C# source is the specification),
/// with the hyper-parameters read from the instance and written as literals.
/// </summary>
internal static partial class BuiltinModules
{
    /// <summary>The description of a stock module, or null when <paramref name="module"/> is not one TorchScribe knows.</summary>
    public static ModuleDescription? Describe(nn.Module module, string path) => module switch
    {
        Linear linear => Linear(linear),
        Bilinear bilinear => Bilinear(bilinear),
        Identity => Stateless("linear.Identity", "input"),
        Flatten flatten => Stateless("flatten.Flatten", $"torch.flatten(input, {I(flatten.start_dim)}, {I(flatten.end_dim)})"),
        Conv1d conv => Convolution(conv, "Conv1d", 1),
        Conv2d conv => Convolution(conv, "Conv2d", 2),
        Conv3d conv => Convolution(conv, "Conv3d", 3),
        ConvTranspose2d conv => ConvTranspose2d(conv),
        BatchNorm1d norm => BatchNorm(norm, "BatchNorm1d", "input.dim() != 2 and input.dim() != 3", "expected 2D or 3D input"),
        BatchNorm2d norm => BatchNorm(norm, "BatchNorm2d", "input.dim() != 4", "expected 4D input"),
        LayerNorm norm => LayerNorm(norm),
        GroupNorm norm => GroupNorm(norm),
        Dropout dropout => Stateless("dropout.Dropout", $"torch.dropout{(dropout.inplace ? "_" : "")}(input, {F(dropout.p)}, self.training)"),
        ReLU relu => Activation("ReLU", $"torch.relu{Inplace(relu.inplace)}(input)"),
        LeakyReLU leaky => Activation("LeakyReLU", $"torch.leaky_relu{Inplace(leaky.inplace)}(input, {F(leaky.negative_slope)})"),
        GELU gelu => Gelu(gelu),
        SiLU silu => Activation("SiLU", $"torch.silu{Inplace(silu.inplace)}(input)"),
        Tanh tanh => Activation("Tanh", $"torch.tanh{Inplace(tanh.inplace)}(input)"),
        Sigmoid sigmoid => Activation("Sigmoid", $"torch.sigmoid{Inplace(sigmoid.inplace)}(input)"),
        Softmax softmax => Activation("Softmax", $"torch.softmax(input, {I(softmax.dim)}, None)"),
        LogSoftmax logSoftmax => Activation("LogSoftmax", $"torch.log_softmax(input, {I(logSoftmax.dim)}, None)"),
        MaxPool1d pool => MaxPool1d(pool),
        MaxPool2d pool => MaxPool2d(pool),
        AvgPool2d pool => AvgPool2d(pool),
        AdaptiveAvgPool2d pool => Stateless("pooling.AdaptiveAvgPool2d", $"torch.adaptive_avg_pool2d(input, {Ints(pool.output_size)})"),
        Sequential sequential => Sequential(sequential),
        _ => Other(module, path),
    };

    /// <summary>Containers (generic types) and native-backed modules, whose options come from <see cref="ScriptModules"/>.</summary>
    private static ModuleDescription? Other(nn.Module module, string path)
    {
        Type type = module.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ModuleList<>))
            return Container("ModuleList", module);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ModuleDict<>))
            return Container("ModuleDict", module);
        return Native(module, path);
    }

    private static ModuleDescription Stateless(string qualifiedTail, string expression)
    {
        var description = new ModuleDescription("__torch__.torch.nn.modules." + qualifiedTail);
        description.Methods.Add(Forward(expression));
        return description;
    }

    private static ModuleDescription Activation(string name, string expression) => Stateless("activation." + name, expression);

    private static string Inplace(bool inplace) => inplace ? "_" : "";

    /// <summary>A one-input forward returning <paramref name="expression"/> of <c>input</c>.</summary>
    private static string Forward(string expression) =>
        $"  def forward(self, input: Tensor) -> Tensor:\n    return {expression}\n";

    /// <summary>Adds the module's registered tensors <paramref name="names"/> (absent ones as None).</summary>
    private static void Tensors(ModuleDescription description, nn.Module module, MemberKind kind, params string[] names)
    {
        var registered = kind == MemberKind.Parameter
            ? module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter)
            : module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer);
        foreach (string name in names)
        {
            registered.TryGetValue(name, out Tensor? tensor);
            description.Members.Add(new MemberValue(name, kind, tensor is null ? "Optional[Tensor]" : "Tensor", tensor));
        }
    }

    /// <summary>A raise as archives spell it (Python's exception classes are not defined when libtorch imports code).</summary>
    private static string Raise(string message, string indent) =>
        $"{indent}ops.prim.RaiseException({ScriptSyntax.String(message)}, \"builtins.ValueError\")\n{indent}assert False\n";

    /// <summary>
    /// Statements run without autograd (what libtorch's NoGradGuard does): archives cannot use <c>with torch.no_grad()</c>.
    /// </summary>
    private static string NoGrad(string indent, params string[] statements) =>
        $"{indent}grad_enabled = torch.is_grad_enabled()\n{indent}torch.set_grad_enabled(False)\n" +
        string.Concat(statements.Select(s => indent + s + "\n")) +
        $"{indent}torch.set_grad_enabled(grad_enabled)\n";

    private static string I(long value) => ScriptSyntax.Int(value);

    private static string F(double value) => ScriptSyntax.Float(value);

    private static string B(bool value) => ScriptSyntax.Bool(value);

    private static string Ints(IEnumerable<long> values) => "[" + string.Join(", ", values.Select(I)) + "]";

    private static string Join(string path, string name) => ModuleExporter.Join(path, name);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

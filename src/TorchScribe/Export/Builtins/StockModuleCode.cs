using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

/// <summary>What stock-module translations write again and again: forwards, tensors, literals, raises, no-grad blocks.</summary>
internal static class StockModuleCode
{
    public static ModuleDescription Stateless(string file, string name, string expression)
    {
        var description = new ModuleDescription(ScriptClassName.TorchNn(file, name));
        description.Methods.Add(Forward(expression));
        return description;
    }

    public static ModuleDescription Activation(string name, string expression) => Stateless("activation", name, expression);

    public static string Inplace(bool inplace) => inplace ? "_" : "";

    /// <summary>A one-input forward returning <paramref name="expression"/> of <c>input</c>.</summary>
    public static string Forward(string expression) =>
        $"  def forward(self, input: Tensor) -> Tensor:\n    return {expression}\n";

    /// <summary>Adds the module's registered tensors <paramref name="names"/> (absent ones as None).</summary>
    public static void Tensors(ModuleDescription description, nn.Module module, MemberKind kind, params string[] names)
    {
        var registered = kind == MemberKind.Parameter
            ? module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter)
            : module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer);
        foreach (string name in names)
        {
            registered.TryGetValue(name, out Tensor? tensor);
            description.Members.Add(TensorMember(name, kind, tensor));
        }
    }

    /// <summary>A parameter or buffer, typed <c>Optional[Tensor]</c> when absent.</summary>
    public static MemberValue TensorMember(string name, MemberKind kind, Tensor? tensor) =>
        new(name, kind, tensor is null ? ScriptType.Optional(ScriptType.Tensor) : ScriptType.Tensor, tensor);

    /// <summary>A raise as archives spell it (Python's exception classes are not defined when libtorch imports code).</summary>
    public static string Raise(string message, string indent) =>
        $"{indent}{ScriptSyntax.Raise(ScriptSyntax.String(message), "ValueError")}\n{indent}{ScriptSyntax.PathEnds}\n";

    /// <summary>
    /// Statements run without autograd (what libtorch's NoGradGuard does): archives cannot use <c>with torch.no_grad()</c>.
    /// </summary>
    public static string NoGrad(string indent, params string[] statements) =>
        $"{indent}grad_enabled = torch.is_grad_enabled()\n{indent}torch.set_grad_enabled(False)\n" +
        string.Concat(statements.Select(s => indent + s + "\n")) +
        $"{indent}torch.set_grad_enabled(grad_enabled)\n";

    public static string I(long value) => ScriptSyntax.Int(value);

    public static string F(double value) => ScriptSyntax.Float(value);

    public static string B(bool value) => ScriptSyntax.Bool(value);

    public static string Ints(IEnumerable<long> values) => "[" + string.Join(", ", values.Select(I)) + "]";

    /// <summary>
    /// An option TorchSharp keeps in a non-public field or property of <paramref name="module"/> (it computes with it but
    /// does not expose it); the package pins the TorchSharp versions whose names these are.
    /// </summary>
    public static T Hidden<T>(nn.Module module, string path, string name)
    {
        // Private members of base classes (PadBase's padding_mode) are found only on the class that declares them.
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (Type? type = module.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField(name, flags) is { } field && typeof(T).IsAssignableFrom(field.FieldType))
                return (T)field.GetValue(module)!;
            if (type.GetProperty(name, flags) is { } property && typeof(T).IsAssignableFrom(property.PropertyType))
                return (T)property.GetValue(module)!;
        }
        throw new TorchScriptExportException(path,
            $"TorchSharp {typeof(nn.Module).Assembly.GetName().Version} does not keep '{name}' where TorchScribe reads it; use the TorchSharp version TorchScribe declares.");
    }

    /// <summary>The options a <see cref="ScriptModules"/> factory recorded for a native-backed module.</summary>
    public static TOptions Options<TOptions>(nn.Module module, string path, string factory) where TOptions : class =>
        ScriptModules.OptionsOf<TOptions>(module) ?? throw new TorchScriptExportException(path,
            $"'{factory}' is a native libtorch module whose options TorchSharp cannot read back; create it with TorchScribe.ScriptModules.{factory}(...) (same parameters as torch.nn.{factory}), which records them.");
}

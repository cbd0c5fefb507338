using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using TorchScribe.Shared;
using static TorchSharp.torch;

namespace TorchScribe.Runtime;

/// <summary>
/// Receives a script method's TorchScript for one exported instance. Generated code calls it with the text the
/// compiler wrote at build time and, between those pieces, with what only the instance knows: constant values and the
/// children of module containers. Nothing it receives is parsed.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptCodeWriter
{
    private readonly StringBuilder code = new();
    private readonly nn.Module? module;
    private readonly string path;

    internal ScriptCodeWriter(nn.Module? module, string path)
    {
        this.module = module;
        this.path = path;
    }

    /// <summary>Writes TorchScript text compiled at build time.</summary>
    /// <param name="text">The text, exactly as written to the archive.</param>
    public void Text(string text) => code.Append(text);

    /// <summary>Writes an integer constant.</summary>
    /// <param name="value">The value.</param>
    public void Constant(long value) => code.Append(ScriptSyntax.Int(value));

    /// <summary>Writes a floating-point constant (a float is written as the double it converts to).</summary>
    /// <param name="value">The value.</param>
    public void Constant(double value) => code.Append(ScriptSyntax.Float(value));

    /// <summary>Writes a bool constant.</summary>
    /// <param name="value">The value.</param>
    public void Constant(bool value) => code.Append(ScriptSyntax.Bool(value));

    /// <summary>Writes a string constant, or None.</summary>
    /// <param name="value">The value.</param>
    public void Constant(string? value) => code.Append(value is null ? "None" : ScriptSyntax.String(value));

    /// <summary>Writes a tuple constant of numbers, bools and strings.</summary>
    /// <param name="value">The value.</param>
    public void Constant(ITuple? value)
    {
        if (value is null)
        {
            code.Append("None");
            return;
        }
        code.Append('(');
        for (int i = 0; i < value.Length; i++)
        {
            if (i > 0)
                code.Append(", ");
            Item(value[i]);
        }
        code.Append(value.Length == 1 ? ",)" : ")");
    }

    /// <summary>Writes <paramref name="value"/> as a string literal (a child's registered name).</summary>
    /// <param name="value">The text.</param>
    public void String(string value) => code.Append(ScriptSyntax.String(value));

    /// <summary>The registered names of the children of the module container reached from the instance by <paramref name="path"/>.</summary>
    /// <param name="path">Registered names, from the exported module to the container.</param>
    /// <exception cref="TorchScriptExportException">No module is registered under the path.</exception>
    public IReadOnlyList<string> Children(params string[] path)
    {
        nn.Module current = module ?? throw new TorchScriptExportException(this.path, "a free function cannot loop over module containers.");
        foreach (string name in path)
        {
            nn.Module? next = current.named_children().Where(c => c.name == name).Select(c => c.module).FirstOrDefault();
            current = next ?? throw new TorchScriptExportException(this.path, $"the module container '{string.Join(".", path)}' is not registered (is it null, or did a constructor skip RegisterComponents()?).");
        }
        return current.named_children().Select(c => c.name).ToList();
    }

    private void Item(object? value)
    {
        switch (value)
        {
            case null: code.Append("None"); break;
            case bool b: Constant(b); break;
            case string s: Constant(s); break;
            case float f: Constant(f); break;
            case double d: Constant(d); break;
            case sbyte or byte or short or ushort or int or long: Constant(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ITuple tuple: Constant(tuple); break;
            default: throw new TorchScriptExportException(path, $"a constant of type {value.GetType().Name} cannot be written as TorchScript.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => code.ToString();
}

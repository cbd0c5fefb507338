using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TorchScribe.Export.Builtins;
using TorchScribe.Runtime;
using TorchScribe.Shared;
using static TorchSharp.torch;

namespace TorchScribe.Export;

/// <summary>
/// Walks a module tree and turns every module into a TorchScript class and a pickled object: [ScriptClass] modules
/// through their generated definitions, stock TorchSharp modules through their built-in translations.
/// </summary>
internal sealed class ModuleExporter(TorchScriptSaveOptions options)
{
    private readonly ClassRegistry registry = new();
    private readonly ObjectValues objects = new();

    /// <summary>The archive version the exported code needs (the highest any class needs).</summary>
    public int FileVersion { get; private set; } = 3;

    public IReadOnlyDictionary<string, string> CodeFiles() => registry.CodeFiles();

    public ScriptObject Export(nn.Module module, string path) => Export(Describe(module, path), module.training, path);

    /// <summary>
    /// Exports a described module. Submodule members hold either a TorchSharp module or, for the insides of native
    /// modules (a Transformer layer's attention and linears), a description built from the parent's flat tensors.
    /// </summary>
    private ScriptObject Export(ModuleDescription description, bool training, string path)
    {
        FileVersion = Math.Max(FileVersion, description.FileVersion);
        foreach (var functions in description.Functions)
        {
            if (!registry.AddFunctions(functions.Key, functions.Value))
            {
                throw new TorchScriptExportException(path,
                    $"its static script methods belong to the TorchScript module '{functions.Key}', which another class's static script methods with different code also belong to; rename one of the classes or its namespace.");
            }
        }
        foreach (var valueClass in description.ValueClasses)
        {
            if (!registry.AddValueClass(valueClass.Key, valueClass.Value))
            {
                throw new TorchScriptExportException(path,
                    $"its code uses the TorchScript class '{valueClass.Key}', a name another class with different code has too; rename one of them or its namespace.");
            }
        }
        foreach (MemberValue member in description.Members)
            CheckName(member, description, path);
        if (options.MinimumPyTorch is { } minimum && description.PyTorchRequirements.FirstOrDefault(r => r.Version > minimum) is { } newer)
        {
            throw new TorchScriptExportException(path,
                $"its code calls {newer.Op}, which PyTorch has only since {newer.Version}, but the archive must load in PyTorch {minimum} (TorchScriptSaveOptions.MinimumPyTorch); compute it with older ops, or raise the minimum.");
        }
        foreach (string method in description.MethodNames)
        {
            if (ScriptNames.Problem(method) is { } problem)
                throw new TorchScriptExportException(path, $"its method '{method}' cannot be saved under that name, {problem} (libtorch would reject the archive); rename it.");
        }

        var declarations = new List<(string Name, ScriptType Type)>();
        var values = new Dictionary<string, (ScriptType Type, object? Value)>(StringComparer.Ordinal);
        var parameters = new List<string>();
        var buffers = new List<string>();

        // PyTorch's layout: tensors, then training and the hook flag, then submodules and other attributes.
        foreach (MemberValue member in description.Members.Where(m => m.Kind is MemberKind.Parameter or MemberKind.Buffer))
        {
            // A registered tensor is declared Tensor even where C# declares it nullable, as PyTorch types a buffer by its
            // value: libtorch lists only Tensor-typed attributes in named_parameters()/named_buffers() and state_dict().
            ScriptType type = member.Value is null ? ScriptType.Optional(ScriptType.Tensor) : ScriptType.Tensor;
            if (member.Value is not null)
                (member.Kind == MemberKind.Parameter ? parameters : buffers).Add(member.Name);
            Declare(member.Name, type, member.Value);
        }
        Declare("training", ScriptType.Bool, training);
        Declare("_is_full_backward_hook", ScriptType.Optional(ScriptType.Bool), null);
        foreach (MemberValue member in description.Members.Where(m => m.Kind is MemberKind.Submodule or MemberKind.Attribute))
        {
            if (member.Kind == MemberKind.Submodule)
            {
                ScriptObject child = member.Value is ModuleDescription synthetic
                    ? Export(synthetic, training, Join(path, member.Name))
                    : Export((nn.Module)member.Value!, Join(path, member.Name));
                Declare(member.Name, member.ScriptType ?? ScriptType.Class(child.Class.ClassName.ToString()), child);
            }
            else
            {
                Declare(member.Name, member.ScriptType!, objects.Convert(member.Value, member.ScriptType, Join(path, member.Name)));
            }
        }

        string body = ClassSource(description.ClassName.Name, parameters, buffers, declarations, description.Methods);
        ScriptClass scriptClass = registry.Intern(description.ClassName, body, declarations.Select(d => d.Name).ToList());
        return new ScriptObject(scriptClass, values);

        void Declare(string name, ScriptType type, object? value)
        {
            declarations.Add((name, type));
            values[name] = (type, value);
        }
    }

    /// <summary>The rules of TSB0108, for names only known at run time (hand-registered buffers, container keys).</summary>
    private static void CheckName(MemberValue member, ModuleDescription description, string path)
    {
        string? problem = ScriptNames.Problem(member.Name);
        if (problem is null && description.MethodNames.Contains(member.Name))
            problem = "the name of one of its TorchScript methods";
        if (problem is null && description.Members.Count(m => m.Name == member.Name) > 1)
            problem = "a name another of its members is saved under too";
        if (problem is not null)
        {
            string kind = member.Kind.ToString().ToLowerInvariant();
            throw new TorchScriptExportException(path, $"its {kind} '{member.Name}' cannot be saved under that name, {problem} (libtorch would reject the archive); rename it or register it under another name.");
        }
    }

    private static ModuleDescription Describe(nn.Module module, string path)
    {
        if (module is IScriptModule script)
            return ScriptClassDescriber.Describe(module, script, path);
        if (StockModuleTable.Describe(module, path) is { } stock)
            return stock;
        // TorchSharp's own modules cannot be marked [ScriptClass]: say what can be done instead.
        if (module.GetType().Assembly == typeof(nn.Module).Assembly)
        {
            throw new TorchScriptExportException(path,
                $"'{module.GetType().FullName}' is a stock TorchSharp module TorchScribe cannot export yet (docs/stock-modules.md lists those it can); compute it with nn.functional calls in a [ScriptClass] instead.");
        }
        throw new TorchScriptExportException(path,
            $"'{module.GetType().FullName}' is a custom module that is not a [ScriptClass]; mark it [ScriptClass] (and partial) so its forward is compiled to TorchScript, or replace it with a stock TorchSharp module.");
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string ClassSource(string name, List<string> parameters, List<string> buffers, List<(string Name, ScriptType Type)> declarations, List<string> methods)
    {
        var source = new StringBuilder();
        source.Append("class ").Append(name).Append("(Module):\n");
        source.Append("  __parameters__ = [").Append(string.Concat(parameters.Select(p => ScriptSyntax.String(p) + ", "))).Append("]\n");
        source.Append("  __buffers__ = [").Append(string.Concat(buffers.Select(b => ScriptSyntax.String(b) + ", "))).Append("]\n");
        foreach (var (attribute, type) in declarations)
        {
            if (ScriptSyntax.IsPlainIdentifier(attribute) || attribute is "training")
                source.Append("  ").Append(attribute).Append(" : ").Append(type).Append('\n');
            else
                source.Append("  __annotations__[").Append(ScriptSyntax.String(attribute)).Append("] = ").Append(type).Append('\n');
        }
        foreach (string method in methods)
            source.Append(method);
        return source.ToString();
    }
}

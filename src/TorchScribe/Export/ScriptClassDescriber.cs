using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TorchScribe.Runtime;
using static TorchSharp.torch;

namespace TorchScribe.Export;

/// <summary>Describes a [ScriptClass] instance from its generated definition and its registered state.</summary>
internal static class ScriptClassDescriber
{
    public static ModuleDescription Describe(nn.Module module, IScriptModule script, string path)
    {
        ScriptClassDefinition definition = script.ScriptDefinition;
        if (definition.Errors.Count > 0)
        {
            throw new TorchScriptExportException(path,
                $"{definition.ClrName} was not compiled to TorchScript because its script code has errors:\n  {string.Join("\n  ", definition.Errors)}");
        }

        var values = new ScriptValueWriter();
        script.WriteScriptValues(values);
        var constants = values.Constants.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var attributes = values.Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var parameters = module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter, StringComparer.Ordinal);
        var buffers = module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer, StringComparer.Ordinal);
        var children = module.named_children().ToDictionary(c => c.name, c => c.module, StringComparer.Ordinal);

        var description = new ModuleDescription(definition.QualifiedName) { FileVersion = definition.FileVersion };
        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (ScriptMemberInfo member in definition.Members)
        {
            described.Add(member.Name);
            switch (member.Role)
            {
                case ScriptMemberRole.Parameter:
                case ScriptMemberRole.Buffer:
                    var tensors = member.Role == ScriptMemberRole.Parameter ? parameters : buffers;
                    tensors.TryGetValue(member.Name, out Tensor? tensor);
                    if (tensor is null && member.ScriptType?.StartsWith("Optional[", StringComparison.Ordinal) != true)
                        throw new TorchScriptExportException(path, $"'{member.Name}' is not registered (is it null, or did the constructor skip RegisterComponents()?), and its C# type is not nullable.");
                    description.Members.Add(new MemberValue(member.Name, member.Role == ScriptMemberRole.Parameter ? MemberKind.Parameter : MemberKind.Buffer, member.ScriptType, tensor));
                    break;
                case ScriptMemberRole.Submodule:
                    if (!children.TryGetValue(member.Name, out nn.Module? child))
                        throw new TorchScriptExportException(path, $"the submodule '{member.Name}' is not registered (is it null, or did the constructor skip RegisterComponents()?).");
                    description.Members.Add(new MemberValue(member.Name, MemberKind.Submodule, null, child));
                    break;
                default:
                    attributes.TryGetValue(member.Name, out object? value);
                    description.Members.Add(new MemberValue(member.Name, MemberKind.Attribute, member.ScriptType, value));
                    break;
            }
        }

        // Components registered by hand (register_buffer in a constructor) belong to the state too.
        foreach (var parameter in parameters.Where(p => !described.Contains(p.Key)))
            description.Members.Add(new MemberValue(parameter.Key, MemberKind.Parameter, "Tensor", parameter.Value));
        foreach (var buffer in buffers.Where(b => !described.Contains(b.Key)))
            description.Members.Add(new MemberValue(buffer.Key, MemberKind.Buffer, "Tensor", buffer.Value));
        foreach (var child in children.Where(c => !described.Contains(c.Key)))
            description.Members.Add(new MemberValue(child.Key, MemberKind.Submodule, null, child.Value));

        object? Constant(string name) => constants.TryGetValue(name, out object? value)
            ? value
            : throw new TorchScriptExportException(path, $"the compiled code of {definition.ClrName} refers to an unknown constant '{name}'.");

        IReadOnlyList<string> ChildrenOf(string container)
        {
            string name = ContainerName(container) ?? throw new TorchScriptExportException(path, $"cannot unroll a loop over '{container}'.");
            return children.TryGetValue(name, out nn.Module? list)
                ? list.named_children().Select(c => c.name).ToList()
                : throw new TorchScriptExportException(path, $"the module container '{name}' is not registered.");
        }

        foreach (ScriptMethodSource method in definition.Methods.Where(m => !m.IsStatic))
            description.Methods.Add(ScriptTemplate.Render(method.Source, Constant, ChildrenOf));
        AddFunctions(description, definition, Constant, ChildrenOf);
        foreach (ScriptClassDefinition dependency in definition.Dependencies)
        {
            AddFunctions(description, dependency,
                name => throw new TorchScriptExportException(path, $"the static script methods of {dependency.ClrName} read the static value '{name}'; only const values can be used there."),
                ChildrenOf);
        }
        return description;
    }

    private static void AddFunctions(ModuleDescription description, ScriptClassDefinition definition, Func<string, object?> constant, Func<string, IReadOnlyList<string>> children)
    {
        var functions = definition.Methods.Where(m => m.IsStatic).ToList();
        if (functions.Count == 0)
            return;
        var source = new StringBuilder();
        foreach (ScriptMethodSource function in functions)
            source.Append(ScriptTemplate.Render(function.Source, constant, children));
        description.Functions[definition.FunctionsModule] = source.ToString();
    }

    /// <summary>The attribute name in <c>self.name</c> or <c>getattr(self, "name")</c>.</summary>
    private static string? ContainerName(string container)
    {
        if (container.StartsWith("self.", StringComparison.Ordinal))
            return container.Substring("self.".Length);
        const string prefix = "getattr(self, \"";
        if (container.StartsWith(prefix, StringComparison.Ordinal) && container.EndsWith("\")", StringComparison.Ordinal))
            return container.Substring(prefix.Length, container.Length - prefix.Length - 2);
        return null;
    }
}

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
        var attributes = values.Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var parameters = module.named_parameters(false).ToDictionary(p => p.name, p => (Tensor)p.parameter, StringComparer.Ordinal);
        var buffers = module.named_buffers(false).ToDictionary(b => b.name, b => b.buffer, StringComparer.Ordinal);
        var children = module.named_children().ToDictionary(c => c.name, c => c.module, StringComparer.Ordinal);

        var description = new ModuleDescription(new ScriptClassName(definition.ScriptModule, definition.ScriptName)) { FileVersion = definition.FileVersion };
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
                    if (tensor is null && member.ScriptType?.IsOptional != true)
                        throw new TorchScriptExportException(path, $"'{member.Name}' is not registered (is it null, or did the constructor skip RegisterComponents()?), and its C# type is not nullable.");
                    description.Members.Add(new MemberValue(member.Name, member.Role == ScriptMemberRole.Parameter ? MemberKind.Parameter : MemberKind.Buffer, member.ScriptType, tensor));
                    break;
                case ScriptMemberRole.Submodule:
                    if (!children.TryGetValue(member.Name, out nn.Module? child))
                        throw new TorchScriptExportException(path, $"the submodule '{member.Name}' is not registered (is it null, or did the constructor skip RegisterComponents()?).");
                    // Typed as its class, or as the module interface the field is declared with.
                    description.Members.Add(new MemberValue(member.Name, MemberKind.Submodule, member.ScriptType, child));
                    break;
                default:
                    attributes.TryGetValue(member.Name, out object? value);
                    description.Members.Add(new MemberValue(member.Name, MemberKind.Attribute, member.ScriptType, value));
                    break;
            }
        }

        // Components registered by hand (register_buffer in a constructor) belong to the state too.
        foreach (var parameter in parameters.Where(p => !described.Contains(p.Key)))
            description.Members.Add(new MemberValue(parameter.Key, MemberKind.Parameter, ScriptType.Tensor, parameter.Value));
        foreach (var buffer in buffers.Where(b => !described.Contains(b.Key)))
            description.Members.Add(new MemberValue(buffer.Key, MemberKind.Buffer, ScriptType.Tensor, buffer.Value));
        foreach (var child in children.Where(c => !described.Contains(c.Key)))
            description.Members.Add(new MemberValue(child.Key, MemberKind.Submodule, null, child.Value));

        foreach (ScriptMethodDefinition method in definition.Methods.Where(m => !m.IsStatic))
        {
            description.Methods.Add(Write(method, module, path));
            description.MethodNames.Add(method.Name);
        }
        AddFunctions(description, definition, path);
        description.PyTorchRequirements.AddRange(definition.PyTorchRequirements);
        foreach (ScriptClassDefinition dependency in DependenciesOf(definition))
        {
            if (dependency.Errors.Count > 0)
            {
                throw new TorchScriptExportException(path,
                    $"its code uses {dependency.ClrName}, which was not compiled to TorchScript because its script code has errors:\n  {string.Join("\n  ", dependency.Errors)}");
            }
            AddFunctions(description, dependency, path);
            description.PyTorchRequirements.AddRange(dependency.PyTorchRequirements);
            if (dependency.Kind != ScriptClassKind.Module)
            {
                if (ValueClassSource.NameProblem(dependency) is { } problem)
                    throw new TorchScriptExportException(path, $"its code uses {dependency.ClrName}, and {problem} (libtorch would reject the archive); rename it.");
                description.ValueClasses[new ScriptClassName(dependency.ScriptModule, dependency.ScriptName)] = ValueClassSource.Of(dependency, path);
            }
        }
        return description;
    }

    /// <summary>Every class whose code the archive must carry for <paramref name="definition"/>'s, transitively, each once.</summary>
    private static List<ScriptClassDefinition> DependenciesOf(ScriptClassDefinition definition)
    {
        var found = new List<ScriptClassDefinition>();
        var pending = new Stack<ScriptClassDefinition>(definition.Dependencies);
        while (pending.Count > 0)
        {
            ScriptClassDefinition next = pending.Pop();
            if (ReferenceEquals(next, definition) || found.Contains(next))
                continue;
            found.Add(next);
            foreach (ScriptClassDefinition further in next.Dependencies)
                pending.Push(further);
        }
        return found;
    }

    /// <summary>One method's TorchScript for this instance, as its generated writer writes it.</summary>
    private static string Write(ScriptMethodDefinition method, nn.Module? module, string path)
    {
        var writer = new ScriptCodeWriter(module, path);
        method.Write(writer, module);
        return writer.ToString();
    }

    /// <summary>A class's static script methods, as the free functions of its functions module.</summary>
    private static void AddFunctions(ModuleDescription description, ScriptClassDefinition definition, string path)
    {
        var functions = definition.Methods.Where(m => m.IsStatic).ToList();
        if (functions.Count == 0)
            return;
        var source = new StringBuilder();
        foreach (ScriptMethodDefinition function in functions)
            source.Append(Write(function, null, path));
        description.Functions[definition.FunctionsModule] = source.ToString();
    }
}

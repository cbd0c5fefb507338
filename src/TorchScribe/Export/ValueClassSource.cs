using System.Linq;
using System.Text;
using TorchScribe.Runtime;
using TorchScribe.Shared;

namespace TorchScribe.Export;

/// <summary>
/// The archive source of a plain class, NamedTuple or module interface, as PyTorch writes them: <c>class Coder:</c>
/// with its attributes and methods, <c>class Pair(NamedTuple):</c> with its fields, <c>class Block(ModuleInterface):</c>
/// with its method declarations. Their code is the same for every instance, so it is written without one.
/// </summary>
internal static class ValueClassSource
{
    public static string Of(ScriptClassDefinition definition, string path)
    {
        var source = new StringBuilder();
        source.Append("class ").Append(definition.ScriptName).Append(definition.Kind switch
        {
            ScriptClassKind.NamedTuple => "(NamedTuple):\n",
            ScriptClassKind.Interface => "(ModuleInterface):\n",
            _ => ":\n",
        });
        foreach (ScriptMemberInfo member in definition.Members)
            source.Append("  ").Append(member.Name).Append(" : ").Append(member.ScriptType).Append('\n');
        foreach (ScriptMethodDefinition method in definition.Methods.Where(m => !m.IsStatic))
        {
            var writer = new ScriptCodeWriter(null, path);
            method.Write(writer, null);
            source.Append(writer);
        }
        if (definition.Members.Count == 0 && !definition.Methods.Any(m => !m.IsStatic))
            source.Append("  pass\n");
        return source.ToString();
    }

    /// <summary>The names libtorch would read differently in a class body: <see cref="ScriptNames"/> applies to attributes of every kind.</summary>
    public static string? NameProblem(ScriptClassDefinition definition) =>
        definition.Members.Select(m => ScriptNames.Problem(m.Name) is { } problem ? $"its field '{m.Name}' cannot be saved under that name, {problem}" : null)
            .FirstOrDefault(p => p is not null);
}

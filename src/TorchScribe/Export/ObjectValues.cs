using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Runtime.CompilerServices;
using TorchScribe.Runtime;
using static TorchSharp.torch;

namespace TorchScribe.Export;

/// <summary>
/// Turns attribute values that hold [ScriptClass] objects (directly, or in lists, dictionaries, tuples and other
/// objects) into what the pickler writes: plain objects as <see cref="ScriptObject"/>s of their class, NamedTuples as
/// typed tuples. Numbers, strings and tensors pass through as they are.
/// </summary>
internal sealed class ObjectValues
{
    private readonly Dictionary<ScriptClassDefinition, ScriptClass> classes = new();
    private readonly Dictionary<object, string> holders = new(ReferenceEqualityComparer.Instance);

    public object? Convert(object? value, ScriptType? type, string path)
    {
        type = type?.NonOptional;
        switch (value)
        {
            case null or string or Tensor or Device or Enum or bool or sbyte or byte or short or ushort or int or uint or long or float or double:
                return value;
            case IScriptObject script:
                return Object(script, path);
            case ITuple tuple when type is { Kind: ScriptTypeKind.Tuple }:
                return new ScriptTuple(Enumerable.Range(0, tuple.Length)
                    .Select(i => (type.Arguments[i], Convert(tuple[i], type.Arguments[i], $"{path}[{i}]"))).ToList());
            case IDictionary dictionary when type is { Kind: ScriptTypeKind.Dict }:
                var entries = new OrderedDictionary();
                foreach (DictionaryEntry entry in dictionary)
                    entries.Add(entry.Key, Convert(entry.Value, type.Arguments[1], $"{path}[{entry.Key}]"));
                return entries;
            case IEnumerable list when type is { Kind: ScriptTypeKind.List }:
                var items = new List<object?>();
                foreach (object? item in list)
                    items.Add(Convert(item, type.Arguments[0], $"{path}[{items.Count}]"));
                return items;
            default:
                return value;
        }
    }

    private object Object(IScriptObject script, string path)
    {
        ScriptClassDefinition definition = script.ScriptDefinition;
        if (definition.Errors.Count > 0)
        {
            throw new TorchScriptExportException(path,
                $"{definition.ClrName} was not compiled to TorchScript because its script code has errors:\n  {string.Join("\n  ", definition.Errors)}");
        }
        // C# shares an object held twice; an archive holds each attribute's object on its own (PyTorch copies them
        // too), so script code changing it through one holder would not be seen through the other.
        if (definition.Kind == ScriptClassKind.Object && holders.TryGetValue(script, out string? first))
        {
            throw new TorchScriptExportException(path,
                $"holds the same {definition.ClrName} object as '{first}'; a TorchScript archive stores each holder's object separately, so a change made through one would not be seen through the other. Give each holder its own object.");
        }
        holders[script] = path;

        var writer = new ScriptValueWriter();
        script.WriteScriptValues(writer);
        var values = writer.Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var attributes = new Dictionary<string, (ScriptType Type, object? Value)>(StringComparer.Ordinal);
        foreach (ScriptMemberInfo member in definition.Members)
        {
            values.TryGetValue(member.Name, out object? value);
            string memberPath = ModuleExporter.Join(path, member.Name);
            // A struct's default value, or a field C# left unassigned: the loaded code would read None as a value.
            if (value is null && member.ScriptType is { IsOptional: false } type)
            {
                throw new TorchScriptExportException(memberPath,
                    $"is null, and {definition.ClrName}.{member.Name} has the TorchScript type {type}, which cannot hold None; assign it a value, or declare it nullable");
            }
            attributes[member.Name] = (member.ScriptType!, Convert(value, member.ScriptType, memberPath));
        }
        if (definition.Kind == ScriptClassKind.NamedTuple)
            return new ScriptTuple(definition.Members.Select(m => attributes[m.Name]).ToList());
        if (!classes.TryGetValue(definition, out ScriptClass? scriptClass))
        {
            classes[definition] = scriptClass = new ScriptClass(
                new ScriptClassName(definition.ScriptModule, definition.ScriptName), "", definition.Members.Select(m => m.Name).ToList());
        }
        return new ScriptObject(scriptClass, attributes);
    }
}

/// <summary>A tuple value with the TorchScript type of each item (a NamedTuple is pickled as a plain tuple).</summary>
internal sealed record ScriptTuple(IReadOnlyList<(ScriptType Type, object? Value)> Items);

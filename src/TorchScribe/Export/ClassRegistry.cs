using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TorchScribe.Export;

/// <summary>
/// The TorchScript classes and free functions of one archive. Instances whose code is identical share a class;
/// instances of one C# class with different code (other constants or hyper-parameters) get mangled names, as
/// PyTorch does (<c>__torch__.x.___torch_mangle_1.Block</c>).
/// </summary>
internal sealed class ClassRegistry
{
    private readonly Dictionary<ScriptClassName, List<ScriptClass>> byBaseName = new();
    private readonly Dictionary<string, string> functions = new(StringComparer.Ordinal);
    private int mangleCounter;

    public ScriptClass Intern(ScriptClassName baseName, string body, IReadOnlyList<string> attributeOrder)
    {
        if (valueClasses.ContainsKey(baseName))
            baseName = baseName with { Module = $"{baseName.Module}.___torch_mangle_{mangleCounter++.ToString(CultureInfo.InvariantCulture)}" };
        if (!byBaseName.TryGetValue(baseName, out List<ScriptClass>? variants))
            byBaseName[baseName] = variants = new List<ScriptClass>();
        foreach (ScriptClass existing in variants)
        {
            if (existing.Source == body && existing.AttributeOrder.SequenceEqual(attributeOrder))
                return existing;
        }
        ScriptClassName name = variants.Count == 0
            ? baseName
            : baseName with { Module = $"{baseName.Module}.___torch_mangle_{mangleCounter++.ToString(CultureInfo.InvariantCulture)}" };
        var created = new ScriptClass(name, body, attributeOrder);
        variants.Add(created);
        return created;
    }

    /// <summary>
    /// Adds a plain class, NamedTuple or module interface under its own name (its code is the same for every instance,
    /// so it is never mangled); false when another class's code has that name.
    /// </summary>
    public bool AddValueClass(ScriptClassName name, string source)
    {
        if (valueClasses.TryGetValue(name, out string? existing))
            return existing == source;
        if (byBaseName.ContainsKey(name))
            return false;
        valueClasses[name] = source;
        return true;
    }

    private readonly Dictionary<ScriptClassName, string> valueClasses = new();

    /// <summary>Adds a module of free functions (a [ScriptClass]'s static script methods); false when another class's differ.</summary>
    public bool AddFunctions(string module, string source)
    {
        if (functions.TryGetValue(module, out string? existing))
            return existing == source;
        functions[module] = source;
        return true;
    }

    /// <summary>Code files, <c>code/&lt;qualifier with / &gt;.py</c> → source; several classes may share a file.</summary>
    public IReadOnlyDictionary<string, string> CodeFiles()
    {
        var files = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (ScriptClass scriptClass in byBaseName.Values.SelectMany(v => v))
            Append(files, scriptClass.ClassName.Module, scriptClass.Source);
        foreach (var valueClass in valueClasses)
            Append(files, valueClass.Key.Module, valueClass.Value);
        foreach (var function in functions)
            Append(files, function.Key, function.Value);
        return files.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }

    private static void Append(SortedDictionary<string, StringBuilder> files, string qualifier, string source)
    {
        string path = "code/" + qualifier.Replace('.', '/') + ".py";
        if (!files.TryGetValue(path, out StringBuilder? builder))
            files[path] = builder = new StringBuilder();
        builder.Append(source);
    }
}

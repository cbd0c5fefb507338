using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Lowering;

/// <summary>
/// The script names of a method's parameters: each C# name made a safe identifier, unique after <c>self</c>. The
/// lowering declares parameters with these names, and callers pass keyword arguments by them.
/// </summary>
internal static class ScriptParameterNames
{
    public static ImmutableArray<string> Of(IMethodSymbol method)
    {
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        if (!method.IsStatic)
            used.Add("self");
        var names = ImmutableArray.CreateBuilder<string>(method.Parameters.Length);
        foreach (IParameterSymbol parameter in method.Parameters)
            names.Add(Unique(Local(parameter.Name), used));
        return names.MoveToImmutable();
    }

    /// <summary>
    /// A C# local's or parameter's name as a script identifier. Names starting with <c>ts_</c> are the op table's:
    /// templates bind them in one-element comprehensions (<c>[f(ts_x) for ts_x in [x]][0]</c>), where a local of the
    /// same name, passed in another argument, would be shadowed. Such a local gets a leading underscore.
    /// </summary>
    public static string Local(string name)
    {
        string safe = ScriptSyntax.SafeIdentifier(name);
        return safe.StartsWith(Ops.OpTemplate.ReservedPrefix, System.StringComparison.Ordinal) ? "_" + safe : safe;
    }

    /// <summary><paramref name="safe"/>, or it with the first free <c>_1</c>, <c>_2</c>, … suffix.</summary>
    public static string Unique(string safe, HashSet<string> used)
    {
        string unique = safe;
        for (int i = 1; !used.Add(unique); i++)
            unique = safe + "_" + i;
        return unique;
    }
}

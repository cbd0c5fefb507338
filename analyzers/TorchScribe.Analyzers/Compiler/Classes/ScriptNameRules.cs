using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Classes;

/// <summary>
/// The names a [ScriptClass]'s members are saved under and its methods are called by (TSB0108): each must be one
/// libtorch loads (see <see cref="ScriptNames"/>), used once, and a member's not the name of one of the class's methods. The declaration
/// analyzer reports these; the generator turns them into export errors, so Save names the member too.
/// </summary>
internal static class ScriptNameRules
{
    public static IEnumerable<Diagnostic> Problems(INamedTypeSymbol type, KnownSymbols known)
    {
        var methods = new HashSet<string>(GeneratedCode.UserMembers(type).OfType<IMethodSymbol>()
            .Where(m => !m.IsStatic && (ScriptClassShape.IsForward(m, known) || known.HasAttribute(m, known.ScriptMethodAttribute)))
            .Select(m => ScriptClassContext.ScriptNameOf(m, known)), System.StringComparer.Ordinal);
        foreach (IMethodSymbol method in GeneratedCode.UserMembers(type).OfType<IMethodSymbol>().Where(m => !m.IsStatic && known.HasAttribute(m, known.ScriptMethodAttribute)))
        {
            string name = ScriptClassContext.ScriptNameOf(method, known);
            if (ScriptNames.Problem(name) is { } methodProblem)
            {
                yield return Diagnostic.Create(Descriptors.ScriptNameConflict, method.Locations.FirstOrDefault() ?? Location.None,
                    method.Name, name, methodProblem, "rename the method");
            }
        }
        // A plain class or NamedTuple declares its attributes in its class body and assigns them in __init__, where only
        // plain identifiers can stand (a module declares others through __annotations__ and never assigns them).
        bool declaresPlainNames = ScriptClassKinds.Of(type, known) is Runtime.ScriptClassKind.Object or Runtime.ScriptClassKind.NamedTuple;
        var seen = new Dictionary<string, ScriptMember>(System.StringComparer.Ordinal);
        foreach (ScriptMember member in ScriptMembers.Collect(type, known))
        {
            if (member.IsStatic || member.Role is MemberRole.Ignored or MemberRole.NotScriptable or MemberRole.Constant)
                continue;
            if (GeneratedMembers.Names.Contains(member.Symbol.Name))
                continue;   // TSB0107 asks for another name already
            string? problem = ScriptNames.Problem(member.Name);
            if (problem is null && declaresPlainNames && !ScriptSyntax.IsPlainIdentifier(member.Name))
                problem = "a name TorchScript keeps for itself (a Python keyword or builtin), which a TorchScript class cannot declare or assign as an attribute";
            if (problem is null && methods.Contains(member.Name))
                problem = "the name of one of the class's TorchScript methods";
            if (problem is null && seen.TryGetValue(member.Name, out ScriptMember? first))
                problem = $"the name '{first.Symbol.Name}' is saved under too";
            seen[member.Name] = member;
            if (problem is null)
                continue;
            string remedy = member.Name == member.Symbol.Name ? "rename it or give it a [ComponentName]" : "give it another [ComponentName]";
            yield return Diagnostic.Create(Descriptors.ScriptNameConflict, member.Symbol.Locations.FirstOrDefault() ?? Location.None,
                member.Symbol.Name, member.Name, problem, remedy);
        }
    }
}

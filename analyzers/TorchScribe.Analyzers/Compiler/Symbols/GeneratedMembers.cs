using System.Collections.Immutable;

namespace TorchScribe.Analyzers.Compiler.Symbols;

/// <summary>
/// The names the generated half declares in every [ScriptClass]. The emitters spell them from here, and a user member
/// (or the class itself) with one of these names is TSB0107, so the generated half never collides with the user's.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The static list of registered component names.</summary>
    public const string ComponentNames = "ComponentNames";

    /// <summary>TorchSharp's registration hook, overridden.</summary>
    public const string RegisterComponents = "RegisterComponents";

    /// <summary>TorchSharp's hook after <c>.to()</c>, overridden to re-bind fields.</summary>
    public const string ToEpilog = "_toEpilog";

    /// <summary>TorchSharp's forward, overridden when the user writes a [ScriptMethod] Forward.</summary>
    public const string Forward = "forward";

    /// <summary>The flag that makes registration run once.</summary>
    public const string RegisteredFlag = "torchScribeComponentsRegistered";

    /// <summary>The cached definition.</summary>
    public const string DefinitionField = "torchScribeDefinition";

    /// <summary>The definition, read by export and by other classes' definitions.</summary>
    public const string Definition = "TorchScribeDefinition";

    /// <summary>The partial method the translation half implements.</summary>
    public const string Define = "TorchScribeDefine";

    public static ImmutableHashSet<string> Names { get; } = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, ComponentNames, RegisterComponents, ToEpilog, Forward, RegisteredFlag, DefinitionField, Definition, Define);
}

using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>
/// Implemented by the code TorchScribe generates for every <see cref="ScriptClassAttribute"/> module, plain class and
/// NamedTuple struct: what the exporter needs to write an instance, available without reflection (so it works under
/// NativeAOT).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IScriptObject
{
    /// <summary>The class's compiled TorchScript and member layout, shared by all instances.</summary>
    ScriptClassDefinition ScriptDefinition { get; }

    /// <summary>Writes this instance's <c>[ScriptConstant]</c> values and plain attribute values.</summary>
    /// <param name="writer">Receives one call per constant and per attribute, in declaration order.</param>
    void WriteScriptValues(ScriptValueWriter writer);
}

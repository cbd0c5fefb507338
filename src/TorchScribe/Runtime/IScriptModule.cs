using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>
/// Implemented by the code TorchScribe generates for every <see cref="ScriptClassAttribute"/> module: what the
/// exporter needs to write the module as TorchScript, available without reflection (so it works under NativeAOT).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IScriptModule
{
    /// <summary>The class's compiled TorchScript and member layout, shared by all instances.</summary>
    ScriptClassDefinition ScriptDefinition { get; }

    /// <summary>Writes this instance's <c>[ScriptConstant]</c> values and plain attribute values.</summary>
    /// <param name="writer">Receives one call per constant and per attribute, in declaration order.</param>
    void WriteScriptValues(ScriptValueWriter writer);
}

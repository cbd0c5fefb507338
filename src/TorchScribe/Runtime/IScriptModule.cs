using System.ComponentModel;

namespace TorchScribe.Runtime;

/// <summary>Implemented by the code TorchScribe generates for every <see cref="ScriptClassAttribute"/> module.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IScriptModule : IScriptObject
{
}

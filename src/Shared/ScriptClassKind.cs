// Shared by the compiler core (which decides what a [ScriptClass] is) and the runtime exporter (which writes each kind
// as libtorch reads it). Public in the runtime, internal in the compiler core.
namespace TorchScribe.Runtime
{
    /// <summary>What a [ScriptClass] is in TorchScript.</summary>
#if TORCHSCRIBE_RUNTIME
    public
#else
    internal
#endif
    enum ScriptClassKind
    {
        /// <summary>A TorchSharp module: <c>class Name(Module):</c>, with parameters, buffers and submodules.</summary>
        Module,

        /// <summary>A plain class: <c>class Name:</c>, an object with attributes, <c>__init__</c> and methods.</summary>
        Object,

        /// <summary>A readonly record struct: <c>class Name(NamedTuple):</c>, an immutable value.</summary>
        NamedTuple,

        /// <summary>An interface that modules implement: <c>class Name(ModuleInterface):</c>.</summary>
        Interface,
    }
}

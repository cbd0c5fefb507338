using Microsoft.CodeAnalysis;

namespace TorchScribe.Analyzers.Diagnostics;

/// <summary>The catalog of every diagnostic TorchScribe reports; analyzers and code fixes share these instances.</summary>
internal static class Descriptors
{
    public const string RepositoryUrl = "https://github.com/torchscribe/torchscribe";

    private const string Scripting = "TorchScribe.Scripting";
    private const string Usage = "TorchScribe.Usage";
    private const string Performance = "TorchScribe.Performance";

    public static readonly DiagnosticDescriptor Reflection = Create(
        DiagnosticIds.Reflection, Scripting, DiagnosticSeverity.Error,
        "Reflection in script code",
        "'{0}' uses reflection, which TorchScript cannot express; move it to the constructor or a [ScriptIgnore] method",
        "TorchScript has no runtime type information: GetType(), typeof(...).GetMethod/GetField, System.Reflection, Activator and Type.GetType cannot be exported.");

    public static readonly DiagnosticDescriptor Dynamic = Create(
        DiagnosticIds.Dynamic, Scripting, DiagnosticSeverity.Error,
        "'dynamic' in script code",
        "'{0}' is dynamic; TorchScript is statically typed, so give it a static type",
        "TorchScript resolves every operation at compile time; dynamic dispatch cannot be exported.");

    public static readonly DiagnosticDescriptor ExternalNumericLibrary = Create(
        DiagnosticIds.ExternalNumericLibrary, Scripting, DiagnosticSeverity.Error,
        "External numeric library in script code",
        "'{0}' comes from {1}, which runs outside libtorch and cannot be exported; use {2}",
        "Only libtorch operations exist in TorchScript. Work done by MathNet.Numerics, NumSharp, System.Numerics.Tensors or similar libraries must be expressed with torch operations.");

    public static readonly DiagnosticDescriptor HostRoundTrip = Create(
        DiagnosticIds.HostRoundTrip, Scripting, DiagnosticSeverity.Error,
        "Host round-trip in script code",
        "'{0}' {1}, which TorchScript cannot export; {2}",
        "Copying tensor data into .NET arrays or strings, and console or file I/O, have no TorchScript equivalent and stall the device.");

    public static readonly DiagnosticDescriptor NonScriptableMember = Create(
        DiagnosticIds.NonScriptableMember, Scripting, DiagnosticSeverity.Error,
        "Member of a non-scriptable type used in script code",
        "'{0}' has type '{1}', which is not scriptable; {2}",
        "Script code may only use members whose types exist in TorchScript: tensors, numbers, bools, strings, lists, tuples, dictionaries, the TorchSharp modules TorchScribe exports, and [ScriptClass] modules.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        DiagnosticIds.UnsupportedConstruct, Scripting, DiagnosticSeverity.Error,
        "Language construct with no TorchScript equivalent",
        "{0} has no TorchScript equivalent; {1}",
        "TorchScript is a statically typed subset of Python. Exceptions handlers, lambdas, LINQ, local functions, goto, lock, iterators, async code, unsafe code, overloading and recursion cannot be exported.");

    public static readonly DiagnosticDescriptor NoTorchScriptMapping = Create(
        DiagnosticIds.NoTorchScriptMapping, Scripting, DiagnosticSeverity.Error,
        "Call or type with no TorchScript mapping",
        "{0} has no TorchScript mapping; {1}",
        "Every call in script code must be a torch operation TorchScribe knows how to translate, a submodule call, or a [ScriptMethod] of the class. Anything else would make the export fail.");

    public static readonly DiagnosticDescriptor InexactSemantics = Create(
        DiagnosticIds.InexactSemantics, Scripting, DiagnosticSeverity.Error,
        "C# semantics TorchScript would not reproduce",
        "'{0}' would compute something else in TorchScript: {1}; {2}",
        "The export computes exactly what the C# computes, or the build says why not. Integer wrap-around, C# division, saturating conversions and float32 rounding are reproduced; checked arithmetic, single-precision transcendental functions and the text of floating-point numbers are not.");

    public static readonly DiagnosticDescriptor ScriptClassNotPartial = Create(
        DiagnosticIds.ScriptClassNotPartial, Usage, DiagnosticSeverity.Error,
        "[ScriptClass] type must be partial",
        "[ScriptClass] type '{0}' must be partial so TorchScribe can generate its module plumbing",
        "The generator adds component registration, device moves and the TorchScript translation to the other half of the class.");

    public static readonly DiagnosticDescriptor InvalidScriptConstant = Create(
        DiagnosticIds.InvalidScriptConstant, Usage, DiagnosticSeverity.Error,
        "Invalid [ScriptConstant] field",
        "[ScriptConstant] field '{0}' {1}",
        "A TorchScript constant is inlined as a literal when the module is exported: it must be readonly and hold an int, long, float, double, bool, string, or a value tuple of those.");

    public static readonly DiagnosticDescriptor MissingRegisterComponents = Create(
        DiagnosticIds.MissingRegisterComponents, Usage, DiagnosticSeverity.Warning,
        "Constructor never calls RegisterComponents()",
        "This constructor of '{0}' never calls RegisterComponents(); its parameters and submodules would not be trained, moved or saved",
        "TorchSharp only registers parameters, buffers and submodules when RegisterComponents() runs. Call it at the end of every constructor that does not chain to another constructor of the same class.");

    public static readonly DiagnosticDescriptor ComponentNotRegistrable = Create(
        DiagnosticIds.ComponentNotRegistrable, Usage, DiagnosticSeverity.Warning,
        "Module component held where it cannot be registered or re-bound",
        "'{0}' holds {1} in {2}; {3}",
        "TorchSharp never registers the items of arrays and List<T>, so they are not trained, moved or saved; and .to() replaces parameters and tensors, which a get-only auto-property cannot take back.");

    public static readonly DiagnosticDescriptor InvalidForward = Create(
        DiagnosticIds.InvalidForward, Usage, DiagnosticSeverity.Error,
        "[ScriptClass] forward is missing or invalid",
        "{0}",
        "A [ScriptClass] module needs exactly one forward: a forward override or a [ScriptMethod] named Forward, with 1 to 6 inputs (TorchSharp's Module<T1..T6, TResult>).");

    public static readonly DiagnosticDescriptor UnrecordedNativeModule = Create(
        DiagnosticIds.UnrecordedNativeModule, Usage, DiagnosticSeverity.Error,
        "Native module whose options export cannot read",
        "'{0}' creates a native {1} module whose options TorchSharp does not expose, so it cannot be exported; create it with TorchScribe.ScriptModules.{2}(...), which records them",
        "Embedding, EmbeddingBag, MultiheadAttention, the Transformer layers, RNN, RNNCell and multi-layer GRU and LSTM are thin handles over libtorch modules: options they depend on cannot be read back from .NET. TorchScribe.ScriptModules has drop-in factories that record them.");

    public static readonly DiagnosticDescriptor InvalidScriptClassBase = Create(
        DiagnosticIds.InvalidScriptClassBase, Usage, DiagnosticSeverity.Error,
        "[ScriptClass] type has an unsupported shape",
        "[ScriptClass] type '{0}' {1}",
        "A [ScriptClass] type is non-generic and partial. A module derives directly from TorchSharp's Module<T..., TResult>, or omits its base class so the generator infers it from the forward; a plain class derives from nothing (TorchScript classes do not inherit); an interface declares abstract instance methods and extends nothing.");

    public static readonly DiagnosticDescriptor ReservedName = Create(
        DiagnosticIds.ReservedName, Usage, DiagnosticSeverity.Error,
        "Name reserved by the generated half of a [ScriptClass]",
        "'{0}' is a name the generated half of every [ScriptClass] declares; {1}",
        "The generated half of every [ScriptClass] declares ComponentNames, RegisterComponents, _toEpilog, forward (for a [ScriptMethod] Forward), TorchScribeDefinition, TorchScribeDefine, torchScribeDefinition and torchScribeComponentsRegistered. A user member with one of these names, or a class named like one, would collide with it.");

    public static readonly DiagnosticDescriptor ScriptNameConflict = Create(
        DiagnosticIds.ScriptNameConflict, Usage, DiagnosticSeverity.Error,
        "TorchScript name that libtorch cannot load",
        "'{0}' is saved as '{1}', {2}; {3}",
        "Every parameter, buffer, submodule and attribute of a module is saved under its registered name ([ComponentName] or the member's name). libtorch rejects an archive, or aborts while loading it, when that name is 'training', a method's name, a name used twice, empty, dotted, or a double-underscore name TorchScript keeps for itself.");

    public static readonly DiagnosticDescriptor UnexportableSubmodule = Create(
        DiagnosticIds.UnexportableSubmodule, Usage, DiagnosticSeverity.Error,
        "Submodule that export cannot write",
        "'{0}' holds a module of type '{1}', which TorchScript.Save cannot write, and RegisterComponents registers it; {2}",
        "Every submodule a [ScriptClass] registers is saved in its archive, whether script code calls it or not. A TorchSharp module TorchScribe does not translate, or a module class that is not [ScriptClass], makes TorchScript.Save throw. Reported at the declaration, or, for a member typed as TorchSharp's abstract nn.Module or as a module interface, where such a value is assigned to it.");

    public static readonly DiagnosticDescriptor ScriptStructNotNamedTuple = Create(
        DiagnosticIds.ScriptStructNotNamedTuple, Usage, DiagnosticSeverity.Error,
        "[ScriptClass] struct that cannot be a NamedTuple",
        "[ScriptClass] struct '{0}' {1}",
        "A [ScriptClass] struct becomes a TorchScript NamedTuple, an immutable value whose fields are its constructor's parameters. C# copies a mutable struct on every assignment and TorchScript would share it instead, so only a positional readonly record struct computes the same.");

    public static readonly DiagnosticDescriptor ScriptClassConstructors = Create(
        DiagnosticIds.ScriptClassConstructors, Usage, DiagnosticSeverity.Error,
        "Plain [ScriptClass] with more than one constructor",
        "'{0}' declares {1} constructors; a TorchScript class has one __init__, so keep one and give it optional parameters for the others",
        "The constructor of a plain [ScriptClass] is script code: it becomes the class's __init__, which script code calls when it creates an instance. TorchScript has no overloading, so the class has one constructor.");

    public static readonly DiagnosticDescriptor PlainClassMember = Create(
        DiagnosticIds.PlainClassMember, Usage, DiagnosticSeverity.Error,
        "Member a plain [ScriptClass] or NamedTuple cannot hold",
        "'{0}' {1}; {2}",
        "A plain [ScriptClass] and a NamedTuple struct hold values: every field is an attribute of the TorchScript object, assigned by __init__ and saved with it. Modules and parameters belong to modules, and the code of a plain class is the same for all its instances, so it has no per-instance [ScriptConstant]s.");

    public static readonly DiagnosticDescriptor RecursiveScriptClass = Create(
        DiagnosticIds.RecursiveScriptClass, Usage, DiagnosticSeverity.Error,
        "[ScriptClass] whose fields contain itself",
        "'{0}' holds itself through '{1}' ({2}); TorchScript class types cannot refer to themselves, so keep the items in a list held by another class instead",
        "libtorch resolves a class's attribute types before the class exists: a field whose type contains the class itself (directly, in a list or optional, or through another class) is typed as NoneType, so the archive cannot hold a value for it.");

    public static readonly DiagnosticDescriptor TensorValueBranch = Create(
        DiagnosticIds.TensorValueBranch, Performance, DiagnosticSeverity.Info,
        "Branch on a tensor value",
        "Branching on a tensor value ('{0}') forces a device-to-host synchronization",
        "Reading a tensor element to decide control flow is legal TorchScript, but it waits for the device to finish every queued kernel.");

    public static string HelpLink(string id) => $"{RepositoryUrl}/blob/main/docs/diagnostics/{id}.md";

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}

namespace TorchScribe.Analyzers.Diagnostics;

/// <summary>Stable diagnostic IDs. Never renumber: users suppress and configure them by ID.</summary>
internal static class DiagnosticIds
{
    public const string Reflection = "TSB0001";
    public const string Dynamic = "TSB0002";
    public const string ExternalNumericLibrary = "TSB0003";
    public const string HostRoundTrip = "TSB0004";
    public const string NonScriptableMember = "TSB0005";
    public const string UnsupportedConstruct = "TSB0006";
    public const string NoTorchScriptMapping = "TSB0007";
    public const string InexactSemantics = "TSB0008";

    public const string ScriptClassNotPartial = "TSB0100";
    public const string InvalidScriptConstant = "TSB0101";
    public const string MissingRegisterComponents = "TSB0102";
    public const string ComponentNotRegistrable = "TSB0103";
    public const string InvalidForward = "TSB0104";
    public const string UnrecordedNativeModule = "TSB0105";
    public const string InvalidScriptClassBase = "TSB0106";
    public const string ReservedName = "TSB0107";
    public const string ScriptNameConflict = "TSB0108";
    public const string UnexportableSubmodule = "TSB0109";
    public const string ScriptStructNotNamedTuple = "TSB0110";
    public const string ScriptClassConstructors = "TSB0111";
    public const string PlainClassMember = "TSB0112";
    public const string RecursiveScriptClass = "TSB0113";

    public const string TensorValueBranch = "TSB0200";
}

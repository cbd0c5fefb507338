using System.Collections.Generic;
using System.Linq;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Runtime;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Writes the declaration half of a [ScriptClass]: inferred base, constructor, reflection-free registration, device
/// moves, the dispose-scoped forward, and the export hooks. User code binds against this half, so editors get it too.
/// </summary>
internal static class DeclarationEmitter
{
    private const string Tensor = "global::TorchSharp.torch.Tensor";
    private const string Parameter = "global::TorchSharp.Modules.Parameter";
    private const string Runtime = Emitter.Runtime;

    public static string Emit(DeclarationModel model, string version)
    {
        string generatedCode = Emitter.GeneratedCodeAttribute(version);
        if (model.Kind != ScriptClassKind.Module)
        {
            // A plain class or NamedTuple only tells export what it is and what it holds; an interface only what it is.
            string header = model.Kind == ScriptClassKind.Interface
                ? $"partial interface {model.Scope.Name}"
                : $"partial {model.Scope.Keyword} {model.Scope.Name} : {Runtime}.IScriptObject";
            return Emitter.File(model.Scope, header, writer => ExportHooks(writer, model, generatedCode));
        }
        string bases = model.InferredBase is null ? $"{Runtime}.IScriptModule" : $"{model.InferredBase}, {Runtime}.IScriptModule";
        return Emitter.File(model.Scope, $"partial class {model.Scope.Name} : {bases}", writer =>
        {
            if (model.EmitConstructor)
            {
                writer.Line("/// <summary>Creates the module and registers its components.</summary>");
                writer.Line(generatedCode);
                // A literal, not nameof: a user method called nameof would turn nameof(...) into a call.
                writer.Line($"public {model.Scope.Name}() : base({CSharpLiteral.String(model.Scope.Name.TrimStart('@'))})");
                writer.Line("{");
                writer.Line("    this.RegisterComponents();");
                writer.Line("}");
                writer.Line();
            }
            ComponentNames(writer, model, generatedCode);
            RegisterComponents(writer, model, generatedCode);
            ToEpilog(writer, model, generatedCode);
            if (model.Forward is { } forward)
                Forward(writer, forward, generatedCode);
            ExportHooks(writer, model, generatedCode);
        }, model.Forward is null ? null : ForwardCaseSuppression);
    }

    /// <summary>
    /// TorchSharp calls forward and the user wrote Forward: the pair is the design, so the rule that names differ by more
    /// than case (CA1708, on under AnalysisMode=All) must not fire on it in the user's build.
    /// </summary>
    private const string ForwardCaseSuppression =
        "[global::System.Diagnostics.CodeAnalysis.SuppressMessage(\"Naming\", \"CA1708:Identifiers should differ by more than case\", Justification = \"TorchSharp's forward, generated to call the [ScriptMethod] Forward.\")]";

    private static void ComponentNames(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        var names = model.Members.Where(IsComponent).Select(m => CSharpLiteral.String(m.Name));
        writer.Line("/// <summary>The names this class registers its own parameters, buffers and submodules under, in order; state-dict keys start with them.</summary>");
        writer.Line(generatedCode);
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> {GeneratedMembers.ComponentNames} {{ get; }} = new string[] {{ {string.Join(", ", names)} }};");
        writer.Line();
    }

    private static void RegisterComponents(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line(generatedCode);
        writer.Line($"private bool {GeneratedMembers.RegisteredFlag};");
        writer.Line();
        writer.Line("/// <summary>Registers every parameter, buffer and submodule field by name, in declaration order, without reflection.</summary>");
        writer.Line(generatedCode);
        writer.Open($"protected override void {GeneratedMembers.RegisterComponents}()");
        writer.Line($"if (this.{GeneratedMembers.RegisteredFlag})");
        writer.Line("    return;");
        foreach (MemberModel member in model.Members.Where(IsComponent))
        {
            // A submodule held as a module interface (the only submodules with a declared TorchScript type) is a module at run time.
            string value = member.Role == MemberRole.Submodule && member.ScriptType is not null
                ? $"this.{member.AccessName} as global::TorchSharp.torch.nn.Module"
                : $"this.{member.AccessName}";
            writer.Line($"{Runtime}.ModuleSupport.Register(this, {CSharpLiteral.String(member.Name)}, {value});");
        }
        writer.Line($"this.{GeneratedMembers.RegisteredFlag} = true;");
        writer.Close();
        writer.Line();
    }

    private static void ToEpilog(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line("/// <summary>Moves or converts parameters and buffers after .to(), re-binding the fields without reflection.</summary>");
        writer.Line(generatedCode);
        writer.Open($"protected override void {GeneratedMembers.ToEpilog}(global::TorchSharp.torch.ScalarType? dtype, global::TorchSharp.torch.Device? device, bool non_blocking)");
        writer.Line($"{Runtime}.ModuleSupport.Move(this, dtype, device, non_blocking, this.ConditionallyRegisterParameter, this.ConditionallyRegisterBuffer);");
        foreach (MemberModel member in model.Members.Where(m => m.Role is MemberRole.Parameter or MemberRole.Buffer && !m.IsStatic && m.CanRebind))
        {
            // A get-only or init-only property cannot be re-bound (TSB0103 says so); readonly fields are re-bound in place.
            string lookup = member.Role == MemberRole.Parameter
                ? $"this.get_parameter({CSharpLiteral.String(member.Name)})"
                : $"this.get_buffer({CSharpLiteral.String(member.Name)})";
            string type = member.Role == MemberRole.Parameter ? Parameter : Tensor;
            string target = member.IsReadOnlyField
                ? $"global::System.Runtime.CompilerServices.Unsafe.AsRef(in this.{member.AccessName})"
                : $"this.{member.AccessName}";
            writer.Line($"if ({lookup} is {type} {member.AccessName.TrimStart('@')}Moved)");
            writer.Line($"    {target} = {member.AccessName.TrimStart('@')}Moved;");
        }
        writer.Open("if (device is not null)");
        writer.Line("this._deviceType = device.type;");
        writer.Line("this._deviceIndex = device.index;");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void Forward(CSharpWriter writer, ForwardModel forward, string generatedCode)
    {
        string parameters = string.Join(", ", forward.Parameters.Select(p => $"{p.Type} {p.Name}"));
        string arguments = string.Join(", ", forward.Parameters.Select(p => p.Name));
        // The locals are named apart from the parameters (which may be called scope or result), and typed, not var:
        // a user type may be called var.
        var taken = forward.Parameters.Select(p => p.Name.TrimStart('@')).ToList();
        string scope = LocalName("scope", taken);
        writer.Line("/// <summary>Runs <see cref=\"Forward\"/> in a dispose scope: every intermediate tensor is freed, only the result leaves.</summary>");
        writer.Line(generatedCode);
        writer.Open($"public override {forward.ReturnType} {GeneratedMembers.Forward}({parameters})");
        switch (forward.Result)
        {
            case ForwardResult.Tensor:
                string result = LocalName("result", taken);
                writer.Line($"using global::TorchSharp.DisposeScope {scope} = global::TorchSharp.torch.NewDisposeScope();");
                writer.Line($"{Tensor} {result} = this.Forward({arguments});");
                writer.Line("// An input or a parameter returned as it is must not leave as itself: the caller may dispose it.");
                writer.Line($"return {scope}.MoveToOuter({scope}.Contains({result}) ? {result} : {result}.alias());");
                break;
            case ForwardResult.TensorTuple:
                writer.Line($"using global::TorchSharp.DisposeScope {scope} = global::TorchSharp.torch.NewDisposeScope();");
                var names = Enumerable.Range(0, forward.TupleArity).Select(i => LocalName($"result{i}", taken)).ToList();
                writer.Line($"({string.Join(", ", names.Select(n => $"{Tensor} {n}"))}) = this.Forward({arguments});");
                writer.Line($"return ({string.Join(", ", names.Select(n => $"{scope}.MoveToOuter({scope}.Contains({n}) ? {n} : {n}.alias())"))});");
                break;
            default:
                writer.Line($"return this.Forward({arguments});");
                break;
        }
        writer.Close();
        writer.Line();
    }

    /// <summary><paramref name="name"/>, with underscores added until no parameter has it; the name is then taken.</summary>
    private static string LocalName(string name, List<string> taken)
    {
        while (taken.Contains(name))
            name += "_";
        taken.Add(name);
        return name;
    }

    /// <summary>
    /// What export reads without reflection: the class's definition (its TorchScript comes from the translation half,
    /// which editors may not generate: the definition then says so) and the instance's attribute values.
    /// </summary>
    private static void ExportHooks(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line(generatedCode);
        writer.Line($"private static {Runtime}.ScriptClassDefinition? {GeneratedMembers.DefinitionField};");
        writer.Line();
        writer.Line(generatedCode);
        writer.Line($"static partial void {GeneratedMembers.Define}(ref {Runtime}.ScriptClassDefinition? definition);");
        writer.Line();
        writer.Line("/// <summary>This class's TorchScript, compiled at build time, and its member layout.</summary>");
        writer.Line(generatedCode);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"internal static {Runtime}.ScriptClassDefinition {GeneratedMembers.Definition} => {GeneratedMembers.DefinitionField} ??= {Runtime}.ScriptClassDefinition.Define(");
        writer.Line($"    static () => {{ {Runtime}.ScriptClassDefinition? definition = null; {GeneratedMembers.Define}(ref definition); return definition; }}, {CSharpLiteral.String(model.ClrName)});");
        if (model.Kind == ScriptClassKind.Interface)
            return;
        writer.Line();
        writer.Line(generatedCode);
        writer.Line($"{Runtime}.ScriptClassDefinition {Runtime}.IScriptObject.ScriptDefinition => {GeneratedMembers.Definition};");
        writer.Line();
        writer.Line(generatedCode);
        writer.Open($"void {Runtime}.IScriptObject.WriteScriptValues({Runtime}.ScriptValueWriter writer)");
        foreach (MemberModel member in model.Members.Where(m => m.Role == MemberRole.Attribute))
            writer.Line($"writer.Attribute({CSharpLiteral.String(member.Name)}, this.{member.AccessName});");
        writer.Close();
    }

    private static bool IsComponent(MemberModel member) =>
        !member.IsStatic && member.Role is MemberRole.Parameter or MemberRole.Buffer or MemberRole.Submodule;
}

using System.Linq;
using TorchScribe.Analyzers.Compiler.Classes;

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
        string bases = model.InferredBase is null ? $"{Runtime}.IScriptModule" : $"{model.InferredBase}, {Runtime}.IScriptModule";
        return Emitter.File(model.Scope, $"partial class {model.Scope.Name} : {bases}", writer =>
        {
            if (model.EmitConstructor)
            {
                writer.Line("/// <summary>Creates the module and registers its components.</summary>");
                writer.Line(generatedCode);
                writer.Line($"public {model.Scope.Name}() : base(nameof({model.Scope.Name}))");
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
        });
    }

    private static void ComponentNames(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        var names = model.Members.Where(IsComponent).Select(m => CSharpLiteral.String(m.Name));
        writer.Line("/// <summary>The names this class registers its own parameters, buffers and submodules under, in order; state-dict keys start with them.</summary>");
        writer.Line(generatedCode);
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> ComponentNames {{ get; }} = new string[] {{ {string.Join(", ", names)} }};");
        writer.Line();
    }

    private static void RegisterComponents(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line(generatedCode);
        writer.Line("private bool torchScribeComponentsRegistered;");
        writer.Line();
        writer.Line("/// <summary>Registers every parameter, buffer and submodule field by name, in declaration order, without reflection.</summary>");
        writer.Line(generatedCode);
        writer.Open("protected override void RegisterComponents()");
        writer.Line("if (this.torchScribeComponentsRegistered)");
        writer.Line("    return;");
        int index = 0;
        foreach (MemberModel member in model.Members.Where(IsComponent))
        {
            string local = $"component{index++}";
            string name = CSharpLiteral.String(member.Name);
            writer.Open($"if (this.{member.AccessName} is {{ }} {local} && !this.IsComponentRegistered({name}))");
            switch (member.Role)
            {
                case MemberRole.Submodule:
                    writer.Line($"this.register_module({name}, {local});");
                    break;
                case MemberRole.Parameter:
                    writer.Line($"this.register_parameter({name}, {local});");
                    writer.Line($"{local}.DetachFromDisposeScope();    // a module built inside a dispose scope keeps its weights");
                    break;
                case MemberRole.Buffer:
                    writer.Line($"this.register_buffer({name}, {local});");
                    writer.Line($"{local}.DetachFromDisposeScope();");
                    break;
            }
            writer.Close();
        }
        writer.Line("this.torchScribeComponentsRegistered = true;");
        writer.Close();
        writer.Line();
        writer.Line(generatedCode);
        writer.Line("private bool IsComponentRegistered(string name) =>");
        writer.Line("    this._internal_submodules.ContainsKey(name) || this._internal_params.ContainsKey(name) || this._internal_buffers.ContainsKey(name);");
        writer.Line();
    }

    private static void ToEpilog(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line("/// <summary>Moves or converts parameters and buffers after .to(), re-binding the fields without reflection.</summary>");
        writer.Line(generatedCode);
        writer.Open("protected override void _toEpilog(global::TorchSharp.torch.ScalarType? dtype, global::TorchSharp.torch.Device? device, bool non_blocking)");
        writer.Line("if (dtype is null && device is null)");
        writer.Line("    throw new global::System.ArgumentNullException(nameof(dtype), \"dtype and device are both null.\");");
        writer.Open("foreach (var (_, child) in global::System.Linq.Enumerable.ToArray(this.named_children()))");
        writer.Line("if (device is null)");
        writer.Line("    global::TorchSharp.ModuleExtensionMethods.to(child, dtype!.Value, non_blocking);");
        writer.Line("else if (dtype is null)");
        writer.Line("    global::TorchSharp.ModuleExtensionMethods.to(child, device, non_blocking);");
        writer.Line("else");
        writer.Line("    global::TorchSharp.ModuleExtensionMethods.to(child, device, dtype.Value, non_blocking);");
        writer.Close();
        writer.Open("foreach (var (name, parameter) in global::System.Linq.Enumerable.ToArray(this.named_parameters(false)))");
        writer.Line("if (!ReplaceParameter(dtype, device, parameter, out var moved))");
        writer.Line("    continue;");
        writer.Line("parameter.Dispose();");
        writer.Line("this.ConditionallyRegisterParameter(name, moved);");
        writer.Close();
        writer.Open("foreach (var (name, buffer) in global::System.Linq.Enumerable.ToArray(this.named_buffers(false)))");
        writer.Line("if (ReplaceBuffer(dtype, device, buffer, out var moved))");
        writer.Line("    this.ConditionallyRegisterBuffer(name, moved);");
        writer.Close();
        int index = 0;
        foreach (MemberModel member in model.Members.Where(m => m.Role is MemberRole.Parameter or MemberRole.Buffer && !m.IsStatic))
        {
            if (!member.CanRebind)
                continue;     // a get-only or init-only property cannot be re-bound (TSB0103 says so)
            string local = $"moved{index++}";
            string lookup = member.Role == MemberRole.Parameter
                ? $"this.get_parameter({CSharpLiteral.String(member.Name)})"
                : $"this.get_buffer({CSharpLiteral.String(member.Name)})";
            string type = member.Role == MemberRole.Parameter ? Parameter : Tensor;
            string target = member.IsReadOnlyField
                ? $"global::System.Runtime.CompilerServices.Unsafe.AsRef(in this.{member.AccessName})"   // readonly fields are re-bound in place
                : $"this.{member.AccessName}";
            writer.Line($"if ({lookup} is {type} {local})");
            writer.Line($"    {target} = {local};");
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
        writer.Line("/// <summary>Runs <see cref=\"Forward\"/> in a dispose scope: every intermediate tensor is freed, only the result leaves.</summary>");
        writer.Line(generatedCode);
        writer.Open($"public override {forward.ReturnType} forward({parameters})");
        switch (forward.Result)
        {
            case ForwardResult.Tensor:
                writer.Line("using var scope = global::TorchSharp.torch.NewDisposeScope();");
                writer.Line($"var result = this.Forward({arguments});");
                writer.Line("// An input or a parameter returned as it is must not leave as itself: the caller may dispose it.");
                writer.Line("return scope.MoveToOuter(scope.Contains(result) ? result : result.alias());");
                break;
            case ForwardResult.TensorTuple:
                writer.Line("using var scope = global::TorchSharp.torch.NewDisposeScope();");
                var names = Enumerable.Range(0, forward.TupleArity).Select(i => $"result{i}").ToList();
                writer.Line($"var ({string.Join(", ", names)}) = this.Forward({arguments});");
                writer.Line($"return ({string.Join(", ", names.Select(n => $"scope.MoveToOuter(scope.Contains({n}) ? {n} : {n}.alias())"))});");
                break;
            default:
                writer.Line($"return this.Forward({arguments});");
                break;
        }
        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// What export reads without reflection: the class's definition (its TorchScript comes from the translation half,
    /// which editors may not generate: the definition then says so) and the instance's attribute values.
    /// </summary>
    private static void ExportHooks(CSharpWriter writer, DeclarationModel model, string generatedCode)
    {
        writer.Line(generatedCode);
        writer.Line($"private static {Runtime}.ScriptClassDefinition? torchScribeDefinition;");
        writer.Line();
        writer.Line(generatedCode);
        writer.Line($"static partial void TorchScribeDefine(ref {Runtime}.ScriptClassDefinition? definition);");
        writer.Line();
        writer.Line("/// <summary>This class's TorchScript, compiled at build time, and its member layout.</summary>");
        writer.Line(generatedCode);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open($"internal static {Runtime}.ScriptClassDefinition TorchScribeDefinition");
        writer.Open("get");
        writer.Line($"{Runtime}.ScriptClassDefinition? definition = torchScribeDefinition;");
        writer.Line("if (definition is null)");
        writer.Line("{");
        writer.Line("    TorchScribeDefine(ref definition);");
        writer.Line($"    torchScribeDefinition = definition ??= {Runtime}.ScriptClassDefinition.NotGenerated({CSharpLiteral.String(model.ClrName)});");
        writer.Line("}");
        writer.Line("return definition;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line(generatedCode);
        writer.Line($"{Runtime}.ScriptClassDefinition {Runtime}.IScriptModule.ScriptDefinition => TorchScribeDefinition;");
        writer.Line();
        writer.Line(generatedCode);
        writer.Open($"void {Runtime}.IScriptModule.WriteScriptValues({Runtime}.ScriptValueWriter writer)");
        foreach (MemberModel member in model.Members.Where(m => m.Role == MemberRole.Attribute))
            writer.Line($"writer.Attribute({CSharpLiteral.String(member.Name)}, this.{member.AccessName});");
        writer.Close();
    }

    private static bool IsComponent(MemberModel member) =>
        !member.IsStatic && member.Role is MemberRole.Parameter or MemberRole.Buffer or MemberRole.Submodule;
}

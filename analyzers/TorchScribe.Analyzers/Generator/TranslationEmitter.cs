using System.Collections.Generic;
using System.Linq;
using TorchScribe.Analyzers.Common;
using TorchScribe.Analyzers.Compiler.Classes;
using TorchScribe.Analyzers.Compiler.Printing;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Analyzers.Generator;

/// <summary>
/// Writes the translation half of a [ScriptClass]: its definition (TorchScript class name, member layout, errors) and
/// one writer per script method, which writes the compiled TorchScript text and, between its pieces, what only
/// the exported instance knows (constant values, the children of module containers). Nothing is parsed at export.
/// </summary>
internal static class TranslationEmitter
{
    private const string Runtime = Emitter.Runtime;

    public static string Emit(TranslationModel model, string version)
    {
        string generatedCode = Emitter.GeneratedCodeAttribute(version);
        return Emitter.File(model.Scope, $"partial {model.Scope.Keyword} {model.Scope.Name}", writer => Definition(writer, model, generatedCode));
    }

    /// <summary>
    /// The partial method the declaration half declares (with the attributes). Each script method's writer is a static
    /// lambda, not a member, so the class gains no name the user could have used.
    /// </summary>
    private static void Definition(CSharpWriter writer, TranslationModel model, string generatedCode)
    {
        writer.Open($"static partial void {GeneratedMembers.Define}(ref {Runtime}.ScriptClassDefinition? definition)");
        writer.Open($"{Runtime}.ScriptMethodDefinition[] methods =");
        foreach (FunctionModel function in model.Functions)
            FunctionWriter(writer, model, function);
        writer.Close(";");
        writer.Line($"definition = new {Runtime}.ScriptClassDefinition(");
        writer.Line($"    {CSharpLiteral.String(model.ClrName)},");
        writer.Line($"    {CSharpLiteral.String(model.ScriptModule)},");
        writer.Line($"    {CSharpLiteral.String(model.ScriptName)},");
        writer.Line($"    {Runtime}.ScriptClassKind.{model.Kind},");
        writer.Line($"    {model.FileVersion},");
        writer.Line($"    new {Runtime}.ScriptMemberInfo[]");
        writer.Line("    {");
        foreach (MemberModel member in model.Members.Where(m => !m.IsStatic && m.Role != MemberRole.Constant))
        {
            string role = member.Role switch
            {
                MemberRole.Parameter => "Parameter",
                MemberRole.Buffer => "Buffer",
                MemberRole.Submodule => "Submodule",
                _ => "Attribute",
            };
            // A submodule's type is its class, decided at export, unless the field is a module interface.
            string scriptType = member.ScriptType ?? "null";
            writer.Line($"        new {Runtime}.ScriptMemberInfo({CSharpLiteral.String(member.Name)}, {Runtime}.ScriptMemberRole.{role}, {scriptType}),");
        }
        writer.Line("    },");
        writer.Line("    methods,");
        string requirements = model.PyTorchRequirements.Count == 0
            ? $"global::System.Array.Empty<{Runtime}.ScriptOpRequirement>()"
            : $"new {Runtime}.ScriptOpRequirement[] {{ {string.Join(", ", model.PyTorchRequirements.Select(r => $"new {Runtime}.ScriptOpRequirement({CSharpLiteral.String(r.Op)}, {CSharpLiteral.String(r.Version)})"))} }}";
        writer.Line($"    {requirements},");
        string errors = model.Errors.Count == 0 ? "global::System.Array.Empty<string>()" : $"new string[] {{ {string.Join(", ", model.Errors.Select(CSharpLiteral.String))} }}";
        writer.Line($"    {errors}{(model.Dependencies.Count == 0 ? ");" : ",")}");
        for (int i = 0; i < model.Dependencies.Count; i++)
            writer.Line($"    static () => {model.Dependencies[i]}.{GeneratedMembers.Definition}{(i == model.Dependencies.Count - 1 ? ");" : ",")}");
        writer.Close();
    }

    private static void FunctionWriter(CSharpWriter writer, TranslationModel model, FunctionModel function)
    {
        writer.Open($"new {Runtime}.ScriptMethodDefinition({CSharpLiteral.String(function.Name)}, {CSharpLiteral.Bool(function.IsStatic)}, static ({Runtime}.ScriptCodeWriter w, object? module) =>");
        if (Uses(function.Code, p => p.Kind == CodePieceKind.Constant && !p.IsStatic))
            writer.Line($"{model.Scope.QualifiedName} self = ({model.Scope.QualifiedName})module!;");
        new PieceWriter(writer, model.Scope.QualifiedName).Write(function.Code);
        writer.Close("),");
    }

    private static bool Uses(EquatableArray<CodePiece> pieces, System.Func<CodePiece, bool> predicate) =>
        pieces.Any(p => predicate(p) || Uses(p.Body, predicate) || Uses(p.Container, predicate));

    /// <summary>Turns pieces into writer calls, keeping the loop variables of enclosing module loops.</summary>
    private sealed class PieceWriter(CSharpWriter writer, string className)
    {
        /// <summary>Per loop item: the C# variable holding the child's name, the container's pieces, and the path to the child.</summary>
        private readonly Dictionary<string, (string Variable, EquatableArray<CodePiece> Container, List<string> Path)> items = new(System.StringComparer.Ordinal);
        private int loops;

        public void Write(EquatableArray<CodePiece> pieces)
        {
            foreach (CodePiece piece in pieces)
            {
                switch (piece.Kind)
                {
                    case CodePieceKind.Text:
                        writer.Line($"w.Text({CSharpLiteral.String(piece.Text)});");
                        break;
                    case CodePieceKind.Constant:
                        writer.Line($"w.Constant({(piece.IsStatic ? className : "self")}.{piece.Text});");
                        break;
                    case CodePieceKind.LoopItem:
                        var (variable, container, _) = items[piece.Text];
                        writer.Line("w.Text(\"getattr(\");");
                        Write(container);
                        writer.Line("w.Text(\", \");");
                        writer.Line($"w.String({variable});");
                        writer.Line("w.Text(\")\");");
                        break;
                    case CodePieceKind.ModuleLoop:
                        Loop(piece);
                        break;
                }
            }
        }

        private void Loop(CodePiece loop)
        {
            int number = loops++;
            string children = $"children{number}";
            string variable = $"item{number}";
            // A path through an enclosing loop's item continues that item's path: registered names from the instance.
            var path = new List<string>();
            foreach (PathPart part in loop.Path)
            {
                if (part.IsLoopItem)
                    path.AddRange(items[part.Name].Path);
                else
                    path.Add(CSharpLiteral.String(part.Name));
            }
            writer.Line($"var {children} = w.Children(new string[] {{ {string.Join(", ", path)} }});");
            writer.Line($"if ({children}.Count == 0)");
            writer.Line($"    w.Text({CSharpLiteral.String(loop.Filler)});");
            writer.Open($"foreach (string {variable} in {children})");
            items[loop.Text] = (variable, loop.Container, path.Concat(new[] { variable }).ToList());
            Write(loop.Body);
            items.Remove(loop.Text);
            writer.Close();
        }
    }
}

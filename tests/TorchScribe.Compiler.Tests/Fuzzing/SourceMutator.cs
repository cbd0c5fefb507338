using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TorchScribe.Compiler.Tests.Fuzzing;

/// <summary>A fuzz case: the files of one project and the mutations that made them, for the failure message.</summary>
internal sealed record FuzzInput(IReadOnlyList<string> Sources, IReadOnlyList<string> Steps)
{
    public override string ToString() => string.Join("; ", Steps);
}

/// <summary>
/// Mutates a seed file the ways users (and half-typed code) do: hostile but legal names, namespaces and containers,
/// partial classes split across files, init-only and get-only properties, archive names, and token-level damage.
/// Every choice comes from the given random source, so a case is reproduced by its seed.
/// </summary>
internal static class SourceMutator
{
    /// <summary>
    /// Names that break naive generators: C# keywords (written with '@'), contextual keywords, the names TorchScribe's
    /// generated code uses for its own members and locals, TorchScript and Python keywords and builtins, and non-ASCII.
    /// </summary>
    public static readonly string[] HostileNames =
    {
        "@this", "@class", "@in", "@event", "@base", "@object", "@string", "@float", "@int", "@new", "@return", "@namespace",
        "record", "required", "var", "value", "async", "await", "nameof", "dynamic", "file", "scoped", "field", "global", "when", "unmanaged", "notnull", "args",
        "result", "result0", "scope", "self", "w", "module", "definition", "writer", "dtype", "device", "non_blocking", "children0", "item0",
        "ComponentNames", "RegisterComponents", "torchScribeComponentsRegistered", "torchScribeDefinition", "TorchScribeDefinition",
        "TorchScribeDefine", "TorchScribeWrite0", "_toEpilog", "forward", "Forward", "training", "ScriptDefinition", "WriteScriptValues",
        "def", "lambda", "None", "True", "pass", "__init__", "__module__", "print", "torch", "math", "ops", "getattr", "range", "len", "Tensor", "Optional", "List",
        "größe", "λ", "变量", "_", "__", "_0", "x\u0301",
    };

    private static readonly string[] HostileNamespaces =
    {
        "Repro.@event", "@class.@namespace", "record.required", "TorchSharp.Models", "TorchScribe.Runtime.Models", "Ünïcode.名前", "System.Mine",
    };

    public static FuzzInput Mutate((string Name, string Source) seed, Random random)
    {
        var sources = new List<string> { seed.Source };
        var steps = new List<string> { seed.Name };
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            int kind = random.Next(100);
            string? step = kind switch
            {
                < 35 => Rename(sources, random),
                < 45 => ChangeNamespace(sources, random),
                < 55 => Split(sources, random),
                < 62 => Nest(sources, random),
                < 70 => ChangeAccessors(sources, random),
                < 77 => NameComponent(sources, random),
                < 84 => Damage(sources, random),
                < 90 => Truncate(sources, random),
                _ => AddModifier(sources, random),
            };
            if (step is not null)
                steps.Add(step);
        }
        return new FuzzInput(sources, steps);
    }

    private static SyntaxNode Root(string source) => CSharpSyntaxTree.ParseText(source, TestParseOptions).GetRoot();

    private static readonly CSharpParseOptions TestParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    /// <summary>Renames one declared name, everywhere it occurs in the files, to a hostile one.</summary>
    private static string? Rename(List<string> sources, Random random)
    {
        var declared = sources.SelectMany(s => Root(s).DescendantNodes()).Select(DeclaredName)
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Distinct(StringComparer.Ordinal).ToList();
        if (declared.Count == 0)
            return null;
        string old = Pick(declared, random);
        string hostile = Pick(HostileNames, random);
        for (int i = 0; i < sources.Count; i++)
        {
            SyntaxNode root = Root(sources[i]);
            sources[i] = root.ReplaceTokens(
                root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == old),
                (original, _) => SyntaxFactory.ParseToken(hostile).WithTriviaFrom(original)).ToFullString();
        }
        return $"rename {old} to {hostile}";
    }

    private static SyntaxToken DeclaredName(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier,
        VariableDeclaratorSyntax variable => variable.Identifier,
        PropertyDeclarationSyntax property => property.Identifier,
        MethodDeclarationSyntax method => method.Identifier,
        ParameterSyntax parameter => parameter.Identifier,
        TypeParameterSyntax typeParameter => typeParameter.Identifier,
        SingleVariableDesignationSyntax designation => designation.Identifier,
        ForEachStatementSyntax forEach => forEach.Identifier,
        _ => default,
    };

    /// <summary>Puts the file in a hostile namespace (file-scoped or block).</summary>
    private static string? ChangeNamespace(List<string> sources, Random random)
    {
        string ns = Pick(HostileNamespaces, random);
        for (int i = 0; i < sources.Count; i++)
        {
            SyntaxNode root = Root(sources[i]);
            var declarations = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().ToList();
            if (declarations.Count == 0)
                continue;
            sources[i] = root.ReplaceNodes(declarations, (original, _) => original.WithName(SyntaxFactory.ParseName(ns).WithTriviaFrom(original.Name))).ToFullString();
        }
        return $"namespace {ns}";
    }

    /// <summary>Moves some members of a partial class into another declaration of it, in a second file.</summary>
    private static string? Split(List<string> sources, Random random)
    {
        SyntaxNode root = Root(sources[0]);
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => c.Modifiers.Any(SyntaxKind.PartialKeyword) && c.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && c.Members.Count > 0)
            .ToList();
        if (classes.Count == 0)
            return null;
        ClassDeclarationSyntax chosen = Pick(classes, random);
        var moved = chosen.Members.Where(_ => random.Next(2) == 0).ToList();
        if (moved.Count == 0)
            moved.Add(chosen.Members[random.Next(chosen.Members.Count)]);
        string typeParameters = chosen.TypeParameterList?.ToString() ?? "";
        string usings = string.Concat(root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>().Select(u => u.ToFullString()));
        string? ns = (chosen.Parent as BaseNamespaceDeclarationSyntax)?.Name.ToString();
        string part = $"{usings}\n{(ns is null ? "" : $"namespace {ns};\n")}\npartial class {chosen.Identifier.Text}{typeParameters}\n{{\n{string.Concat(moved.Select(m => m.ToFullString()))}\n}}\n";
        sources[0] = root.ReplaceNode(chosen, chosen.WithMembers(SyntaxFactory.List(chosen.Members.Where(m => !moved.Contains(m))))).ToFullString();
        sources.Add(part);
        return $"split {moved.Count} members of {chosen.Identifier.Text} into another file";
    }

    /// <summary>Nests the file's types in a partial container, sometimes generic with a keyword type parameter.</summary>
    private static string? Nest(List<string> sources, Random random)
    {
        string container = Pick(new[] { "public partial class Outer", "public static partial class @class", "public partial class Outer<@in>", "public partial struct Holder", "partial record Rec" }, random);
        SyntaxNode root = Root(sources[0]);
        var types = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>().ToList();
        if (types.Count == 0)
            return null;
        string text = root.ToFullString();
        int start = types.Min(t => t.FullSpan.Start), end = types.Max(t => t.FullSpan.End);
        sources[0] = text.Substring(0, start) + container + "\n{\n" + text.Substring(start, end - start) + "\n}\n" + text.Substring(end);
        return $"nest in {container}";
    }

    /// <summary>Makes an auto-property init-only or get-only, or a field readonly or not.</summary>
    private static string? ChangeAccessors(List<string> sources, Random random)
    {
        SyntaxNode root = Root(sources[0]);
        var setters = root.DescendantNodes().OfType<AccessorDeclarationSyntax>().Where(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) && a.Body is null && a.ExpressionBody is null).ToList();
        if (setters.Count > 0 && random.Next(3) > 0)
        {
            AccessorDeclarationSyntax setter = Pick(setters, random);
            bool init = random.Next(2) == 0;
            SyntaxNode changed = init
                ? root.ReplaceNode(setter, SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)).WithTriviaFrom(setter))
                : root.RemoveNode(setter, SyntaxRemoveOptions.KeepNoTrivia)!;
            sources[0] = changed.ToFullString();
            return init ? "a setter made init" : "a setter removed";
        }
        var readonlyTokens = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.ReadOnlyKeyword) && t.Parent is FieldDeclarationSyntax).ToList();
        if (readonlyTokens.Count == 0)
            return null;
        SyntaxToken token = Pick(readonlyTokens, random);
        sources[0] = root.ReplaceToken(token, SyntaxFactory.Token(SyntaxKind.None)).ToFullString();
        return "a readonly removed";
    }

    /// <summary>Gives a field or property a [ComponentName] with a hostile or colliding archive name.</summary>
    private static string? NameComponent(List<string> sources, Random random)
    {
        SyntaxNode root = Root(sources[0]);
        var members = root.DescendantNodes().Where(n => n is FieldDeclarationSyntax or PropertyDeclarationSyntax).Cast<MemberDeclarationSyntax>().ToList();
        if (members.Count == 0)
            return null;
        MemberDeclarationSyntax member = Pick(members, random);
        var names = new List<string> { "forward", "training", "__init__", "self", "a.b", "", " ", "x y", "0abc", "größe", "_c", "weight" };
        names.AddRange(root.DescendantNodes().Select(DeclaredName).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Take(20));
        string name = Pick(names, random);
        var attribute = SyntaxFactory.ParseAttributeArgumentList($"(Name = \"{name}\")");
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName("TorchSharp.Utils.ComponentName"), attribute)));
        sources[0] = root.ReplaceNode(member, member.AddAttributeLists(list)).ToFullString();
        return $"[ComponentName(Name = \"{name}\")]";
    }

    /// <summary>Deletes or duplicates a few tokens, as half-typed code does.</summary>
    private static string? Damage(List<string> sources, Random random)
    {
        var tokens = Root(sources[0]).DescendantTokens().ToArray();
        if (tokens.Length == 0)
            return null;
        int at = random.Next(tokens.Length);
        bool duplicate = random.Next(3) == 0;
        sources[0] = string.Concat(tokens.Select((t, i) => i == at ? (duplicate ? t.ToFullString() + t.ToFullString() : "") : t.ToFullString()));
        return $"{(duplicate ? "duplicated" : "deleted")} token '{tokens[at].Text}'";
    }

    private static string? Truncate(List<string> sources, Random random)
    {
        string source = sources[0];
        int at = random.Next(source.Length + 1);
        sources[0] = source.Substring(0, at);
        return $"truncated at {at}";
    }

    /// <summary>Adds a modifier a [ScriptClass] may or may not accept.</summary>
    private static string? AddModifier(List<string> sources, Random random)
    {
        SyntaxNode root = Root(sources[0]);
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
        if (classes.Count == 0)
            return null;
        ClassDeclarationSyntax chosen = Pick(classes, random);
        string modifier = Pick(new[] { "sealed", "abstract", "file", "unsafe", "static", "internal" }, random);
        SyntaxToken partial = chosen.Modifiers.First(m => m.IsKind(SyntaxKind.PartialKeyword));
        sources[0] = root.ReplaceToken(partial, SyntaxFactory.ParseToken(modifier + " ").WithLeadingTrivia(partial.LeadingTrivia))
            .ToFullString().Replace($"{modifier} class {chosen.Identifier.Text}", $"{modifier} partial class {chosen.Identifier.Text}", StringComparison.Ordinal);
        return $"{modifier} on {chosen.Identifier.Text}";
    }
}

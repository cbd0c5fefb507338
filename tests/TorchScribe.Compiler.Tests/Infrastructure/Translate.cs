using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler;
using TorchScribe.Analyzers.Compiler.Caching;
using TorchScribe.Analyzers.Compiler.Symbols;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>Runs the compiler core on the [ScriptClass] types of a compilation.</summary>
internal static class Translate
{
    public static ScriptClassTranslation Class(Compilation compilation, string typeName) =>
        Class(compilation, compilation.GetTypeByMetadataName(typeName) ?? throw new ArgumentException($"no type {typeName}"));

    public static ScriptClassTranslation Class(Compilation compilation, INamedTypeSymbol type) =>
        ScriptClassCompiler.Compile(type, KnownSymbols.For(compilation), CancellationToken.None);

    /// <summary>A method's TorchScript as text: constants as <c>{name}</c>, module loops as <c>{for item in path}…{end}</c>.</summary>
    public static string Print(ScriptClassTranslation translation, TorchScribe.Analyzers.Compiler.Lowering.MethodLowering method) =>
        Text(TorchScribe.Analyzers.Compiler.Printing.TorchScriptPrinter.Print(method.Function, translation.Anchors));

    public static string Text(IEnumerable<TorchScribe.Analyzers.Compiler.Printing.CodePiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        TorchScribe.Analyzers.Compiler.Printing.CodePieceKind.Text => p.Text,
        TorchScribe.Analyzers.Compiler.Printing.CodePieceKind.Constant => "{" + p.Text + "}",
        TorchScribe.Analyzers.Compiler.Printing.CodePieceKind.LoopItem => "{item " + p.Text + "}",
        _ => "{for " + p.Text + " in " + string.Join(".", p.Path.Select(x => x.Name)) + "}\n" + Text(p.Body) + "{end}\n",
    }));

    public static ScriptClassTranslation Source(string source, string typeName = "Model")
    {
        Compilation compilation = TestCompilation.Create(TestCompilation.Usings + source);
        var errors = TestCompilation.Errors(compilation);
        if (!errors.IsEmpty)
            throw new InvalidOperationException("test source does not compile:\n" + string.Join("\n", errors));
        return Class(compilation, typeName);
    }
}

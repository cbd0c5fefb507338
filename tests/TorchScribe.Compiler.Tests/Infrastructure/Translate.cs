using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TorchScribe.Analyzers.Compiler;

namespace TorchScribe.Compiler.Tests.Infrastructure;

/// <summary>Runs the compiler core on the [ScriptClass] types of a compilation.</summary>
internal static class Translate
{
    public static ScriptClassCompilation Class(Compilation compilation, string typeName) =>
        Class(compilation, compilation.GetTypeByMetadataName(typeName) ?? throw new ArgumentException($"no type {typeName}"));

    public static ScriptClassCompilation Class(Compilation compilation, INamedTypeSymbol type)
    {
        var known = KnownSymbols.Create(compilation);
        return ScriptClassCompiler.Compile(type, known, method =>
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is MethodDeclarationSyntax declaration && (declaration.Body is not null || declaration.ExpressionBody is not null))
                    return compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(declaration);
            }
            return null;
        }, CancellationToken.None);
    }

    public static ScriptClassCompilation Source(string source, string typeName = "Model")
    {
        Compilation compilation = TestCompilation.Create(TestCompilation.Usings + source);
        var errors = TestCompilation.Errors(compilation);
        if (!errors.IsEmpty)
            throw new InvalidOperationException("test source does not compile:\n" + string.Join("\n", errors));
        return Class(compilation, typeName);
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.IR;
using TorchScribe.Analyzers.Compiler.Symbols;
using TorchScribe.Analyzers.Diagnostics;

namespace TorchScribe.Analyzers.Compiler.Lowering;

internal sealed partial class MethodLowerer
{
    /// <summary>
    /// Classifies what has no mapping into the most helpful diagnostic: reflection (TSB0001), an external numeric
    /// library (TSB0003), a host round-trip (TSB0004), or no mapping (TSB0007), with what to write instead.
    /// </summary>
    private static class UnsupportedApi
    {
        public static ScriptExpression ReportMember(MethodLowerer lowerer, IOperation operation, ISymbol symbol, IOperation? receiver)
        {
            KnownSymbols known = lowerer.known;
            string display = $"{symbol.ContainingType?.Name}.{symbol.Name}";
            INamedTypeSymbol? type = symbol.ContainingType;
            if (IsReflection(symbol, known) || (symbol.Name == "GetType" && type?.SpecialType == SpecialType.System_Object))
                return lowerer.Fail(Descriptors.Reflection, operation, operation.Syntax.ToString());
            if (ExternalLibraries.LibraryOf(symbol) is { } library)
                return lowerer.Fail(Descriptors.ExternalNumericLibrary, operation, display, library, ExternalLibraries.Suggestion(symbol.Name));
            if (HostRoundTrip(symbol, known) is { } roundTrip)
                return lowerer.Fail(Descriptors.HostRoundTrip, operation, display, roundTrip.What, roundTrip.Instead);
            if (KnownSymbols.IsTypeNamed(type, "MathF", "System") && symbol is IMethodSymbol && IsTranscendental(symbol.Name))
                return lowerer.Fail(Descriptors.InexactSemantics, operation, operation.Syntax.ToString(),
                    $"MathF.{symbol.Name} is the C library's float32 function, which TorchScript does not have, and the double result rounded to float differs from it for some inputs",
                    $"write (float)Math.{symbol.Name}(...) if the rounded double result is what you mean, or compute in tensors");
            if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, lowerer.context.Type) && symbol is IPropertySymbol)
                return lowerer.Fail(Descriptors.NoTorchScriptMapping, operation, $"The computed property '{symbol.Name}'", "turn it into a method; script methods can call it");
            if (receiver is not null && receiver.Type is { } receiverType && !known.IsTensor(receiverType) && !known.IsModule(receiverType)
                && ScriptTypeMapper.Map(receiverType, known) is null && receiverType.Locations.Any(l => l.IsInSource))
                return lowerer.Fail(Descriptors.NoTorchScriptMapping, operation, $"'{display}' of the non-scriptable type '{receiverType.Name}'", $"mark '{receiverType.Name}' [ScriptClass] and the method [ScriptMethod], or compute it with torch operations");
            return lowerer.Fail(Descriptors.NoTorchScriptMapping, operation, $"'{display}'", "use a supported torch operation, a submodule call or a [ScriptMethod] of this class");
        }

        private static bool IsTranscendental(string name) => name is "Exp" or "Log" or "Log2" or "Log10" or "Pow" or "Sin" or "Cos" or "Tan"
            or "Asin" or "Acos" or "Atan" or "Atan2" or "Sinh" or "Cosh" or "Tanh" or "Asinh" or "Acosh" or "Atanh" or "Cbrt";

        /// <summary>True for reflection and host round-trips, which are reported as themselves.</summary>
        public static bool IsHostOrReflection(ISymbol symbol, KnownSymbols known) =>
            IsReflection(symbol, known) || HostRoundTrip(symbol, known) is not null
            || symbol.Name == "GetType" && symbol.ContainingType?.SpecialType == SpecialType.System_Object;

        public static ScriptExpression ReportCreation(MethodLowerer lowerer, IObjectCreationOperation creation)
        {
            ITypeSymbol? type = creation.Type;
            if (type is not null && ExternalLibraries.LibraryOf(type) is { } library)
                return lowerer.Fail(Descriptors.ExternalNumericLibrary, creation, type.Name, library, "a torch tensor");
            if (type is not null && IsReflection(type, lowerer.known))
                return lowerer.Fail(Descriptors.Reflection, creation, creation.Syntax.ToString());
            return lowerer.Fail(Descriptors.NoTorchScriptMapping, creation, $"Creating '{type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "create objects in the constructor; script code may only build tensors, lists, tuples and dictionaries");
        }

        public static void ReportType(MethodLowerer lowerer, ITypeSymbol type, Location location, string what)
        {
            if (ExternalLibraries.LibraryOf(type) is { } library)
                lowerer.Report(Descriptors.ExternalNumericLibrary, location, type.Name, library, "a torch tensor");
            else if (IsReflection(type, lowerer.known))
                lowerer.Report(Descriptors.Reflection, location, type.Name);
            else
                lowerer.Report(Descriptors.NoTorchScriptMapping, location, $"The type '{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' of {what}", "use Tensor, int, long, float, double, bool, string, arrays, lists, tuples or Dictionary<string, Tensor>");
        }

        /// <summary>System.Reflection, System.Type and Activator.</summary>
        private static bool IsReflection(ISymbol symbol, KnownSymbols known)
        {
            ISymbol type = symbol as ITypeSymbol ?? (ISymbol?)symbol.ContainingType ?? symbol;
            return KnownSymbols.IsInNamespace(symbol, "System", "Reflection")
                || SymbolEqualityComparer.Default.Equals(type, known.SystemType)
                || SymbolEqualityComparer.Default.Equals(type, known.Activator);
        }

        private static (string What, string Instead)? HostRoundTrip(ISymbol symbol, KnownSymbols known)
        {
            INamedTypeSymbol? type = symbol.ContainingType;
            if (known.IsTensor(type) || KnownSymbols.Is(type, known.TensorExtensionMethods))
            {
                switch (symbol.Name)
                {
                    case "data":
                    case "ToArray":
                    case "ToNDArray":
                    case "bytes":
                    case "ToMultidimensionalArray":
                        return ("copies tensor data into a .NET array", "keep the computation in torch operations");
                    case "ToString":
                    case "str":
                    case "print":
                    case "jlstr":
                    case "npstr":
                    case "cstr":
                        return ("formats tensor data on the host", "return the tensor and format it outside script code");
                    case "save":
                    case "Save":
                        return ("writes tensor data to a file", "save outside script code");
                }
            }
            if (KnownSymbols.IsTypeNamed(type, "Console", "System") || KnownSymbols.IsTypeNamed(type, "Debug", "System", "Diagnostics")
                || KnownSymbols.IsTypeNamed(type, "Trace", "System", "Diagnostics"))
                return ("writes to the console or a trace listener", "remove it, or log outside script code");
            if (KnownSymbols.IsInNamespace(symbol, "System", "IO") || KnownSymbols.IsInNamespace(symbol, "System", "Net"))
                return ("performs file or network I/O", "do I/O outside script code");
            return null;
        }
    }

    private ScriptExpression Unsupported(IOperation operation)
    {
        string what = operation.Kind switch
        {
            OperationKind.None => "This construct",
            _ => $"This construct ({SplitWords(operation.Kind.ToString())})",
        };
        return Fail(Descriptors.UnsupportedConstruct, operation, what, "rewrite it with the scriptable subset (see docs/authoring.md)");
    }

    private static string SplitWords(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
                builder.Append(' ');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}

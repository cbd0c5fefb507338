using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Analyzers.Diagnostics;
using TorchScribe.Shared;

namespace TorchScribe.Analyzers.Compiler.Translation;

internal sealed partial class MethodTranslator
{
    private string Invocation(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        IOperation? receiver = invocation.Instance;
        ImmutableArray<BoundArgument> arguments = ImmutableArgumentList.From(invocation.Arguments);

        if (SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, context.Type))
            return OwnMethodCall(invocation, target, receiver, arguments);

        if (target.ContainingType is { } owner && known.IsScriptClass(owner) && !target.IsOverride)
            return OtherScriptClassCall(invocation, target, receiver, arguments);

        if (receiver is not null && known.IsModule(receiver.Type) && target.Name is "forward" or "call")
        {
            string module = Expr(receiver);
            return $"{module}.forward({string.Join(", ", arguments.Select(a => Expr(a.Value)))})";
        }

        if (target.ContainingType is { } scopeType && KnownSymbols.Is(scopeType, known.DisposeScope) && !target.ReturnsVoid)
        {
            // scope.MoveToOuter(t), scope.Detach(a, b): bookkeeping that returns its arguments.
            var values = arguments.Where(a => known.IsTensor(a.Value.Type) || a.Parameter.Type.TypeKind == TypeKind.TypeParameter).Select(a => Expr(a.Value)).ToList();
            return values.Count == 1 ? values[0] : $"({string.Join(", ", values)})";
        }

        if (target.Name == "WrappedTensorDisposeScope" && KnownSymbols.Is(target.ContainingType, known.Torch) && arguments.Length == 1
            && LambdaResult(arguments[0].Value) is { } wrapped)
            return Expr(wrapped);

        if (target.ContainingType?.ToDisplayString() == "System.Linq.Enumerable")
            return Fail(Descriptors.UnsupportedConstruct, invocation, "LINQ", "use a for loop over a list, or a torch operation");

        string call = ApplyMember(invocation, target, receiver, arguments, target.Name);
        // item<T>() is a number in TorchScript; the C# type argument says which one.
        if (target.Name == "item" && target.TypeArguments.Length == 1 && known.IsTensor(target.ContainingType)
            && ScriptTypes.Map(target.TypeArguments[0], known) is { } scalar && !IsFailed(call))
            return $"{scalar}({call})";
        return call;
    }

    private string OwnMethodCall(IInvocationOperation invocation, IMethodSymbol target, IOperation? receiver, ImmutableArray<BoundArgument> arguments)
    {
        if (target.MethodKind != MethodKind.Ordinary)
            return ApplyMember(invocation, target, receiver, arguments, target.Name);
        if (known.HasAttribute(target, known.ScriptIgnoreAttribute))
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The [ScriptIgnore] method '{target.Name}'", "remove [ScriptIgnore], or do not call it from script code");
        if (target.IsAbstract || target.IsExtern || target.IsPartialDefinition && target.PartialImplementationPart is null)
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"The method '{target.Name}' without a body", "give it a body");
        if (receiver is not null && receiver is not IInstanceReferenceOperation)
            return Fail(Descriptors.UnsupportedConstruct, invocation, "Calling a method on another instance of this class", "call it on this module or on a submodule");

        AddCallee(target);
        string args = string.Join(", ", arguments.Select(a => Expr(a.Value)));
        if (target.IsStatic)
            return $"{context.FunctionsModule}.{context.ScriptNameOf(target)}({args})";
        if (method.IsStatic)
            return Fail(Descriptors.UnsupportedConstruct, invocation, $"Calling the instance method '{target.Name}' from a static method", "make the caller an instance method");
        return $"self.{context.ScriptNameOf(target)}({args})";
    }

    private string OtherScriptClassCall(IInvocationOperation invocation, IMethodSymbol target, IOperation? receiver, ImmutableArray<BoundArgument> arguments)
    {
        bool isScriptMethod = known.HasAttribute(target, known.ScriptMethodAttribute) || ScriptClassContext.IsForward(target, known);
        if (!isScriptMethod)
            return Fail(Descriptors.NoTorchScriptMapping, invocation, $"'{target.ContainingType.Name}.{target.Name}'", $"mark it [ScriptMethod] so it becomes part of {target.ContainingType.Name}'s TorchScript");
        AddCallee(target);
        string args = string.Join(", ", arguments.Select(a => Expr(a.Value)));
        string name = ScriptClassContext.ScriptNameOf(target, known);
        if (target.IsStatic)
            return $"{ScriptClassContext.QualifiedNameOf(target.ContainingType)}_functions.{name}({args})";
        return receiver is null
            ? Fail(Descriptors.UnsupportedConstruct, invocation, "This call", "call the method on a submodule")
            : $"{Expr(receiver)}.{name}({args})";
    }

    private static IOperation? LambdaResult(IOperation argument)
    {
        IOperation? operation = argument is IDelegateCreationOperation creation ? creation.Target : argument;
        if (operation is IAnonymousFunctionOperation { Symbol.Parameters.Length: 0, Body.Operations: { Length: 1 } statements }
            && statements[0] is IReturnOperation { ReturnedValue: { } value })
            return value;
        return null;
    }

    /// <summary>Translates a call, operator, conversion or property through the op table.</summary>
    private string ApplyMember(IOperation operation, IMethodSymbol? target, IOperation? receiver, ImmutableArray<BoundArgument> arguments, string member)
    {
        if (target is null)
            return Unsupported(operation);
        ISymbol symbol = target.AssociatedSymbol ?? target;
        string type = target.ContainingType.OriginalDefinition.ToDisplayString();
        ImmutableArray<OpRow> rows = OpTable.Find(type, symbol is IPropertySymbol ? symbol.Name : member);
        if (rows.IsEmpty)
        {
            // Report problems inside the receiver and arguments first: they are the more precise cause.
            bool inner = receiver is not null && IsFailed(Expr(receiver));
            foreach (BoundArgument argument in arguments.Where(a => !a.IsDefault))
                inner |= IsFailed(Expr(Unboxed(argument.Value)));
            // A library call with a torch equivalent is reported even then: its diagnostic (and fix) names the operation to use.
            bool hasEquivalent = ExternalLibraries.LibraryOf(symbol) is not null && ExternalLibraries.HasEquivalent(symbol.Name);
            return inner && !hasEquivalent ? Failed : ReportUnsupportedMember(operation, symbol, receiver);
        }

        string? firstReason = null;
        foreach (OpRow row in rows)
        {
            string? reason = Render(row, target, receiver, arguments, out string text);
            if (reason is null)
            {
                opRows.Add(row.Id);
                RequireVersion(row.FileVersion);
                return text;
            }
            firstReason ??= reason;
        }
        return Fail(Descriptors.NoTorchScriptMapping, operation, $"This use of '{DisplayName(symbol)}' ({firstReason})", "use the supported form of the call");
    }

    /// <summary>The value inside an implicit conversion to object or an interface (how Console.WriteLine(x) passes x).</summary>
    private static IOperation Unboxed(IOperation value) =>
        value is IConversionOperation { IsImplicit: true, OperatorMethod: null, Type: { } target } conversion
        && (target.SpecialType == SpecialType.System_Object || target.TypeKind == TypeKind.Interface)
            ? conversion.Operand
            : value;

    /// <summary>Renders <paramref name="row"/>, or returns why it does not apply to this overload and these arguments.</summary>
    private string? Render(OpRow row, IMethodSymbol target, IOperation? receiver, ImmutableArray<BoundArgument> arguments, out string text)
    {
        text = "";
        ImmutableArray<IParameterSymbol> parameters = target.Parameters;
        IOperation? self = receiver;
        if (target.IsExtensionMethod && receiver is null && arguments.Length > 0)
        {
            self = arguments[0].Value;
            arguments = arguments.RemoveAt(0);
            parameters = parameters.RemoveAt(0);
        }

        if (row.Signature is { } signature)
        {
            var actual = parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)).ToList();
            if (!actual.SequenceEqual(signature))
                return "another overload";
        }

        var byName = new Dictionary<string, BoundArgument>(StringComparer.Ordinal);
        foreach (BoundArgument argument in arguments)
            byName[argument.Parameter.Name] = argument;

        foreach (var condition in row.Conditions)
        {
            if (!byName.TryGetValue(condition.Key, out BoundArgument argument) || !ConstantMatches(argument.Value, condition.Value))
                return $"'{condition.Key}' must be {condition.Value}";
        }
        foreach (IParameterSymbol parameter in parameters)
        {
            bool consumed = row.Template.ReferencedNames.Contains(parameter.Name) || row.Conditions.Any(c => c.Key == parameter.Name);
            if (!consumed)
                return $"argument '{parameter.Name}' is not supported";
        }

        var builder = new StringBuilder();
        foreach (OpTemplate.Segment segment in row.Template.Segments)
        {
            if (segment.Literal is not null)
            {
                builder.Append(segment.Literal);
                continue;
            }
            if (segment.Parameter == "this")
            {
                if (self is null)
                    return "no receiver";
                builder.Append(Expr(self));
                continue;
            }
            if (!byName.TryGetValue(segment.Parameter!, out BoundArgument bound))
                return $"no argument '{segment.Parameter}'";
            if (segment.Fallback is not null && IsNullLiteral(bound.Value))
            {
                builder.Append(byName.TryGetValue(segment.Fallback, out BoundArgument fallback) ? Argument(fallback, segment.AsList) : segment.Fallback);
                continue;
            }
            builder.Append(Argument(bound, segment.AsList));
        }
        text = builder.ToString();
        return null;
    }

    /// <summary>An argument's value in TorchScript, converted by its C# type (enums, Scalars, arrays).</summary>
    private string Argument(BoundArgument argument, bool asList)
    {
        IOperation value = argument.Value;
        ITypeSymbol? type = argument.Parameter.Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        if (type?.TypeKind == TypeKind.Enum && !IsIntegerCodedEnum(type))
            return StringCodedEnum(value, (INamedTypeSymbol)type);
        string text = Expr(value);
        if (asList && ScriptTypes.IsInteger(Unwrap(value)?.Type))
            return $"[{text}]";
        return text;
    }

    /// <summary>Enums libtorch takes as strings (GELU's approximate, padding modes): constants only.</summary>
    private string StringCodedEnum(IOperation value, INamedTypeSymbol type)
    {
        object? constant = (Unwrap(value) ?? value).ConstantValue is { HasValue: true } c ? c.Value : null;
        if (constant is not null)
        {
            IFieldSymbol? field = type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant));
            if (field is not null)
                return ScriptSyntax.String(field.Name.ToLowerInvariant());
        }
        return Fail(Descriptors.NoTorchScriptMapping, value, $"A non-constant '{type.Name}' value", "pass one of its members directly");
    }

    private static bool ConstantMatches(IOperation value, string expected)
    {
        if (expected == "null" && IsNullLiteral(value))
            return true;
        IOperation operand = value is IConversionOperation { OperatorMethod: not null } conversion ? conversion.Operand : value;
        if (!operand.ConstantValue.HasValue)
            return false;
        object? constant = operand.ConstantValue.Value;
        return expected switch
        {
            "null" => constant is null,
            "true" => constant is true,
            "false" => constant is false,
            _ => constant is not null && constant is not bool && Convert.ToString(constant, CultureInfo.InvariantCulture) == expected,
        };
    }

    private static string DisplayName(ISymbol symbol) => $"{symbol.ContainingType?.Name}.{symbol.Name}";

    /// <summary>Classifies an unknown API into the most helpful diagnostic (TSB0001/3/4/7).</summary>
    private string ReportUnsupportedMember(IOperation operation, ISymbol symbol, IOperation? receiver)
    {
        string display = DisplayName(symbol);
        INamedTypeSymbol? type = symbol.ContainingType;
        string ns = symbol.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns.StartsWith("System.Reflection", StringComparison.Ordinal) || (symbol.Name == "GetType" && type?.SpecialType == SpecialType.System_Object)
            || type?.ToDisplayString() is "System.Type" or "System.Activator" or "System.Reflection.Assembly")
            return Fail(Descriptors.Reflection, operation, operation.Syntax.ToString());
        if (ExternalLibraries.LibraryOf(symbol) is { } library)
            return Fail(Descriptors.ExternalNumericLibrary, operation, display, library, ExternalLibraries.Suggestion(symbol.Name));
        if (HostRoundTrip(symbol) is { } roundTrip)
            return Fail(Descriptors.HostRoundTrip, operation, display, roundTrip.What, roundTrip.Instead);
        if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, context.Type) && symbol is IPropertySymbol)
            return Fail(Descriptors.NoTorchScriptMapping, operation, $"The computed property '{symbol.Name}'", "turn it into a method; script methods can call it");
        if (receiver is not null && receiver.Type is { } receiverType && !known.IsTensor(receiverType) && !known.IsModule(receiverType)
            && ScriptTypes.Map(receiverType, known) is null && receiverType.Locations.Any(l => l.IsInSource))
            return Fail(Descriptors.NoTorchScriptMapping, operation, $"'{display}' of the non-scriptable type '{receiverType.Name}'", $"mark '{receiverType.Name}' [ScriptClass] and the method [ScriptMethod], or compute it with torch operations");
        return Fail(Descriptors.NoTorchScriptMapping, operation, $"'{display}'", "use a supported torch operation, a submodule call or a [ScriptMethod] of this class");
    }

    private string ReportUnsupportedCreation(IObjectCreationOperation creation)
    {
        ITypeSymbol? type = creation.Type;
        if (type is not null && ExternalLibraries.LibraryOf(type) is { } library)
            return Fail(Descriptors.ExternalNumericLibrary, creation, type.Name, library, "a torch tensor");
        if (type is not null && type.ContainingNamespace?.ToDisplayString().StartsWith("System.Reflection", StringComparison.Ordinal) == true)
            return Fail(Descriptors.Reflection, creation, creation.Syntax.ToString());
        return Fail(Descriptors.NoTorchScriptMapping, creation, $"Creating '{type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "create objects in the constructor; script code may only build tensors, lists, tuples and dictionaries");
    }

    private void ReportType(ITypeSymbol type, Location location, string what)
    {
        if (ExternalLibraries.LibraryOf(type) is { } library)
            Report(Descriptors.ExternalNumericLibrary, location, type.Name, library, "a torch tensor");
        else if (type.ContainingNamespace?.ToDisplayString().StartsWith("System.Reflection", StringComparison.Ordinal) == true || type.ToDisplayString() == "System.Type")
            Report(Descriptors.Reflection, location, type.Name);
        else
            Report(Descriptors.NoTorchScriptMapping, location, $"The type '{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' of {what}", "use Tensor, int, long, float, double, bool, string, arrays, lists, tuples or Dictionary<string, Tensor>");
    }

    private (string What, string Instead)? HostRoundTrip(ISymbol symbol)
    {
        string type = symbol.ContainingType?.ToDisplayString() ?? "";
        string ns = symbol.ContainingNamespace?.ToDisplayString() ?? "";
        if (known.IsTensor(symbol.ContainingType) || type == "TorchSharp.TensorExtensionMethods")
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
        if (type is "System.Console" or "System.Diagnostics.Debug" or "System.Diagnostics.Trace")
            return ("writes to the console or a trace listener", "remove it, or log outside script code");
        if (ns == "System.IO" || ns.StartsWith("System.IO.", StringComparison.Ordinal) || ns.StartsWith("System.Net", StringComparison.Ordinal))
            return ("performs file or network I/O", "do I/O outside script code");
        return null;
    }

    private string Unsupported(IOperation operation)
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
        var builder = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
                builder.Append(' ');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}

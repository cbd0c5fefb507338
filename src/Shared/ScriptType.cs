// Shared by the compiler core (which types every expression it lowers) and the runtime exporter (which declares
// attributes and pickles values by these types, and whose generated callers build them). Public in the runtime,
// internal in the compiler core.
using System;
using System.Collections.Generic;
using System.Text;

namespace TorchScribe.Runtime
{
    /// <summary>The kind of a <see cref="ScriptType"/>.</summary>
#if TORCHSCRIBE_RUNTIME
    public
#else
    internal
#endif
    enum ScriptTypeKind
    {
        /// <summary><c>Tensor</c>.</summary>
        Tensor,

        /// <summary><c>int</c> (64-bit).</summary>
        Int,

        /// <summary><c>float</c> (64-bit).</summary>
        Float,

        /// <summary><c>bool</c>.</summary>
        Bool,

        /// <summary><c>str</c>.</summary>
        Str,

        /// <summary><c>Device</c>.</summary>
        Device,

        /// <summary><c>NoneType</c>, the type of <c>None</c>.</summary>
        None,

        /// <summary><c>List[T]</c>.</summary>
        List,

        /// <summary><c>Dict[K, V]</c>.</summary>
        Dict,

        /// <summary><c>Tuple[T1, ...]</c>.</summary>
        Tuple,

        /// <summary><c>Optional[T]</c>.</summary>
        Optional,

        /// <summary>A module or class, by TorchScript qualified name (empty while the class is decided at export).</summary>
        Class,
    }

    /// <summary>A TorchScript type, e.g. <c>Dict[str, List[int]]</c>: built as a value, printed as an annotation.</summary>
#if TORCHSCRIBE_RUNTIME
    public
#else
    internal
#endif
    sealed class ScriptType : IEquatable<ScriptType>
    {
        private static readonly ScriptType[] NoArguments = new ScriptType[0];

        private ScriptType(ScriptTypeKind kind, ScriptType[] arguments, string? className = null)
        {
            Kind = kind;
            Arguments = arguments;
            ClassName = className;
        }

        /// <summary>What the type is.</summary>
        public ScriptTypeKind Kind { get; }

        /// <summary>Element, key/value, tuple item or optional payload types, in order.</summary>
        public IReadOnlyList<ScriptType> Arguments { get; }

        /// <summary>For <see cref="ScriptTypeKind.Class"/>: the qualified name, or null when decided at export.</summary>
        public string? ClassName { get; }

        /// <summary><c>Tensor</c>.</summary>
        public static ScriptType Tensor { get; } = new ScriptType(ScriptTypeKind.Tensor, NoArguments);

        /// <summary><c>int</c>.</summary>
        public static ScriptType Int { get; } = new ScriptType(ScriptTypeKind.Int, NoArguments);

        /// <summary><c>float</c>.</summary>
        public static ScriptType Float { get; } = new ScriptType(ScriptTypeKind.Float, NoArguments);

        /// <summary><c>bool</c>.</summary>
        public static ScriptType Bool { get; } = new ScriptType(ScriptTypeKind.Bool, NoArguments);

        /// <summary><c>str</c>.</summary>
        public static ScriptType Str { get; } = new ScriptType(ScriptTypeKind.Str, NoArguments);

        /// <summary><c>Device</c>.</summary>
        public static ScriptType Device { get; } = new ScriptType(ScriptTypeKind.Device, NoArguments);

        /// <summary><c>NoneType</c>.</summary>
        public static ScriptType None { get; } = new ScriptType(ScriptTypeKind.None, NoArguments);

        /// <summary>A module whose TorchScript class is decided when its instance is exported.</summary>
        public static ScriptType Module { get; } = new ScriptType(ScriptTypeKind.Class, NoArguments);

        /// <summary><c>List[element]</c>.</summary>
        public static ScriptType List(ScriptType element) => new ScriptType(ScriptTypeKind.List, new[] { Check(element) });

        /// <summary><c>Dict[key, value]</c>.</summary>
        public static ScriptType Dict(ScriptType key, ScriptType value) => new ScriptType(ScriptTypeKind.Dict, new[] { Check(key), Check(value) });

        /// <summary><c>Tuple[items...]</c>.</summary>
        public static ScriptType Tuple(params ScriptType[] items)
        {
            foreach (ScriptType item in items)
                Check(item);
            return new ScriptType(ScriptTypeKind.Tuple, (ScriptType[])items.Clone());
        }

        /// <summary><c>Optional[payload]</c>; an optional stays as it is.</summary>
        public static ScriptType Optional(ScriptType payload) =>
            Check(payload).Kind == ScriptTypeKind.Optional ? payload : new ScriptType(ScriptTypeKind.Optional, new[] { payload });

        /// <summary>The class with TorchScript qualified name <paramref name="qualifiedName"/>.</summary>
        public static ScriptType Class(string qualifiedName) =>
            new ScriptType(ScriptTypeKind.Class, NoArguments, qualifiedName ?? throw new ArgumentNullException(nameof(qualifiedName)));

        /// <summary>True for <c>Optional[...]</c>.</summary>
        public bool IsOptional => Kind == ScriptTypeKind.Optional;

        /// <summary>The payload of an optional, else the type itself.</summary>
        public ScriptType NonOptional => IsOptional ? Arguments[0] : this;

        /// <inheritdoc />
        public bool Equals(ScriptType? other)
        {
            if (ReferenceEquals(this, other))
                return true;
            if (other is null || other.Kind != Kind || other.ClassName != ClassName || other.Arguments.Count != Arguments.Count)
                return false;
            for (int i = 0; i < Arguments.Count; i++)
            {
                if (!Arguments[i].Equals(other.Arguments[i]))
                    return false;
            }
            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ScriptType);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            int hash = (int)Kind * 397 ^ (ClassName?.GetHashCode() ?? 0);
            foreach (ScriptType argument in Arguments)
                hash = hash * 31 + argument.GetHashCode();
            return hash;
        }

        /// <summary>The TorchScript annotation, e.g. <c>Optional[List[int]]</c>.</summary>
        public override string ToString()
        {
            var builder = new StringBuilder();
            Append(builder);
            return builder.ToString();
        }

        private void Append(StringBuilder builder)
        {
            switch (Kind)
            {
                case ScriptTypeKind.Tensor: builder.Append("Tensor"); return;
                case ScriptTypeKind.Int: builder.Append("int"); return;
                case ScriptTypeKind.Float: builder.Append("float"); return;
                case ScriptTypeKind.Bool: builder.Append("bool"); return;
                case ScriptTypeKind.Str: builder.Append("str"); return;
                case ScriptTypeKind.Device: builder.Append("Device"); return;
                case ScriptTypeKind.None: builder.Append("NoneType"); return;
                case ScriptTypeKind.Class: builder.Append(ClassName ?? "Module"); return;
            }
            builder.Append(Kind switch
            {
                ScriptTypeKind.List => "List",
                ScriptTypeKind.Dict => "Dict",
                ScriptTypeKind.Tuple => "Tuple",
                _ => "Optional",
            });
            builder.Append('[');
            if (Kind == ScriptTypeKind.Tuple && Arguments.Count == 0)
                builder.Append("()");
            for (int i = 0; i < Arguments.Count; i++)
            {
                if (i > 0)
                    builder.Append(", ");
                Arguments[i].Append(builder);
            }
            builder.Append(']');
        }

        private static ScriptType Check(ScriptType type) => type ?? throw new ArgumentNullException(nameof(type));
    }
}

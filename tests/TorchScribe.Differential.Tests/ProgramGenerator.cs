using System.Globalization;
using System.Text;

namespace TorchScribe.Differential.Tests;

/// <summary>The C# number and bool types random programs compute with.</summary>
internal enum ValueType
{
    Int,
    Long,
    Short,
    UShort,
    Byte,
    SByte,
    Double,
    Float,
    Bool,
}

/// <summary>One random script method: its parameters, statements and returned expression, as C# text.</summary>
internal sealed record RandomProgram(string Name, IReadOnlyList<(string Name, ValueType Type)> Parameters, ValueType Returns, IReadOnlyList<string> Statements, string Result)
{
    public string Source()
    {
        var text = new StringBuilder();
        text.Append("    [ScriptMethod]\n    public ").Append(ProgramGenerator.Keyword(Returns)).Append(' ').Append(Name).Append('(')
            .Append(string.Join(", ", Parameters.Select(p => ProgramGenerator.Keyword(p.Type) + " " + p.Name))).Append(")\n    {\n");
        foreach (string statement in Statements)
            text.Append(Indent(statement, "        ")).Append('\n');
        text.Append("        return ").Append(Result).Append(";\n    }\n");
        return text.ToString();
    }

    /// <summary>The same program without statement <paramref name="index"/>: a shrinking step.</summary>
    public RandomProgram Without(int index) => this with { Statements = Statements.Where((_, i) => i != index).ToList() };

    private static string Indent(string block, string indent) => string.Join("\n", block.Split('\n').Select(l => indent + l));
}

/// <summary>
/// Generates well-typed programs of the scriptable subset from a seed: integers of every width, float and double,
/// bools, strings of integers and bools, float64/float32/int64 tensors built from scalars and read back with item(),
/// locals, compound assignments and increments, casts, System.Math and MathF, conditionals, if/else, bounded
/// for/while/do loops (locals first assigned inside them), and calls of helpers with named and optional arguments in
/// any order, and objects of a plain [ScriptClass] created, changed and read. Every loop is bounded by construction, so every program terminates. Values are drawn from edge cases
/// (type limits, zero, ±1, NaN, ±∞, signed zeros, values past 2^31 and 2^53) as often as from ordinary ones.
/// </summary>
internal sealed class ProgramGenerator(int seed)
{
    /// <summary>
    /// A plain [ScriptClass] every batch declares next to its programs: they create its objects (constructor arguments
    /// named in any order, the optional one left out at random), call methods that change their fields and create more
    /// objects, and read their fields.
    /// </summary>
    public const string ScriptObjects = """
        [ScriptClass]
        public sealed partial class Tally
        {
            public long Total;
            public double Scale;
            public int Hits = 3;

            public Tally(long start, double scale = 0.5)
            {
                Total = start;
                Scale = scale;
            }

            public long Add(long value)
            {
                Total += value;
                Hits++;
                return Total * Hits;
            }

            public double Scaled(double x) => x * Scale + Total;

            public Tally Twin() => new Tally(Total * 3, -Scale);
        }
        """;

    /// <summary>Members every generated class declares: helpers the programs call with named arguments.</summary>
    public const string Helpers = """
            private long MixLong(long a, long b, long c = 7) => a * 31 + b * 7 - c;

            private static double MixDouble(double x, double y = 0.5) => x / 3 - y;

            private int MixInt(int a, int b) => a - (b << 3);

            private float MixFloat(float p, float q = 2.5f, float r = -1f) => p * q + r;
        """;

    private static readonly long[] EdgeIntegers =
    {
        0, 1, -1, 2, -2, 3, 7, -7, 10, 31, 32, 33, 63, 64, 127, 128, -128, 255, 256, 1000, 32767, -32768, 65535, 65536,
        46341, 100000, int.MaxValue, int.MinValue, 2147483648L, 3000000000L, -3000000000L, 9007199254740993L, long.MaxValue, long.MinValue,
    };

    private static readonly double[] EdgeDoubles =
    {
        0.0, -0.0, 0.1, 0.5, -0.5, 1.0, -1.0, 1.5, 2.5, -2.5, 3.0, 7.25, 1e8, 16777217.0, 2147483647.5, -2147483648.5,
        4503599627370497.0, 9.3e18, -9.3e18, 3.4028235677973366e38, 1e300, -1e300, 5e-324, 1e-40,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    };

    private static readonly ValueType[] Numbers = { ValueType.Int, ValueType.Long, ValueType.Short, ValueType.UShort, ValueType.Byte, ValueType.SByte, ValueType.Double, ValueType.Float };
    private static readonly ValueType[] Common = { ValueType.Int, ValueType.Int, ValueType.Long, ValueType.Long, ValueType.Double, ValueType.Double, ValueType.Float, ValueType.Float, ValueType.Bool, ValueType.Short, ValueType.Byte };

    private readonly Random random = new(seed);
    private readonly List<(string Name, ValueType Type, bool Assignable)> scope = new();
    private readonly List<string> objects = new();      // Tally locals in scope
    private int names;

    public RandomProgram Next(string name)
    {
        scope.Clear();
        objects.Clear();
        names = 0;
        var parameters = new List<(string, ValueType)>();
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            ValueType type = Pick(Common);
            string parameter = "p" + i;
            parameters.Add((parameter, type));
            scope.Add((parameter, type, true));
        }
        ValueType returns = Pick(Common);
        var statements = Statements(random.Next(0, 7), depth: 0);
        return new RandomProgram(name, parameters, returns, statements, Expression(returns, 3));
    }

    /// <summary>Argument vectors for a program: each parameter an edge value or an ordinary one.</summary>
    public IReadOnlyList<object[]> Arguments(RandomProgram program, int count)
    {
        var vectors = new List<object[]>();
        for (int i = 0; i < count; i++)
            vectors.Add(program.Parameters.Select(p => Value(p.Type)).ToArray());
        return vectors;
    }

    public static string Keyword(ValueType type) => type switch
    {
        ValueType.Int => "int",
        ValueType.Long => "long",
        ValueType.Short => "short",
        ValueType.UShort => "ushort",
        ValueType.Byte => "byte",
        ValueType.SByte => "sbyte",
        ValueType.Double => "double",
        ValueType.Float => "float",
        _ => "bool",
    };

    private List<string> Statements(int count, int depth)
    {
        int mark = scope.Count;
        int objectMark = objects.Count;
        var statements = new List<string>();
        for (int i = 0; i < count; i++)
            statements.Add(Statement(depth));
        scope.RemoveRange(mark, scope.Count - mark);
        objects.RemoveRange(objectMark, objects.Count - objectMark);
        return statements;
    }

    private string Block(int depth)
    {
        var body = Statements(random.Next(1, 4), depth + 1);
        return "{\n" + string.Join("\n", body.Select(s => "    " + s.Replace("\n", "\n    "))) + "\n}";
    }

    private string Statement(int depth)
    {
        if (random.Next(8) == 0)
            return ObjectStatement(depth);
        int choice = random.Next(depth >= 2 ? 6 : 11);
        switch (choice)
        {
            case 0:
            case 1:
            {
                ValueType type = Pick(Common);
                string expression = Expression(type, 3);
                string local = Declare(type);
                return $"{Keyword(type)} {local} = {expression};";
            }
            case 2:
                if (Assignable() is { } target)
                    return $"{target.Name} = {Expression(target.Type, 3)};";
                goto case 0;
            case 3:
                if (Assignable() is { } compound && compound.Type != ValueType.Bool)
                    return Compound(compound.Name, compound.Type);
                goto case 0;
            case 4:
                if (Assignable() is { } stepped && stepped.Type != ValueType.Bool)
                    return stepped.Name + (random.Next(2) == 0 ? "++;" : "--;");
                goto case 0;
            case 5:
                if (Assignable() is { } flag && flag.Type == ValueType.Bool)
                    return $"{flag.Name} = {Expression(ValueType.Bool, 2)};";
                goto case 2;
            case 6:
                return $"if ({Expression(ValueType.Bool, 2)})\n{Block(depth)}\nelse\n{Block(depth)}";
            case 7:
            {
                // A counting loop; its bound is a constant, or a value of the program masked to at most 3.
                string counter = Fresh("i");
                string bound = random.Next(2) == 0 ? random.Next(0, 5).ToString(CultureInfo.InvariantCulture) : $"({Expression(ValueType.Int, 1)} & 3)";
                scope.Add((counter, ValueType.Int, false));
                string loop = $"for (int {counter} = 0; {counter} < {bound}; {counter}++)\n{Block(depth)}";
                scope.RemoveAt(scope.FindIndex(v => v.Name == counter));
                return loop;
            }
            case 8:
            {
                // A while loop guarded by a counter, with a condition of the program too.
                string guard = Fresh("w");
                string condition = Expression(ValueType.Bool, 1);
                scope.Add((guard, ValueType.Int, false));
                string body = Block(depth);
                scope.RemoveAt(scope.FindIndex(v => v.Name == guard));
                return $"int {guard} = 0;\nwhile ({guard} < 3 && {condition})\n{body.Insert(body.Length - 1, "    " + guard + "++;\n")}";
            }
            case 9:
            {
                // A local declared before a do-while and first assigned inside it.
                ValueType type = Pick(Common);
                string local = Fresh("d");
                string guard = Fresh("g");
                scope.Add((guard, ValueType.Int, false));
                string value = Expression(type, 2);
                string body = Block(depth);
                scope.RemoveAt(scope.FindIndex(v => v.Name == guard));
                scope.Add((local, type, true));
                return $"{Keyword(type)} {local};\nint {guard} = 0;\ndo\n{{\n    {local} = {value};\n    {guard}++;\n{body.Substring(2, body.Length - 3)}}}\nwhile ({guard} < 2);";
            }
            default:
            {
                // A local assigned on both branches.
                ValueType type = Pick(Common);
                string local = Fresh("b");
                string condition = Expression(ValueType.Bool, 2);
                string statement = $"{Keyword(type)} {local};\nif ({condition})\n    {local} = {Expression(type, 2)};\nelse\n    {local} = {Expression(type, 2)};";
                scope.Add((local, type, true));
                return statement;
            }
        }
    }

    /// <summary>
    /// A Tally local: created, aliased (both names then refer to one object, in C# and in TorchScript), replaced, or
    /// changed through a method or a field.
    /// </summary>
    private string ObjectStatement(int depth)
    {
        int choice = objects.Count == 0 ? 0 : random.Next(6);
        if (choice <= 1)
        {
            string value = choice == 0 ? NewTally(2) : Pick(objects);
            string local = Fresh("o");
            objects.Add(local);
            return $"Tally {local} = {value};";
        }
        string target = Pick(objects);
        return choice switch
        {
            2 => $"{target}.Add({Expression(ValueType.Long, 2)});",
            3 => $"{target}.Total {Pick(new[] { "=", "+=", "*=", "^=" })} {Expression(ValueType.Long, 2)};",
            4 => $"{target}.Scale = {Expression(ValueType.Double, 2)};",
            _ => $"{target} = {target}.Twin();",
        };
    }

    /// <summary>A Tally: a local one, or a new one.</summary>
    private string Tally(int depth) => objects.Count > 0 && random.Next(2) == 0 ? Pick(objects) : NewTally(depth);

    private string Compound(string target, ValueType type)
    {
        if (type is ValueType.Double or ValueType.Float)
            return $"{target} {Pick(new[] { "+=", "-=", "*=", "/=", "%=" })} {Expression(type, 2)};";
        if (random.Next(4) == 0)
            return $"{target} {Pick(new[] { "<<=", ">>=", ">>>=" })} {Expression(ValueType.Int, 2)};";
        return $"{target} {Pick(new[] { "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=" })} {Expression(type, 2)};";
    }

    private (string Name, ValueType Type)? Assignable()
    {
        var candidates = scope.Where(v => v.Assignable).ToList();
        if (candidates.Count == 0)
            return null;
        var chosen = candidates[random.Next(candidates.Count)];
        return (chosen.Name, chosen.Type);
    }

    private string Declare(ValueType type)
    {
        string name = Fresh("v");
        scope.Add((name, type, true));
        return name;
    }

    private string Fresh(string prefix) => prefix + names++;

    /// <summary>An expression of exactly type <paramref name="type"/>.</summary>
    private string Expression(ValueType type, int depth)
    {
        if (depth > 0 && random.Next(200) == 0 && Inexact(type, depth) is { } inexact)
            return inexact;
        if (depth <= 0 || random.Next(4) == 0)
            return Leaf(type);
        return type switch
        {
            ValueType.Bool => Boolean(depth),
            ValueType.Int or ValueType.Long => Integer(type, depth),
            ValueType.Double or ValueType.Float => Floating(type, depth),
            _ => $"unchecked(({Keyword(type)})({Expression(Pick(new[] { ValueType.Int, ValueType.Long, ValueType.Double, type }), depth - 1)}))",
        };
    }

    /// <summary>A variable (converted to <paramref name="type"/> when none has it) more often than a literal, so results depend on inputs.</summary>
    /// <summary>
    /// An operand for Math.Max/Min that is not a literal zero: .NET 10's JIT folds Math.Min(-0.0, x) and Math.Max with a
    /// constant signed zero to a result that differs from the documented one (Math.Min(-0.0, 0.0) is 0.0 when -0.0 is a
    /// literal, -0.0 otherwise); the export computes the documented result.
    /// </summary>
    private string NotZeroLiteral(ValueType type, int depth)
    {
        for (int attempt = 0; ; attempt++)
        {
            string operand = Expression(type, depth);
            if (attempt == 5 || !(operand.TrimStart('(').TrimStart('-').StartsWith("0.0", StringComparison.Ordinal)))
                return attempt == 5 ? Literal(type, type == ValueType.Float ? 1.5f : 1.5) : operand;
        }
    }

    /// <summary>
    /// Now and then, C# whose result TorchScript would not reproduce (checked arithmetic, MathF's float32
    /// transcendentals, doubles formatted as text): the program must be rejected with TSB0008, never exported.
    /// </summary>
    private string? Inexact(ValueType type, int depth) => type switch
    {
        ValueType.Int or ValueType.Long => $"checked({Expression(type, depth - 1)} * {Expression(type, depth - 1)})",
        ValueType.Float => $"MathF.{Pick(new[] { "Exp", "Log", "Sin", "Tanh" })}({Expression(type, depth - 1)})",
        ValueType.Bool => $"((\"v\" + {Expression(ValueType.Double, depth - 1)}) == \"v1\")",
        _ => null,
    };

    private string Leaf(ValueType type)
    {
        var exact = scope.Where(v => v.Type == type).ToList();
        if (exact.Count > 0 && random.Next(4) != 0)
            return exact[random.Next(exact.Count)].Name;
        if (scope.Count > 0 && random.Next(4) != 0)
        {
            var any = scope[random.Next(scope.Count)];
            if (type == ValueType.Bool)
                return any.Type == ValueType.Bool ? any.Name : $"({any.Name} > {Literal(any.Type, Value(any.Type))})";
            return any.Type == ValueType.Bool
                ? $"({any.Name} ? {Literal(type, Value(type))} : {Literal(type, Value(type))})"
                : $"unchecked(({Keyword(type)})({any.Name}))";
        }
        return Literal(type, Value(type));
    }

    private string Integer(ValueType type, int depth)
    {
        string t = Keyword(type);
        switch (random.Next(12))
        {
            case 0:
            case 1:
            case 2:
                return $"({Expression(type, depth - 1)} {Pick(new[] { "+", "-", "*", "/", "%", "&", "|", "^" })} {Expression(type, depth - 1)})";
            case 3:
                return $"({Expression(type, depth - 1)} {Pick(new[] { "<<", ">>", ">>>" })} {Expression(ValueType.Int, depth - 1)})";
            case 4:
                return $"({Pick(new[] { "-", "~" })}{Expression(type, depth - 1)})";
            case 5:
                return $"unchecked(({t})({Expression(Pick(Numbers), depth - 1)}))";
            case 6:
                return $"({Expression(ValueType.Bool, depth - 1)} ? {Expression(type, depth - 1)} : {Expression(type, depth - 1)})";
            case 7:
                return type == ValueType.Int
                    ? $"({Expression(Pick(new[] { ValueType.Short, ValueType.Byte, ValueType.SByte, ValueType.UShort }), depth - 1)} {Pick(new[] { "+", "-", "*", "/", "%" })} {Expression(Pick(new[] { ValueType.Short, ValueType.Byte, ValueType.Int }), depth - 1)})"
                    : $"({Expression(ValueType.Int, depth - 1)} {Pick(new[] { "+", "-", "*" })} {Expression(ValueType.Long, depth - 1)})";
            case 8:
                return $"Math.{Pick(new[] { "Max", "Min" })}({Expression(type, depth - 1)}, {Expression(type, depth - 1)})";
            case 9:
                return random.Next(2) == 0 ? $"Math.Abs({Expression(type, depth - 1)})" : $"Math.Clamp({Expression(type, depth - 1)}, {Expression(type, depth - 1)}, {Expression(type, depth - 1)})";
            case 10 when random.Next(3) == 0:
                // A script object: created, changed by a method, read back.
                return type == ValueType.Long
                    ? random.Next(2) == 0 ? $"{Tally(depth)}.Add({Expression(ValueType.Long, depth - 1)})" : $"{Tally(depth)}.Total"
                    : $"{Tally(depth)}{(random.Next(2) == 0 ? ".Twin()" : "")}.Hits";
            case 10:
                if (type == ValueType.Long && random.Next(3) == 0)
                    return $"torch.tensor(new long[] {{ {Expression(type, depth - 1)}, {Expression(type, depth - 1)} }}).{Pick(new[] { "sum", "max", "min" })}().item<long>()";
                return type == ValueType.Long ? LongCall(depth) : IntCall(depth);
            default:
                return Leaf(type);
        }
    }

    private string Floating(ValueType type, int depth)
    {
        bool single = type == ValueType.Float;
        string t = Keyword(type);
        switch (random.Next(13))
        {
            case 11:
                // Through tensors: scalars become float64 (or float32) tensors and come back with item().
                return single
                    ? $"torch.tensor(new float[] {{ {Expression(type, depth - 1)}, {Expression(type, depth - 1)} }}).{Pick(new[] { "sum", "max", "mean" })}().item<float>()"
                    : $"torch.tensor(new double[] {{ {Expression(type, depth - 1)}, {Expression(type, depth - 1)}, {Expression(type, depth - 1)} }}).{Pick(new[] { "sum", "max", "min", "mean" })}().item<double>()";
            case 12:
                return single
                    ? $"torch.tensor(new double[] {{ {Expression(ValueType.Double, depth - 1)}, {Expression(ValueType.Double, depth - 1)} }}, dtype: ScalarType.Float32).sum().item<float>()"
                    : $"(torch.tensor({Expression(type, depth - 1)}) * {Expression(type, depth - 1)}).item<double>()";
            case 0:
            case 1:
            case 2:
                return $"({Expression(type, depth - 1)} {Pick(new[] { "+", "-", "*", "/", "%" })} {Expression(type, depth - 1)})";
            case 3:
                return $"(-{Expression(type, depth - 1)})";
            case 4:
                return $"unchecked(({t})({Expression(Pick(Numbers), depth - 1)}))";
            case 5:
                return $"({Expression(ValueType.Bool, depth - 1)} ? {Expression(type, depth - 1)} : {Expression(type, depth - 1)})";
            case 6:
                return single
                    ? $"MathF.{Pick(new[] { "Sqrt", "Abs", "Floor", "Ceiling", "Truncate", "Round" })}({Expression(type, depth - 1)})"
                    : $"Math.{Pick(new[] { "Sqrt", "Abs", "Floor", "Ceiling", "Truncate", "Round", "Exp", "Tanh" })}({Expression(type, depth - 1)})";
            case 7:
                return $"{(single ? "MathF" : "Math")}.{Pick(new[] { "Max", "Min" })}({NotZeroLiteral(type, depth - 1)}, {NotZeroLiteral(type, depth - 1)})";
            case 8:
                // Mixed operands: C# converts the integer (or float) to this type first.
                return $"({Expression(Pick(new[] { ValueType.Int, ValueType.Long, ValueType.Short }), depth - 1)} {Pick(new[] { "+", "-", "*", "/" })} {Expression(type, depth - 1)})";
            case 9 when !single && random.Next(3) == 0:
                return random.Next(3) == 0
                    ? $"{Tally(depth)}.Scale"
                    : $"{Tally(depth)}{(random.Next(2) == 0 ? ".Twin()" : "")}.Scaled({Expression(ValueType.Double, depth - 1)})";
            case 9:
                return single ? FloatCall(depth) : DoubleCall(depth);
            default:
                return Leaf(type);
        }
    }

    private string Boolean(int depth)
    {
        switch (random.Next(6))
        {
            case 0:
            case 1:
            {
                ValueType type = Pick(Numbers);
                return $"({Expression(type, depth - 1)} {Pick(new[] { "<", "<=", ">", ">=", "==", "!=" })} {Expression(type, depth - 1)})";
            }
            case 2:
                return $"({Expression(ValueType.Bool, depth - 1)} {Pick(new[] { "&&", "||", "==", "!=" })} {Expression(ValueType.Bool, depth - 1)})";
            case 3:
                return $"(!{Expression(ValueType.Bool, depth - 1)})";
            case 4 when random.Next(3) == 0:
                // Strings built from integers and bools read alike in C# and TorchScript.
                return $"((\"v\" + {Expression(Pick(new[] { ValueType.Int, ValueType.Long, ValueType.Bool }), depth - 1)}) == $\"v{{{Expression(Pick(new[] { ValueType.Int, ValueType.Long, ValueType.Short }), depth - 1)}}}\")";
            default:
                return Leaf(ValueType.Bool);
        }
    }

    // Helper calls, with arguments named in a random order and optional ones left out at random.
    private string LongCall(int depth) => Call("MixLong", depth, ("a", ValueType.Long, false), ("b", ValueType.Long, false), ("c", ValueType.Long, true));

    private string IntCall(int depth) => Call("MixInt", depth, ("a", ValueType.Int, false), ("b", ValueType.Int, false));

    private string DoubleCall(int depth) => Call("MixDouble", depth, ("x", ValueType.Double, false), ("y", ValueType.Double, true));

    private string FloatCall(int depth) => Call("MixFloat", depth, ("p", ValueType.Float, false), ("q", ValueType.Float, true), ("r", ValueType.Float, true));

    private string NewTally(int depth) => "new " + Call("Tally", depth, ("start", ValueType.Long, false), ("scale", ValueType.Double, true));

    private string Call(string helper, int depth, params (string Name, ValueType Type, bool Optional)[] parameters)
    {
        var passed = parameters.Where(p => !p.Optional || random.Next(2) == 0).ToList();
        bool named = random.Next(3) != 0;
        if (named)
            passed = passed.OrderBy(_ => random.Next()).ToList();
        else
            passed = parameters.TakeWhile(p => passed.Contains(p)).ToList();
        return $"{helper}({string.Join(", ", passed.Select(p => (named ? p.Name + ": " : "") + Expression(p.Type, depth - 1)))})";
    }

    private T Pick<T>(List<T> items) => items[random.Next(items.Count)];

    private object Value(ValueType type)
    {
        bool edge = random.Next(2) == 0;
        long integer = edge ? EdgeIntegers[random.Next(EdgeIntegers.Length)] : random.Next(-1000, 1000);
        double floating = edge ? EdgeDoubles[random.Next(EdgeDoubles.Length)] : Math.Round(random.NextDouble() * 200 - 100, random.Next(0, 4));
        return type switch
        {
            ValueType.Int => unchecked((int)integer),
            ValueType.Long => integer,
            ValueType.Short => unchecked((short)integer),
            ValueType.UShort => unchecked((ushort)integer),
            ValueType.Byte => unchecked((byte)integer),
            ValueType.SByte => unchecked((sbyte)integer),
            ValueType.Double => floating,
            ValueType.Float => (float)floating,
            _ => random.Next(2) == 0,
        };
    }

    /// <summary>A C# literal of exactly <paramref name="type"/> holding <paramref name="value"/>.</summary>
    private static string Literal(ValueType type, object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i == int.MinValue ? "int.MinValue" : i < 0 ? $"({i.ToString(CultureInfo.InvariantCulture)})" : i.ToString(CultureInfo.InvariantCulture),
        long l => l == long.MinValue ? "long.MinValue" : l < 0 ? $"({l.ToString(CultureInfo.InvariantCulture)}L)" : l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => Floating(d, "double", ""),
        float f => Floating(f, "float", "f"),
        _ => $"unchecked(({Keyword(type)})({Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}))",
    };

    private static string Floating(double value, string keyword, string suffix)
    {
        if (double.IsNaN(value))
            return keyword + ".NaN";
        if (double.IsPositiveInfinity(value))
            return keyword + ".PositiveInfinity";
        if (double.IsNegativeInfinity(value))
            return keyword + ".NegativeInfinity";
        string text = suffix == "f" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E'))
            text += ".0";
        return value < 0 || (value == 0 && double.IsNegative(value)) ? $"({text}{suffix})" : text + suffix;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}

using System;
using System.Collections.Generic;
using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// Control flow and binding that must compute what C# computes: named arguments out of order, loop bounds the body
/// changes, fractional bounds, counters near their type's limits, locals first assigned inside loops, optional
/// attributes narrowed by a null test. Compared in libtorch by <see cref="ExactSemanticsTests"/>.
/// </summary>
[ScriptClass]
public sealed partial class ExactControlFlow : nn.Module<Tensor, Tensor>
{
    private readonly Differ differ = new();
    private readonly Tensor? offset;
    private readonly Tensor? missing;

    public ExactControlFlow() : base(nameof(ExactControlFlow))
    {
        offset = torch.tensor(0.25, dtype: ScalarType.Float64);
        missing = null;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => x;

    private static long Minus(long a, long b) => a - b;

    private long Weighted(long a, long b = 10, long c = 100) => a + 2 * b + 3 * c;

    [ScriptMethod] public long NamedArguments(long x, long y) => Minus(b: x, a: y) * 1000 + Weighted(c: x, a: y);

    [ScriptMethod] public long NamedArgumentsOfASubmodule(long x, long y) => differ.Difference(right: x, left: y);

    [ScriptMethod] public double StaticOfAnotherClass(double v) => Differ.Scaled(v) + 1;

    [ScriptMethod] public long BoundGrowsInTheBody(long n)
    {
        var list = new List<long> { n, n + 1, 2 };
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] > 0 && list[i] < 1000 && list.Count < 50)
                list.Add(list[i] * 3);
        }
        return list.Count;
    }

    [ScriptMethod] public long FractionalBound(double limit)
    {
        long count = 0;
        for (int i = 0; i < limit; i++)
        {
            count += i;
            if (count > 100000) break;
        }
        return count;
    }

    [ScriptMethod] public long InclusiveBoundAndStride(int m)
    {
        int n = m % 50;
        long total = 0;
        for (int i = n; i <= 20; i += 3)
            total = total * 7 + i;
        for (long j = 10; j >= n; j -= 2)
            total += j;
        return total;
    }

    [ScriptMethod] public long CounterNearTheLimit(int start)
    {
        long steps = 0;
        for (int i = start; i != start + 5; i++)
            steps += i;                                  // wraps past int.MaxValue, as C# does
        return steps;
    }

    [ScriptMethod] public long AssignedInDoWhile(long n)
    {
        long x;
        do
        {
            x = n * 2;
            n /= 3;
        }
        while (n > 0);
        return x;
    }

    [ScriptMethod] public long AssignedInWhileTrue(long n)
    {
        long y;
        while (true)
        {
            y = n + 1;
            if (y > 3 || n < -3)
                break;
            n++;
        }
        return y;
    }

    // Shrunk from a random program (differential seed 9): libtorch's interpreter loses p3 in the second iteration of a
    // `for` loop that carries one value and reads a value coming out of the enclosing branch.
    [ScriptMethod] public bool LoopReadingABranchResult(int p0, int p2, bool p3)
    {
        if (p0 > 0)
        {
            if (p3)
                p3 = !p3;
            for (int i = 0; i < 2; i++)
                p0 = p3 ? 1 : 2;
        }
        p2 = p2 + (p3 ? 1 : 0);
        return p0 < p2;
    }

    [ScriptMethod] public double ForEachReadingABranchResult(int p0, double p3)
    {
        if (p0 > 0)
        {
            if (p3 > 0)
                p3 = -p3;
            foreach (long item in new long[] { 1, 2, 3 })
                p0 = p3 > 0 ? 1 : (int)item;
        }
        return p0 + (p3 > 0 ? 1.5 : 0.5);
    }

    // Names the translation introduces (loop counters _tN, the arithmetic functions) or that read as keywords.
    [ScriptMethod] public long HostileNames(long @int, long _t0)
    {
        long index = 0;
        double zero = 1.5;
        foreach (long _t1 in new long[] { @int, _t0 })
        {
            for (int _t2 = 0; _t2 < 2; _t2++)
                index += _t1 * (long)zero + _t2;
        }
        int wrap_i32 = (int)index;
        return wrap_i32 * 3;
    }

    /// <summary>Numbers passed where a nullable number is expected convert as they would to the plain type (an int
    /// literal 2 to a double? parameter was passed as a TorchScript int, which libtorch refused at load).</summary>
    [ScriptMethod] public double NumberForANullableParameter(double v, long n) => Shifted(v, 2) + Shifted(v, null) * 3 + Shifted(v, n) * 5 + Shifted(v, (float)v) * 7;

    private static double Shifted(double v, double? by) => by is null ? v : v + by.Value;

    /// <summary>Nullable's HasValue and, where it is known to hold a value, Value.</summary>
    [ScriptMethod] public double NullableMembers(double v, long n) => Scaled(v, n > 0 ? n : null) + Scaled(v, null) * 3;

    private static double Scaled(double v, long? by)
    {
        if (!by.HasValue)
            return v;
        return v * by.Value;
    }

    /// <summary>Locals named like the variables op-table templates bind (ts_o in lp_pool1d, ts_x in normalize) are
    /// renamed, not shadowed inside the templates' comprehensions.</summary>
    [ScriptMethod] public double TemplateNamesAreNotShadowed(double v)
    {
        long ts_o = 2;
        double ts_x = 0.5;
        Tensor x = torch.tensor(new double[] { v, 1.0, -2.0, 3.0 }).reshape(1, 1, 4);
        return torch.nn.functional.lp_pool1d(x, 2, ts_o).sum().item<double>() + torch.nn.functional.normalize(x, 2, -1, ts_x).sum().item<double>() * 10;
    }

    [ScriptMethod] public double NarrowedAttribute(double v)
    {
        Tensor t = torch.tensor(v, dtype: ScalarType.Float64);
        if (offset is not null)
            t = t + offset;
        if (missing is not null)
            t = t * missing;
        return t.item<double>();
    }
}

/// <summary>A submodule whose script method is called with named arguments.</summary>
[ScriptClass]
public sealed partial class Differ : nn.Module<Tensor, Tensor>
{
    public Differ() : base(nameof(Differ)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x;

    private static readonly double Factor = 2.5;

    [ScriptMethod] public long Difference(long left, long right) => left * 10 - right;

    /// <summary>A static script method of another class reading that class's static readonly.</summary>
    [ScriptMethod] public static double Scaled(double v) => v * Factor;
}

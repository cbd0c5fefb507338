using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// One [ScriptMethod] per construct of the scriptable C# subset, each run eagerly and by libtorch after export
/// (LanguageSubsetTests). Every method takes a 4x4 float tensor <c>a</c> with values in (0.1, 1.1), and reads n = 3 from its shape
/// (TorchSharp's jit modules take only tensor arguments).
/// </summary>
[ScriptClass]
public partial class LanguageSubset
{
    private readonly Linear linear = nn.Linear(4, 4);
    private readonly ModuleList<Linear> stack = nn.ModuleList(nn.Linear(4, 4), nn.Linear(4, 4));
    private readonly Tensor offset = ones(4);
    [ScriptConstant] private readonly double scale = 0.5;
    [ScriptConstant] private readonly string label = "sub\"set\n";
    [ScriptConstant] private readonly (long, double) pair = (2, 1.5);
    private readonly long[] shape = { 2, 8 };
    private readonly double factor = 3.0;
    private static readonly double StaticFactor = 0.25;
    private const int Repeats = 2;

    public LanguageSubset() : base(nameof(LanguageSubset))
    {
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor a) => linear.forward(a);

    [ScriptMethod]
    public Tensor LocalsAndAssignments(Tensor a)
    {
        long n = a.shape[0] - 1;
        var x = a * 2;
        Tensor y = x + 1;
        x += y;
        x -= 0.5;
        x *= a;
        x /= 2;
        int i = 7;
        i += 3;
        i++;
        i -= 2;
        i--;
        long j = i * 2L;
        double d = j / 4.0;
        return x + d + i;
    }

    [ScriptMethod]
    public Tensor IntegerArithmeticTruncatesLikeCSharp(Tensor a)
    {
        long n = a.shape[0] - 1;
        long q1 = -7 / 2;          // -3 in C#, -4 with Python's //
        long q2 = (n - 10) / 4;    // computed at run time
        long r1 = (n - 10) % 4;    // -3 in C#, 1 with Python's %
        double f = 7.5 % 2;
        return a + q1 + q2 * 10 + r1 * 100 + f;
    }

    [ScriptMethod]
    public Tensor CollectionExpressions(Tensor a)
    {
        long[] dims = [4, 8];
        Tensor[] parts = [a, a * 2];
        List<double> empty = [];
        return cat(parts, 0).reshape(dims) + empty.Count;
    }

    [ScriptMethod]
    public Tensor Branches(Tensor a)
    {
        long n = a.shape[0] - 1;
        Tensor result;
        if (n > 5)
            result = a * 2;
        else if (n == 3 && a.dim() == 2)
            result = a * 3;
        else
            result = a * 4;
        var sign = n % 2 == 0 ? 1.0 : -1.0;
        bool flag = !(n < 0) || n > 100;
        return flag ? result * sign : result;
    }

    [ScriptMethod]
    public Tensor Loops(Tensor a)
    {
        long n = a.shape[0] - 1;
        var total = zeros_like(a);
        for (int i = 0; i < n; i++)
            total = total + a * i;
        for (long i = n; i >= 0; i -= 2)
            total = total - i;
        for (int i = 0; i < 10; i++)
        {
            if (i == 1)
                continue;
            if (i > 4)
                break;
            total = total + i;
        }
        int k = 0;
        while (k < 3)
        {
            k++;
            if (k == 2)
                continue;
            total = total * 1.5;
        }
        do
        {
            k--;
        }
        while (k > 0);
        foreach (var row in a.chunk(2))
            total = total + row.sum();
        foreach (long size in shape)
            total = total + size;
        foreach (var layer in stack)
            total = layer.forward(total);
        for (int i = 0; i < Repeats; i = i + 1)
            total = total + k;
        return total;
    }

    [ScriptMethod]
    public Tensor GeneralForLoop(Tensor a)
    {
        long n = a.shape[0] - 1;
        var x = a;
        int limit = 4;
        for (int i = 0; i < limit; i++)
        {
            limit--;           // the bound changes: this loop cannot be a range
            if (i == 0)
                continue;
            x = x + i;
        }
        return x;
    }

    [ScriptMethod]
    public Tensor Switch(Tensor a)
    {
        long n = a.shape[0] - 1;
        switch (n)
        {
            case 1:
            case 2:
                return a;
            case 3:
                a = a * 3;
                break;
            default:
                a = a * 10;
                break;
        }
        return a;
    }

    [ScriptMethod]
    public (Tensor, Tensor, long) TuplesAndDeconstruction(Tensor a)
    {
        long n = a.shape[0] - 1;
        var (top, bottom) = SplitRows(a);
        (Tensor, long) pairValue = (top, n);
        var maximum = a.max(1);
        return (pairValue.Item1 + bottom, maximum.values + maximum.indexes, pair.Item1 + pairValue.Item2);
    }

    private (Tensor, Tensor) SplitRows(Tensor t) => (t[TensorIndex.Slice(0, 2)], t[TensorIndex.Slice(2, 4)]);

    [ScriptMethod]
    public Tensor ListsAndDictionaries(Tensor a)
    {
        long n = a.shape[0] - 1;
        var list = new List<Tensor>();
        list.Add(a);
        list.Add(a * 2);
        Tensor[] array = { a, a + 1 };
        var dictionary = new Dictionary<string, Tensor>();
        dictionary["first"] = a;
        dictionary["second"] = array[1];
        long[] dims = { 4, 4 };
        var sum = list[0] + list[1] + array[0] + dictionary["second"];
        if (dictionary.ContainsKey("first") && list.Count == 2 && array.Length == 2)
            sum = sum.reshape(dims);
        return sum + torch.stack(list).sum(0) + torch.cat(array, 0).sum();
    }

    [ScriptMethod]
    public Tensor Indexing(Tensor a)
    {
        long n = a.shape[0] - 1;
        var rows = a[1..3];
        var column = a[TensorIndex.Colon, 2];
        var last = a[^1];
        var stepped = a[TensorIndex.Slice(0, 4, 2), TensorIndex.Ellipsis];
        var expanded = a[TensorIndex.None, TensorIndex.Colon, 1];
        var masked = a[a > 0.5];
        var picked = a[tensor(new long[] { 0, 2 })];
        var element = a[1, 2];
        var copy = a.clone();
        copy[0, 0] = tensor(5.0f);
        copy[TensorIndex.Slice(2, null)] = zeros(2, 4);
        return rows.sum() + column.sum() + last.sum() + stepped.sum() + expanded.sum() + masked.sum() + picked.sum() + element + copy.sum();
    }

    [ScriptMethod]
    public Tensor ShapesAndScalars(Tensor a)
    {
        long n = a.shape[0] - 1;
        long rows = a.shape[0];
        long columns = a.size(1);
        long dimensions = a.shape.Length;
        double first = a[0, 0].to(ScalarType.Float64).item<double>();
        float second = a[0, 1].item<float>();
        bool positive = (a[0, 2] > 0).item<bool>();
        long count = a.numel();
        return a * rows + columns + dimensions + first + second + (positive ? 1 : 0) + count;
    }

    [ScriptMethod]
    public Tensor MathOnScalars(Tensor a)
    {
        long n = a.shape[0] - 1;
        double x = Math.Sqrt(n) + Math.Exp(1.0) + Math.Log(n) + Math.Pow(2.0, n) + Math.Abs(-2.5) + Math.Floor(2.7);
        long m = Math.Max(n, 5) + Math.Min(n, 1) + Math.Abs(-n);
        return a * x + m + Math.PI + Math.Round(2.5) + Math.Tanh(0.3);
    }

    [ScriptMethod]
    public Tensor ConstantsAndAttributes(Tensor a)
    {
        long n = a.shape[0] - 1;
        var x = a * scale + factor + StaticFactor + pair.Item2;
        if (scale > 1.0)
            x = x * 100;
        if (label != "none")
            x = x + 1;
        return x.reshape(shape) + offset.sum();
    }

    [ScriptMethod]
    public Tensor OptionalsAndNulls(Tensor a)
    {
        long n = a.shape[0] - 1;
        Tensor? maybe = n > 2 ? a : null;
        Tensor? nothing = null;
        var x = a;
        if (maybe is not null)
            x = x + maybe;
        if (nothing is null)
            x = x * 2;
        if (maybe is not null && nothing is null)
            x = x + 1;
        return x + (maybe ?? a);
    }

    [ScriptMethod]
    public Tensor StaticHelpersAndTraining(Tensor a)
    {
        long n = a.shape[0] - 1;
        var x = Twice(a) + Scaled(a, n);
        return training ? x : x * 2;
    }

    [ScriptMethod]
    public static Tensor Twice(Tensor t) => t * 2;

    private static Tensor Scaled(Tensor t, long by) => t * by;

    [ScriptMethod]
    public Tensor MemoryIdioms(Tensor a)
    {
        long n = a.shape[0] - 1;
        using var scope = torch.NewDisposeScope();
        using var doubled = a * 2;
        Tensor result;
        using (torch.no_grad())
        {
            result = doubled + 1;
        }
        using (var inner = torch.NewDisposeScope())
        {
            result = inner.MoveToOuter(result * 2);
        }
        var kept = torch.WrappedTensorDisposeScope(() => result + a);
        return kept.alias().MoveToOuterDisposeScope().DetachFromDisposeScope();
    }

    [ScriptMethod]
    public Tensor GradModeWithEarlyReturn(Tensor a)
    {
        long n = a.shape[0] - 1;
        using var _ = torch.no_grad();
        if (n > 100)
            return a;
        for (int i = 0; i < 3; i++)
        {
            using (torch.enable_grad(false))
            {
                if (i == 1)
                    break;
                a = a + 1;
            }
        }
        return torch.is_grad_enabled() ? a * 100 : a;
    }

    [ScriptMethod]
    public Tensor ThrowsWhenInvalid(Tensor a)
    {
        long n = a.shape[0] - 1;
        if (n < 0)
            throw new ArgumentException($"n must not be negative, got {n}");
        if (a.dim() != 2)
            throw new InvalidOperationException("expected a matrix");
        return a;
    }

    [ScriptMethod]
    public Tensor StringsAndEscapes(Tensor a)
    {
        long n = a.shape[0] - 1;
        string text = "quote\" backslash\\ brace{} newline\n tab\t é";
        string built = $"{text}:{n}:{label}";
        return a + (built == text ? 1 : 0) + (built != text ? 2 : 0) + (text == "quote\" backslash\\ brace{} newline\n tab\t é" ? 4 : 0);
    }

    [ScriptMethod]
    public Tensor KeywordNamedLocals(Tensor a)
    {
        long n = a.shape[0] - 1;
        var @lambda = a;
        var @in = @lambda * 2;
        var torch = @in + 1;     // shadows the module name in C#: must not in TorchScript
        var self = torch * 3;
        return self + @in;
    }
}

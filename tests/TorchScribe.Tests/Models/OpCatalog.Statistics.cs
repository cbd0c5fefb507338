using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>The reduction, statistics, search and dtype-query rows (OpTable.Statistics.cs).</summary>
public partial class OpCatalog
{
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Reductions(Tensor a, Tensor b) => (a.aminmax().min, a.aminmax(1).max, a.aminmax(0, true).min, aminmax(a, -1).max, amax(a, new long[] { 1 }), amax(a, new long[] { 0 }, true), amin(a, new long[] { 0, 1 }));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Reductions2(Tensor a, Tensor b) => (argsort(a, 0, true), count_nonzero(a > b), count_nonzero(a > b, new long[] { 1 }), cummax(a, 1).values, a.cummin(0).indexes, cummin(a, 1).values, cumprod(a, 0, ScalarType.Float64));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Reductions3(Tensor a, Tensor b) => (a.logcumsumexp(1), logcumsumexp(a, 0), median(a), (a - 0.6).log().nanmedian(), nanmedian((a - 0.6).log()), (a - 0.6).log().nansum(), nansum(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Quantiles(Tensor a, Tensor b) => (a.quantile(tensor(new float[] { 0.25f, 0.5f })), a.quantile(tensor(0.3f), 1, true), quantile(a, tensor(0.9f), 0), (a - 0.6).log().nanquantile(tensor(0.5f)), a.nanquantile(tensor(new float[] { 0.1f }), 1), nanquantile(a, tensor(0.75f), -1, true), a.mode().values);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) OrderStatistics(Tensor a, Tensor b) => ((a * 4).round().mode(0, true).indices, mode((a * 4).round(), 1).values, a.kthvalue(2, null).values, a.kthvalue(3, 0, true).indices, kthvalue(a, 1, 1).values, a.msort(), msort(a.t()));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Moments(Tensor a, Tensor b) => (a.std_mean().std, a.std_mean(false).mean, a.std_mean(new long[] { 1 }, true, true).std, a.std_mean(0, false, false, ScalarType.Float64).mean, std_mean(a).std, std_mean(a, new long[] { 0 }).mean, a.var_mean().Item1);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) Moments2(Tensor a, Tensor b) => (a.var_mean(false).mean, a.var_mean(new long[] { 0, 1 }, false, true).Item1, a.var_mean(1).mean, var_mean(a, false).Item1, var_mean(a, new long[] { 1 }, true, true).mean);
    [ScriptMethod] public (Tensor, Tensor, Tensor) Histograms(Tensor a, Tensor b) => (a.histc(), a.histc(5, 0, 2), histc(a, 3));
    [ScriptMethod] public (Tensor, Tensor, Tensor) BinCounts(Tensor a, Tensor b) => ((a * 3).abs().@long().flatten().bincount(null), (a * 3).abs().@long().flatten().bincount(b.flatten(), 8), bincount((a * 2).abs().@long().flatten(), null, 3));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Searching(Tensor a, Tensor b) => (a.bucketize(tensor(new float[] { 0.3f, 0.6f, 0.9f })), a.bucketize(tensor(new float[] { 0.5f }), true, true), bucketize(a, tensor(new float[] { 0.2f, 0.4f }), false, true), searchsorted(tensor(new float[] { 0.3f, 0.6f, 0.9f }), a), searchsorted(b.sort(1).Values, a, true, true, null), a.isin(b), isin(a, a.flatten().narrow(0, 0, 5), false, true));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) DtypeQueries(Tensor a, Tensor b) => (tensor(a.is_integral() || is_integral(a.@long()) || is_integral(ScalarType.Int16)), tensor(is_floating_point(a) && is_floating_point(ScalarType.BFloat16) && !is_floating_point(ScalarType.Int64)), tensor(a.is_complex() || is_complex(a) || is_complex(ScalarType.ComplexFloat32)), tensor(is_quantized(ScalarType.QInt8) && !is_quantized(ScalarType.Float32)), equal(a, b));
    [ScriptMethod] public (Tensor, Tensor, Tensor) Flags2(Tensor a, Tensor b) => (tensor(a.is_neg() || a.is_conj() || is_conj(a)), tensor(a.is_contiguous() && !a.t().is_contiguous()), tensor(a[0, 0].is_nonzero() || is_nonzero(b[1, 1])));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) VectorStatistics(Tensor a, Tensor b) => (a.cov(), a.cov(0, null, b[0]), cov(a, 1, (b * 3).@long()[0].abs()), a.corrcoef(), corrcoef(b), a.dist(b), dist(a, b, 1.5f));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) VectorProducts(Tensor a, Tensor b) => (a[0].vdot(b[0]), vdot(a[1], b[1]), a.inner(b), inner(a[0], b[2]), a[0].ger(b[1]), ger(a[2], b[3]), a.tensordot(b, new long[] { 1 }, new long[] { 0 }));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Integrals(Tensor a, Tensor b) => (tensordot(a, b, new long[] { 0, 1 }, new long[] { 1, 0 }), a.trapezoid(), a.trapezoid(0.5, 0), a.trapezoid(b.cumsum(1), 1), trapezoid(a, 0.25), trapezoid(a, b.cumsum(0), 0), trapz(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Integrals2(Tensor a, Tensor b) => (trapz(a, b.cumsum(1)), a.cumulative_trapezoid(), a.cumulative_trapezoid(2, 0), a.cumulative_trapezoid(b.cumsum(1)), cumulative_trapezoid(a, 0.5), cumulative_trapezoid(a, b.cumsum(0), 0), a[0].vander());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) Vandermonde(Tensor a, Tensor b) => (a[1].vander(3, true), vander(a[2], 2), a.renorm(2, 0, 1), renorm(a, 1, 1, 0.5f));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Joining(Tensor a, Tensor b) => (cartesian_prod(new[] { a[0], b[0] }), combinations(a[0]), combinations(a[1], 3, true), meshgrid(new[] { a[0], b[1] })[1], meshgrid(new[] { a[0], b[1] }, "xy")[0], column_stack(new[] { a, b }), dstack(new[] { a, b }));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Joining2(Tensor a, Tensor b) => (hstack(new[] { a, b }), vstack(new[] { a, b }), row_stack(new[] { a, b }), concatenate(new[] { a, b }, 1), broadcast_tensors(a, b[0])[1], chain_matmul(a, b, a));

    /// <summary>searchsorted through a sorter (the indices that sort an unsorted sequence).</summary>
    [ScriptMethod] public Tensor SearchThroughSorter(Tensor a, Tensor b) => searchsorted(b[0], a, false, true, b[0].argsort());
}

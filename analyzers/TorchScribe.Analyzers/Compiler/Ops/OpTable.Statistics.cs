using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Reductions, statistics, searching and dtype queries past the basic set of <see cref="TensorMethods"/>, with
    /// TorchSharp's conventions: a dimension of -1 means "all of them" in aminmax and quantile, a null dimension means
    /// -1 in kthvalue, and std_mean/var_mean ignore the requested dtype.
    /// </summary>
    private static IEnumerable<OpRow> StatisticsOps()
    {
        // Reductions.
        yield return Row(Tensor, "aminmax", "[torch.aminmax({this}, dim=None if ts_d == -1 else ts_d, keepdim={keepdim}) for ts_d in [-1 if {dim} is None else {dim}]][0]");
        yield return Row(Torch, "aminmax", "[torch.aminmax({input}, dim=None if ts_d == -1 else ts_d, keepdim={keepdim}) for ts_d in [-1 if {dim} is None else {dim}]][0]");
        yield return Row(Torch, "amax", "torch.amax({input}, {dims})", signature: "Tensor, long[]");
        yield return Row(Torch, "amax", "torch.amax({input}, {dims}, {keepdim})", when: "out=null");
        yield return Row(Torch, "amin", "torch.amin({input}, {dims}, {keepdim})", when: "out=null");
        yield return Row(Torch, "argsort", "torch.argsort({input}, {dim}, {descending})");
        yield return Row(Torch, "count_nonzero", "torch.count_nonzero({input}, {dims|None})");
        yield return Row(Torch, "cummax", "torch.cummax({input}, {dim})");
        yield return Row(Tensor, "cummin", "torch.cummin({this}, {dim})");
        yield return Row(Torch, "cummin", "torch.cummin({input}, {dim})");
        yield return Row(Torch, "cumprod", "torch.cumprod({input}, {dim}, dtype={dtype})");
        yield return Row(Tensor, "logcumsumexp", "torch.logcumsumexp({this}, {dim})");
        yield return Row(Torch, "logcumsumexp", "torch.logcumsumexp({input}, {dim})");
        yield return Row(Torch, "median", "torch.median({input})");
        yield return Row(Tensor, "nanmedian", "torch.nanmedian({this})");
        yield return Row(Torch, "nanmedian", "torch.nanmedian({input})");
        yield return Row(Tensor, "nansum", "torch.nansum({this})");
        yield return Row(Torch, "nansum", "torch.nansum({input})");
        yield return Row(Tensor, "quantile", "torch.quantile({this}, {q}, None if {dim} == -1 else {dim}, {keepdim})");
        yield return Row(Torch, "quantile", "torch.quantile({input}, {q}, None if {dim} == -1 else {dim}, {keepdim})");
        yield return Row(Tensor, "nanquantile", "torch.nanquantile({this}, {q}, None if {dim} == -1 else {dim}, {keepdim})");
        yield return Row(Torch, "nanquantile", "torch.nanquantile({input}, {q}, None if {dim} == -1 else {dim}, {keepdim})");
        yield return Row(Tensor, "mode", "torch.mode({this}, {dim}, {keepdim})");
        yield return Row(Torch, "mode", "torch.mode({input}, {dim}, {keepdim})");
        yield return Row(Tensor, "kthvalue", "torch.kthvalue({this}, {k}, -1 if {dim} is None else {dim}, {keepdim})");
        yield return Row(Torch, "kthvalue", "torch.kthvalue({input}, {k}, -1 if {dim} is None else {dim}, {keepdim})");
        yield return Row(Tensor, "msort", "torch.msort({this})");
        yield return Row(Torch, "msort", "torch.msort({tensor})");
        yield return Row(Tensor, "std_mean", "torch.std_mean({this}, {unbiased})", signature: "bool");
        yield return Row(Tensor, "std_mean", "({type}, torch.std_mean({this}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "long[], bool, bool, ScalarType?");
        yield return Row(Tensor, "std_mean", "({type}, torch.std_mean({this}, [{dim}], {unbiased}, {keepdim}))[1]", signature: "long, bool, bool, ScalarType?");
        yield return Row(Torch, "std_mean", "torch.std_mean({input}, {unbiased})", signature: "Tensor, bool");
        yield return Row(Torch, "std_mean", "({type}, torch.std_mean({input}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "Tensor, long[], bool, bool, ScalarType?");
        yield return Row(Tensor, "var_mean", "torch.var_mean({this}, {unbiased})", signature: "bool");
        yield return Row(Tensor, "var_mean", "({type}, torch.var_mean({this}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "long[], bool, bool, ScalarType?");
        yield return Row(Tensor, "var_mean", "({type}, torch.var_mean({this}, [{dim}], {unbiased}, {keepdim}))[1]", signature: "long, bool, bool, ScalarType?");
        yield return Row(Torch, "var_mean", "torch.std_mean({input}, {unbiased})", signature: "Tensor, bool");   // TorchSharp: std_mean
        yield return Row(Torch, "var_mean", "({type}, torch.var_mean({input}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "Tensor, long[], bool, bool, ScalarType?");

        // Counting, searching and membership.
        yield return Row(Tensor, "histc", "torch.histc({this}, {bins}, {min}, {max})");
        yield return Row(Torch, "histc", "torch.histc({input}, {bins}, {min}, {max})");
        yield return Row(Tensor, "bincount", "torch.bincount({this}, {weights}, {minlength})");
        yield return Row(Torch, "bincount", "torch.bincount({input}, {weights}, {minlength})");
        yield return Row(Tensor, "bucketize", "torch.bucketize({this}, {boundaries}, out_int32={outInt32}, right={right})");
        yield return Row(Torch, "bucketize", "torch.bucketize({input}, {boundaries}, out_int32={outInt32}, right={right})");
        yield return Row(Torch, "searchsorted", "torch.searchsorted({sorted_sequence}, {values}, out_int32={out_int32}, right={right}, sorter={sorter})", signature: "Tensor, Tensor, bool, bool, Tensor");
        yield return Row(Tensor, "isin", "torch.isin({this}, {test_elements}, assume_unique={assumeUnique}, invert={invert})");
        yield return Row(Torch, "isin", "torch.isin({tensor}, {test_elements}, assume_unique={assumeUnique}, invert={invert})");
        yield return Row(Torch, "equal", "torch.eq({tensor}, {target})");   // TorchSharp: eq, elementwise

        // Dtype queries, as TorchSharp's lists of ScalarType values.
        yield return Row(Tensor, "is_integral", "({this}.dtype in [0, 1, 2, 3, 4, 11])");
        yield return Row(Torch, "is_integral", "({t}.dtype in [0, 1, 2, 3, 4, 11])");
        yield return Row(Torch, "is_integral", "({type} in [0, 1, 2, 3, 4, 11])", signature: "ScalarType");
        yield return Row(Torch, "is_floating_point", "torch.is_floating_point({input})", signature: "Tensor");
        yield return Row(Torch, "is_floating_point", "({type} in [5, 6, 7, 15])", signature: "ScalarType");
        yield return Row(Tensor, "is_complex", "torch.is_complex({this})");
        yield return Row(Torch, "is_complex", "torch.is_complex({input})", signature: "Tensor");
        yield return Row(Torch, "is_complex", "({type} in [9, 10])", signature: "ScalarType");
        yield return Row(Torch, "is_quantized", "({type} in [12, 13, 14])");
        yield return Row(Tensor, "is_nonzero", "torch.is_nonzero({this})");
        yield return Row(Torch, "is_nonzero", "torch.is_nonzero({input})");
        yield return Row(Tensor, "is_neg", "torch.is_neg({this})");
        yield return Row(Tensor, "is_conj", "torch.is_conj({this})");
        yield return Row(Torch, "is_conj", "torch.is_conj({input})");
        yield return Row(Tensor, "is_contiguous", "{this}.is_contiguous()");

        // Statistics over vectors and products.
        yield return Row(Tensor, "cov", "torch.cov({this}, correction={correction}, fweights={fweights}, aweights={aweights})");
        yield return Row(Torch, "cov", "torch.cov({input}, correction={correction}, fweights={fweights}, aweights={aweights})");
        yield return Row(Tensor, "corrcoef", "torch.corrcoef({this})");
        yield return Row(Torch, "corrcoef", "torch.corrcoef({input})");
        yield return Row(Tensor, "dist", "torch.dist({this}, {other}, {p})");
        yield return Row(Torch, "dist", "torch.dist({input}, {other}, {p})");
        yield return Row(Tensor, "vdot", "torch.vdot({this}, {target})");
        yield return Row(Torch, "vdot", "torch.vdot({input}, {target})");
        yield return Row(Tensor, "inner", "torch.inner({this}, {vec2})");
        yield return Row(Torch, "inner", "torch.inner({input}, {vec2})");
        yield return Row(Tensor, "ger", "torch.ger({this}, {vec2})");
        yield return Row(Torch, "ger", "torch.ger({input}, {vec2})");
        yield return Row(Tensor, "tensordot", "torch.tensordot({this}, {b}, {dims1}, {dims2})", signature: "Tensor, long[], long[]");
        yield return Row(Torch, "tensordot", "torch.tensordot({a}, {b}, {dims1}, {dims2})", signature: "Tensor, Tensor, long[], long[]");
        yield return Row(Tensor, "trapezoid", "torch.trapezoid({this}, dx={dx}, dim={dim})", signature: "double, long");
        yield return Row(Tensor, "trapezoid", "torch.trapezoid({this}, {x}, dim={dim})", signature: "Tensor, long");
        yield return Row(Torch, "trapezoid", "torch.trapezoid({y}, dx={dx}, dim={dim})", signature: "Tensor, double, long");
        yield return Row(Torch, "trapezoid", "torch.trapezoid({y}, {x}, dim={dim})", signature: "Tensor, Tensor, long");
        yield return Row(Torch, "trapz", "torch.trapezoid({y}, dx={dx}, dim={dim})", signature: "Tensor, double, long");
        yield return Row(Torch, "trapz", "torch.trapezoid({y}, {x}, dim={dim})", signature: "Tensor, Tensor, long");
        yield return Row(Tensor, "cumulative_trapezoid", "torch.cumulative_trapezoid({this}, dx={dx}, dim={dim})", signature: "double, long");
        yield return Row(Tensor, "cumulative_trapezoid", "torch.cumulative_trapezoid({this}, {x}, dim={dim})", signature: "Tensor, long");
        yield return Row(Torch, "cumulative_trapezoid", "torch.cumulative_trapezoid({y}, dx={dx}, dim={dim})", signature: "Tensor, double, long");
        yield return Row(Torch, "cumulative_trapezoid", "torch.cumulative_trapezoid({y}, {x}, dim={dim})", signature: "Tensor, Tensor, long");
        yield return Row(Tensor, "vander", "[torch.vander(ts_x, ts_x.size(0) if {N} == -1 else {N}, {increasing}) for ts_x in [{this}]][0]");
        yield return Row(Torch, "vander", "[torch.vander(ts_x, ts_x.size(0) if {N} == -1 else {N}, {increasing}) for ts_x in [{x}]][0]");
        yield return Row(Tensor, "renorm", "torch.renorm({this}, {p}, {dim}, {maxnorm})");
        yield return Row(Torch, "renorm", "torch.renorm({input}, {p}, {dim}, {maxnorm})");

        // Joining lists of tensors.
        yield return Row(Torch, "cartesian_prod", "torch.cartesian_prod({tensors})");
        yield return Row(Torch, "combinations", "torch.combinations({input}, {r}, {with_replacement})");
        yield return Row(Torch, "meshgrid", "torch.meshgrid({tensors}, indexing={indexing})");
        yield return Row(Torch, "column_stack", "torch.column_stack({tensors})");
        yield return Row(Torch, "dstack", "torch.dstack({tensors})");
        yield return Row(Torch, "hstack", "torch.hstack({tensors})");
        yield return Row(Torch, "vstack", "torch.vstack({tensors})");
        yield return Row(Torch, "row_stack", "torch.vstack({tensors})");
        yield return Row(Torch, "concatenate", "torch.cat({tensors}, {axis})");
        yield return Row(Torch, "broadcast_tensors", "torch.broadcast_tensors({tensors})");
        yield return Row(Torch, "chain_matmul", "torch.linalg_multi_dot({matrices})");   // TorchSharp: linalg.multi_dot
    }
}

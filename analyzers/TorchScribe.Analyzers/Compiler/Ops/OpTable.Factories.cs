using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Tensors made from another tensor's dtype (new_*, *_like), windows and index grids, and the layout and
    /// autograd queries of a tensor. Uninitialized tensors (empty) hold whatever memory held: only their shape and
    /// dtype are defined, in C# as in the export.
    /// </summary>
    private static IEnumerable<OpRow> FactoryOps()
    {
        const string Plain = "device=null;requires_grad=false";
        const string Named = "device=null;requires_grad=false;names=null";
        const string Rest = "ScalarType?, Device?, bool";

        // new_* take the receiver's dtype unless told otherwise, in TorchSharp as in aten.
        foreach (string op in new[] { "new_zeros", "new_ones", "new_empty" })
        {
            yield return Row(Tensor, op, $"{{this}}.{op}({{size:list}}, dtype={{dtype}})", when: Plain);
            yield return Row(Tensor, op, $"{{this}}.{op}([{{rows}}, {{columns}}], dtype={{dtype}})", when: Plain, signature: $"long, long, {Rest}");
            yield return Row(Tensor, op, $"{{this}}.{op}([{{dim0}}, {{dim1}}, {{dim2}}], dtype={{dtype}})", when: Plain, signature: $"long, long, long, {Rest}");
            yield return Row(Tensor, op, $"{{this}}.{op}([{{dim0}}, {{dim1}}, {{dim2}}, {{dim3}}], dtype={{dtype}})", when: Plain, signature: $"long, long, long, long, {Rest}");
        }
        yield return Row(Tensor, "new_full", "{this}.new_full({size:list}, {value}, dtype={dtype})", when: Plain);
        yield return Row(Tensor, "new_full", "{this}.new_full([{rows}, {columns}], {value}, dtype={dtype})", when: Plain, signature: $"long, long, Scalar, {Rest}");
        foreach (string n in new[] { "long", "int" })
        {
            yield return Row(Torch, "empty", "torch.empty([{rows}, {columns}], dtype={dtype})", when: Named, signature: $"{n}, {n}, {Rest}, string[]?");
            yield return Row(Torch, "empty", "torch.empty([{dim0}, {dim1}, {dim2}], dtype={dtype})", when: Named, signature: $"{n}, {n}, {n}, {Rest}, string[]?");
            yield return Row(Torch, "empty", "torch.empty([{dim0}, {dim1}, {dim2}, {dim3}], dtype={dtype})", when: Named, signature: $"{n}, {n}, {n}, {n}, {Rest}, string[]?");
        }
        yield return Row(Torch, "empty", "torch.empty({size:list}, dtype={dtype})", when: Named);
        yield return Row(Tensor, "empty_like", "torch.empty_like({this}, dtype={dtype})", when: Plain);
        yield return Row(Torch, "empty_like", "torch.empty_like({input}, dtype={dtype})", when: Named);
        yield return Row(Torch, "empty_strided", "torch.empty_strided({size}, {strides}, dtype={dtype})", when: Named);
        yield return Row(Torch, "as_tensor", "({data} if {dtype} is None else {data}.to({dtype}))", when: "device=null", signature: "Tensor, ScalarType?, Device?");

        // TorchSharp's factory methods on a tensor resize it and fill it (aten's out= variants).
        yield return Row(Tensor, "zeros", "torch.zeros({sizes}, out={this})");
        yield return Row(Tensor, "ones", "torch.ones({sizes}, out={this})");
        yield return Row(Tensor, "empty", "torch.empty({sizes}, out={this})");
        yield return Row(Tensor, "full", "torch.full({sizes}, {value}, out={this})", signature: "long[], Scalar", version: 5);
        yield return Row(Tensor, "eye", "torch.eye({rows}, {columns}, out={this})");
        yield return Row(Tensor, "arange_out", "torch.arange({start}, {stop}, {step}, out={this})");

        // Windows and index grids.
        foreach (string window in new[] { "bartlett_window", "blackman_window", "hann_window" })
            yield return Row(Torch, window, $"torch.{window}({{len}}, {{periodic}}, dtype={{dtype}})", when: Plain);
        yield return Row(Torch, "hamming_window", "torch.hamming_window({len}, {periodic}, {alpha}, {beta}, dtype={dtype})", when: Plain);
        yield return Row(Torch, "kaiser_window", "torch.kaiser_window({len}, {periodic}, {beta}, dtype={dtype})", when: Plain);
        yield return Row(Torch, "tril_indices", "torch.tril_indices({row}, {col}, {offset}, dtype={dtype})", when: "device=null");
        yield return Row(Torch, "triu_indices", "torch.triu_indices({row}, {col}, {offset}, dtype={dtype})", when: "device=null");
        yield return Row(Torch, "nonzero", "torch.nonzero({input})");

        // Dtype arithmetic.
        yield return Row(Torch, "can_cast", "torch.can_cast({from}, {to})");
        yield return Row(Torch, "promote_types", "torch.promote_types({type1}, {type2})");
        yield return Row(Torch, "result_type", "torch.result_type({tensor1}, {tensor2})");
        yield return Row(Tensor, "frexp", "torch.frexp({this})");
        yield return Row(Torch, "frexp", "torch.frexp({input})");

        // Layout, storage and autograd state.
        yield return Row(Tensor, "element_size", "{this}.element_size()");
        yield return Row(Tensor, "ElementSize", "{this}.element_size()");
        yield return Row(Tensor, "storage_offset", "{this}.storage_offset()");
        yield return Row(Tensor, "stride", "{this}.stride()", signature: "");
        yield return Row(Tensor, "stride", "{this}.stride({dim})", signature: "int");
        yield return Row(Tensor, "is_cpu", "{this}.is_cpu");
        yield return Row(Tensor, "is_cuda", "{this}.is_cuda");
        yield return Row(Tensor, "is_meta", "{this}.is_meta");
        yield return Row(Tensor, "is_sparse", "{this}.is_sparse");
        yield return Row(Tensor, "is_quantized", "{this}.is_quantized");
        yield return Row(Tensor, "is_leaf", "{this}.is_leaf");
        yield return Row(Tensor, "cpu", "{this}.cpu()");
        yield return Row(Tensor, "to_sparse", "{this}.to_sparse()", signature: "");
        yield return Row(Tensor, "to_sparse", "{this}.to_sparse({sparse_dim})", signature: "int");
        yield return Row(Tensor, "to_dense", "{this}.to_dense()");
        yield return Row(Torch, "sparse_coo_tensor", "torch.sparse_coo_tensor({indices}, {values}, {size}, dtype={dtype})", when: Named);
        yield return Row(Tensor, "nonzero_as_list", "[ts_n.chunk(ts_n.size(1), 1) for ts_n in [torch.nonzero({this})]][0]");   // TorchSharp: nonzero, one chunk per dimension
        yield return Row(Tensor, "SparseIndices", "{this}._indices()");
        yield return Row(Tensor, "SparseValues", "{this}._values()");
        yield return Row(Tensor, "requires_grad_", "{this}.requires_grad_({requires_grad})");
        yield return Row(Tensor, "with_requires_grad", "{this}.requires_grad_({requires_grad})");
        yield return Row(Tensor, "detach_", "{this}.detach_()");
        yield return Row(Tensor, "threshold_", "torch.threshold_({this}, {threshold}, {value})");
        yield return Row(Tensor, "gelu_", "torch.gelu_({this})", signature: "", version: 10);
        yield return Row(Tensor, "gelu_", "torch.gelu_({this}, approximate={approximate})", signature: "Approximate", version: 10);
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>The factory and tensor-state rows (OpTable.Factories.cs). Uninitialized tensors are compared by shape and
/// dtype only; queries that answer a number or a flag return it as a tensor.</summary>
public partial class OpCatalog
{
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) NewTensors(Tensor a, Tensor b) => (a.new_zeros(new long[] { 2, 3 }), a.new_zeros(3, ScalarType.Int64), a.new_zeros(2, 2), a.new_zeros(1, 2, 3), a.new_zeros(1, 1, 2, 2, ScalarType.Float64), a.new_ones(3), a.new_ones(2, 3, ScalarType.Int32));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) NewTensors2(Tensor a, Tensor b) => (a.new_ones(4, ScalarType.Float64), a.new_ones(1, 2, 2), a.new_ones(2, 1, 1, 2), a.new_full(new long[] { 2, 2 }, 1.5), a.new_full(3, 7, ScalarType.Int64), a.new_full(2, 3, -0.5), a.@long().new_full(2, 2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Uninitialized(Tensor a, Tensor b) => (tensor(a.new_empty(new long[] { 2, 3 }).shape), tensor(a.new_empty(4).shape), tensor(a.new_empty(2, 5).shape), tensor(a.new_empty(1, 2, 3, ScalarType.Float64).shape), tensor(a.new_empty(1, 1, 2, 3).shape), a.empty_like().zero_(), empty_like(b, ScalarType.Int64).fill_(3));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) Uninitialized2(Tensor a, Tensor b) => (tensor(empty_strided(new long[] { 2, 3 }, new long[] { 1, 2 }).stride()), as_tensor(a), as_tensor(a, ScalarType.Float64), as_tensor(a * 10, ScalarType.Int64), tensor(a.new_empty(3, ScalarType.Int32).dtype == ScalarType.Int32));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Windows(Tensor a, Tensor b) => (bartlett_window(5), blackman_window(6, false), hann_window(4, true, ScalarType.Float64), hamming_window(5), hamming_window(7, false, 0.5f, 0.25f), kaiser_window(6), kaiser_window(5, false, 3.5f, ScalarType.Float64));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) IndexGrids(Tensor a, Tensor b) => (tril_indices(3, 4), tril_indices(4, 3, -1), triu_indices(3, 3, 1, ScalarType.Int32), nonzero(a > b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) DtypeArithmetic(Tensor a, Tensor b) => (tensor(can_cast(ScalarType.Float32, ScalarType.Int64) || !can_cast(ScalarType.Int32, ScalarType.Float64)), a.to(promote_types(ScalarType.Int32, ScalarType.Float16)), a.to(result_type(a, b.@double())), a.frexp().Mantissa, frexp(b * 1000).Exponent);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TensorState(Tensor a, Tensor b) => (tensor(a.element_size() + a.@double().ElementSize), tensor(a.t().storage_offset() + a[1].storage_offset()), tensor(a.t().stride()), tensor(a.stride(0) + a.t().stride(1)), tensor(a.is_cpu() && !a.is_cuda && !a.is_meta && !a.is_sparse && !a.is_quantized()), tensor(a.is_leaf), a.cpu());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TensorState2(Tensor a, Tensor b) => (a.to_sparse().to_dense(), a.to_sparse(1).to_dense(), a.clone().requires_grad_(false), a.clone().detach_(), a.clone().threshold_(0.5, -1), tensor(a.to_sparse().is_sparse));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FillingInto(Tensor a, Tensor b) => (a.clone().zeros(new long[] { 2, 3 }), a.clone().ones(new long[] { 5 }), tensor(a.clone().empty(new long[] { 3, 2 }).shape), a.clone().full(new long[] { 2, 2 }, 2.5), a.@long().full(new long[] { 3 }, 7), a.clone().eye(2, 3), a.clone().arange_out(0, 16, 1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) EmptyTensors(Tensor a, Tensor b) => (tensor(empty(new long[] { 2, 3 }).shape), tensor(empty(4).shape), tensor(empty(2, 3, ScalarType.Float64).shape), tensor(empty(1, 2, 3).shape), tensor(empty(1, 1, 2, 2).shape), tensor(empty(2L, 3L).shape), tensor(empty(1L, 2L, 3L).shape));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) SparseParts(Tensor a, Tensor b) => (tensor(empty(1L, 1L, 2L, 2L).shape), (a > 0.5).to(ScalarType.Float32).to_sparse().SparseIndices, (a * (a > 0.5)).to_sparse().SparseValues, (a - 0.6).clone().gelu_(), (a - 0.6).clone().gelu_(GELU.Approximate.tanh));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) SparseTensors(Tensor a, Tensor b) => (sparse_coo_tensor(tensor(new long[] { 0, 1, 3, 2, 0, 3 }).reshape(2, 3), b[0].narrow(0, 0, 3), new long[] { 4, 4 }).to_dense(), (a > b).nonzero_as_list()[0], (a > b).nonzero_as_list()[1], a.clone().with_requires_grad(false));
}

using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScribe.Tests.Models;

/// <summary>
/// One [ScriptMethod] per op-table row (or several rows), each run eagerly in C# and, after export, by libtorch:
/// the proof that every row of the op table compiles in TorchScript and computes what TorchSharp computes.
/// Every method takes two 4x4 float32 tensors with values in (0.1, 1.1); other operands are derived from them.
/// In-place operations work on clones: the inputs are shared by all methods. Scalar results are returned as
/// tensors (torch.tensor of a long, double or bool), which the result comparison handles like any tensor.
/// </summary>
[ScriptClass]
public partial class OpCatalog
{
    [ScriptMethod]
    public Tensor Forward(Tensor a, Tensor b) => a;

    // ---- operators, one tuple element per overload: Tensor, Scalar, int, long, float, double operands
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Add(Tensor a, Tensor b) => (a + b, a + (Scalar)0.5, a + 2, a + 3L, a + 0.5f, a + 0.25);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) AddReversed(Tensor a, Tensor b) => ((Scalar)0.5 + a, 2 + a, 3L + a, 0.5f + a, 0.25 + a);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Subtract(Tensor a, Tensor b) => (a - b, a - (Scalar)0.5, a - 2, a - 3L, a - 0.5f, a - 0.25);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) SubtractReversed(Tensor a, Tensor b) => ((Scalar)0.5 - a, 2 - a, 3L - a, 0.5f - a, 0.25 - a);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Multiply(Tensor a, Tensor b) => (a * b, a * (Scalar)0.5, a * 2, a * 3L, a * 0.5f, a * 0.25);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) MultiplyReversed(Tensor a, Tensor b) => ((Scalar)0.5 * a, 2 * a, 3L * a, 0.5f * a, 0.25 * a);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Divide(Tensor a, Tensor b) => (a / b, a / (Scalar)0.3, a / 2, a / 3L, a / 0.3f, a / 0.7);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) DivideReversed(Tensor a, Tensor b) => ((Scalar)0.3 / a, 2 / a, 3L / a, 0.3f / a, 0.7 / a);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Modulus(Tensor a, Tensor b) => ((a * 10) % b, (a * 10) % (Scalar)0.3, (a * 10) % 2, (a * 10) % 3L, (a * 10) % 0.3f, (a * 10) % 0.7);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Bitwise(Tensor a, Tensor b) => (-a, ~(a > b), (a > b) & (a > 0.5), (a > b) | (a > 0.5), (a > b) ^ (a > 0.5), a == b, a == 0.5);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Equality(Tensor a, Tensor b) => (0.5 == a, a != b, a != 0.5, 0.5 != a, a < b, a < 0.5, 0.5 < a);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Ordering(Tensor a, Tensor b) => (a <= b, a <= 0.5, 0.5 <= a, a > b, a > 0.5, 0.5 > a, a >= b);
    [ScriptMethod] public (Tensor, Tensor) OrderingAtLeast(Tensor a, Tensor b) => (a >= 0.5, 0.5 >= a);

    // ---- TorchSharp memory idioms
    [ScriptMethod] public (Tensor, Tensor, Tensor) MemoryIdioms(Tensor a, Tensor b) => (a.alias(), (a + 1).MoveToOuterDisposeScope(), (a + 2).DetachFromDisposeScope());

    // ---- metadata and scalars
    [ScriptMethod] public Tensor Sizes(Tensor a, Tensor b) => tensor(a.size()[1] + a.size(0) + a.dim() + a.ndim + a.Dimensions + a.numel() + a.NumberOfElements + numel(b));
    [ScriptMethod] public Tensor ShapeAndType(Tensor a, Tensor b) => b.reshape(a.shape).to(a.dtype);
    [ScriptMethod] public Tensor Flags(Tensor a, Tensor b) => tensor(a.requires_grad || a.is_floating_point());
    [ScriptMethod] public Tensor Items(Tensor a, Tensor b) => tensor(a.sum().item<float>() + a.mean().ToDouble() + a.max().ToSingle());
    [ScriptMethod] public Tensor ItemLong(Tensor a, Tensor b) => tensor(a.argmax().ToInt64() + a.argmin().ToInt32());
    [ScriptMethod] public Tensor ItemBool(Tensor a, Tensor b) => tensor((a > 0.5).any().ToBoolean());

    // ---- elementwise math
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Unary(Tensor a, Tensor b) => (a.abs(), a.neg(), a.exp(), a.exp2(), a.expm1(), a.log(), a.log2());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Unary2(Tensor a, Tensor b) => (a.log10(), a.log1p(), a.sqrt(), a.rsqrt(), a.square(), a.reciprocal(), (a - 0.6).sign());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Rounding(Tensor a, Tensor b) => ((a * 10).floor(), (a * 10).ceil(), (a * 10).round(), (a * 10).round(1), (a * 10).trunc(), (a * 10).frac(), a.erf());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Trigonometry(Tensor a, Tensor b) => (a.sin(), a.cos(), a.tan(), (a - 0.6).asin(), (a - 0.6).acos(), a.atan(), a.sinh());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Binary(Tensor a, Tensor b) => (a.cosh(), a.tanh(), a.atan2(b), a.pow(b), a.pow(2), a.hypot(b), a.xlogy(b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Ternary(Tensor a, Tensor b) => (a.lerp(b, a), a.addcmul(a, b, 0.5), a.addcdiv(a, b, 2), a.addcdiv(a, b), a.maximum(b), a.minimum(b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Clamps(Tensor a, Tensor b) => (a.clamp(0.3, 0.8), a.clamp(min: 0.3), a.clamp(b * 0.5, b), a.clip(0.2, 0.9), a.clamp_min(0.5), a.clamp_max(0.5));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Arithmetic(Tensor a, Tensor b) => (a.add(b), a.add(b, 2), a.add(1.5), a.add(1.5, 2), a.sub(b), a.sub(0.5), a.mul(b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Division(Tensor a, Tensor b) => (a.div(b), a.div(2), (a * 10).div(b, RoundingMode.trunc), (a * 10).div(3, RoundingMode.floor), a.remainder(b), (a * 10).remainder(3), a.fmod(b));
    [ScriptMethod] public Tensor FmodScalar(Tensor a, Tensor b) => (a * 10).fmod(3) + a.mul(3);

    // ---- comparisons and logic
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Compare(Tensor a, Tensor b) => (a.eq(b), a.equal(a), a.ne(0.5), a.lt(b), a.le(0.5), a.gt(b), a.ge(b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Logic(Tensor a, Tensor b) => ((a > 0.5).logical_and(b > 0.5), (a > 0.5).logical_or(b > 0.5), (a > 0.5).logical_xor(b > 0.5), (a > 0.5).logical_not(), a.log().isnan(), a.isinf(), a.isfinite());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) Selection(Tensor a, Tensor b) => (a.isclose(b, 0.5, 0.1), a.where(a > b, b), a.masked_fill(a > 0.5, -1), a.masked_fill(a > 0.5, 2.5));
    [ScriptMethod] public Tensor AllClose(Tensor a, Tensor b) => tensor(a.allclose(a + 1e-9) && !a.allclose(b, 0.1) && allclose(a, a * 1.0000001));

    // ---- activations (tensor methods)
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Activations(Tensor a, Tensor b) => ((a - 0.6).relu(), (a * 10 - 3).relu6(), a.sigmoid(), a.silu(), (a - 0.6).gelu(), (a - 0.6).gelu(GELU.Approximate.tanh), (a - 0.6).elu(0.5));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Activations2(Tensor a, Tensor b) => ((a - 0.6).elu(0.5, 2, 1.5), (a - 0.6).celu(), (a - 0.6).celu(0.5), (a - 0.6).selu(), (a - 0.6).leaky_relu(0.1), a.softplus(2, 1), (a * 6 - 3).hardsigmoid());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Activations3(Tensor a, Tensor b) => ((a * 6 - 3).hardswish(), a.log_sigmoid(), a.glu(1), a.threshold(0.5, -1), (a - 0.6).prelu(b[0].narrow(0, 0, 1)), a.softmax(1), a.log_softmax(0, ScalarType.Float64));

    // ---- reductions
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Sums(Tensor a, Tensor b) => (a.sum(), a.sum(ScalarType.Float64), a.sum(1), a.sum(0, true), a.sum(new long[] { 0, 1 }), a.reshape(2, 2, 4).sum(0, 2, true), a.mean());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) MeansAndProducts(Tensor a, Tensor b) => (a.mean(new long[] { 1 }), a.mean(new long[] { 0 }, true, ScalarType.Float64), a.prod(), a.prod(ScalarType.Float64), a.prod(1, true));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) MaxMin(Tensor a, Tensor b) => (a.max(), a.max(b), a.max(1).values, a.max(0, true).indexes, a.min(), a.min(b));
    [ScriptMethod] public (Tensor, Tensor) MinAlongDim(Tensor a, Tensor b) => a.min(1);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Extremes(Tensor a, Tensor b) => (a.amax(1), a.amax(new long[] { 0 }, true), a.amin(0, 1), a.amin(new long[] { 1 }, true), a.argmax(), a.argmax(1, true), a.argmin());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Spread(Tensor a, Tensor b) => (a.argmin(0), a.std(), a.std(false), a.std(1), a.std(new long[] { 0 }, false, true), a.var(false), a.var(0, false));
    [ScriptMethod] public Tensor VarAlongDimensions(Tensor a, Tensor b) => a.var(new long[] { 1 }, true, true);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Norms(Tensor a, Tensor b) => (a.median(), a.norm(), a.norm(1), a.norm(1, true, 1), (a > 0.5).all(), (a > 0.5).all(1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Accumulate(Tensor a, Tensor b) => ((a > 0.5).any(), (a > 0.5).any(0, true), a.logsumexp(1), a.cumsum(1), a.cumsum(0, ScalarType.Float64), a.cumprod(1), (a > 0.5).count_nonzero());
    [ScriptMethod] public (Tensor, Tensor, Tensor) CountAndCummax(Tensor a, Tensor b) => ((a > 0.5).count_nonzero(new long[] { 1 }), a.cummax(0).values, a.cummax(1).indexes);

    // ---- sorting
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) Sorting(Tensor a, Tensor b) => (a.sort().Values, a.sort(0, true).Indices, a.argsort(), a.topk(2).values, a.topk(2, 0, false).indexes);

    // ---- shapes and views
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Shapes(Tensor a, Tensor b) => (a.reshape(2, 8), a.view(-1), a.view_as(b), a.reshape(2, 2, 4).flatten(), a.reshape(2, 2, 4).flatten(1), a.unflatten(1, 2, 2), a.unsqueeze(0));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Squeezes(Tensor a, Tensor b) => (a.unsqueeze(1).squeeze(), a.unsqueeze(0).squeeze(0), a.transpose(0, 1), a.swapaxes(1, 0), a.t(), a.reshape(2, 2, 4).T, a.reshape(2, 2, 4).mT);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Layouts(Tensor a, Tensor b) => (a.reshape(2, 2, 4).permute(2, 0, 1), a.reshape(2, 2, 4).movedim(new long[] { 0 }, new long[] { 2 }), a.t().contiguous(), a.narrow(0, 0, 1).expand(3, 4), a.narrow(0, 0, 1).expand(new long[] { 2, 4 }, false), a.narrow(1, 0, 1).expand_as(b), a.repeat(2, 1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Reorder(Tensor a, Tensor b) => (a.tile(new long[] { 1, 2 }), a.flip(0), a.flip(0, 1), a.roll(1), a.roll(1, 0), a.roll(new long[] { 1, 2 }, new long[] { 0, 1 }), a.roll(new long[] { 2 }));
    [ScriptMethod] public (Tensor, Tensor, Tensor) SliceAndZero(Tensor a, Tensor b)
    {
        Tensor c = b.clone();
        c.slice(1, 1, 3, 1).zero_();
        return (a.slice(1, 0, 4, 2), a.slice(-1, -3, 100, 1), c);
    }

    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Slicing(Tensor a, Tensor b) => (a.narrow(1, 1, 2), a.select(0, 2), a.chunk(2)[1], a.chunk(3, 1)[1], a.split(3)[1], a.split(new long[] { 1, 3 }, 1)[1], a.split(new long[] { 1, 3 })[0]);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Triangles(Tensor a, Tensor b) => (a.unbind()[2], a.unbind(1)[0], a.tril(), a.triu(1), a.diag(), a.diagonal(1), a.trace());
    [ScriptMethod] public Tensor Diag1D(Tensor a, Tensor b) => a.diag().diag(-1) + a.diagonal(0, 1, 0).sum();

    // ---- indexing
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Indexing(Tensor a, Tensor b) => (a.index_select(0, b.argmax(1)), a.gather(1, b.argsort(1)), a.scatter(1, b.argsort(1), b), a.scatter_add(0, b.argmin(0).unsqueeze(0), b), a.index_add(0, b.argmax(1), b, 2), a.index_fill(1, b.argmax(0), -1), a.take(b.argmax(1)));
    [ScriptMethod] public (Tensor, Tensor) Masks(Tensor a, Tensor b) => (a.masked_select(a > b), (a > b).nonzero());

    // ---- types and copies
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Conversions(Tensor a, Tensor b) => (a.to(ScalarType.Float64), a.to(ScalarType.Int32, true), a.to_type(ScalarType.Float16), a.type(ScalarType.Int64), (a * 10).to(ScalarType.Int64).type_as(b), a.@float(), a.@double());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Conversions2(Tensor a, Tensor b) => (a.half(), (a * 10).@long(), (a * 10).@int(), (a * 10).@short(), (a * 10).@byte(), (a - 0.6).@bool(), a.detach());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Copies(Tensor a, Tensor b) => (a.clone(), a.zeros_like(), a.ones_like(ScalarType.Int64), a.full_like(3), a.full_like(2.5, ScalarType.Float64), a.@long().full_like(7));

    // ---- linear algebra
    [ScriptMethod] public Tensor MatMul(Tensor a, Tensor b) => matmul(a, b) + mm(a, b) + a.matmul(b) + a.mm(b);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Products(Tensor a, Tensor b) => (a.unsqueeze(0).bmm(b.unsqueeze(0)), a.mv(b[0]), a[0].dot(b[1]), a[0].outer(b[1]), a.narrow(0, 0, 2).kron(b.narrow(0, 0, 2)), a.addmm(a, b), a.addmm(a, b, 0.5f, 2));
    [ScriptMethod] public (Tensor, Tensor) BatchAddMatMul(Tensor a, Tensor b) => (a.unsqueeze(0).baddbmm(b.unsqueeze(0), (a * 2).unsqueeze(0)), a.unsqueeze(0).baddbmm(b.unsqueeze(0), (a * 2).unsqueeze(0), 0.5f, 2));

    // ---- in place (on clones)
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) InPlace(Tensor a, Tensor b) => (a.clone().add_(b), a.clone().add_(b, 2), a.clone().add_(1.5), a.clone().sub_(b), a.clone().mul_(b), a.clone().div_(b), a.clone().pow_(2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) InPlace2(Tensor a, Tensor b) => (a.clone().neg_(), a.clone().neg_().abs_(), a.clone().exp_(), a.clone().log_(), a.clone().sqrt_(), a.clone().sigmoid_(), a.clone().tanh_());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) InPlace3(Tensor a, Tensor b) => ((a - 0.6).relu_(), (a * 10 - 3).relu6_(), (a - 0.6).silu_(), (a - 0.6).hardtanh_(-0.2, 0.3), (a - 0.6).leaky_relu_(0.1), (a - 0.6).elu_(0.5), a.clone().clamp_(0.3, 0.8));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) InPlace4(Tensor a, Tensor b) => (a.clone().clamp_min_(0.5), a.clone().clamp_max_(0.5), a.clone().masked_fill_(a > b, 0), a.clone().fill_(2), a.clone().zero_(), a.clone().copy_(b), a.clone().unsqueeze_(0));
    [ScriptMethod] public (Tensor, Tensor, Tensor) InPlace5(Tensor a, Tensor b) => (a.clone().transpose_(0, 1), a.clone().tril_(), a.clone().triu_(-1));
    [ScriptMethod] public Tensor ZeroIsNotInPlace(Tensor a, Tensor b) => a.@long().zero_() + a;

    // ---- torch factories
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Factories(Tensor a, Tensor b) => (zeros(new long[] { 2, 3 }), zeros(3), zeros(2, 3, ScalarType.Int64), zeros(2, 2, 2), ones(4), ones(2, 3, ScalarType.Float64), full(new long[] { 2, 2 }, 3));
    [ScriptMethod] public Tensor FullOfBools(Tensor a, Tensor b) => full(2, true) + full(new long[] { 1 }, false);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Factories2(Tensor a, Tensor b) => (full(2, 3, 1.5), full(3, 2.5, ScalarType.Float64), zeros_like(a), ones_like(a, ScalarType.Int32), full_like(a, 4), eye(3), eye(2, 3, ScalarType.Int64));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Ranges(Tensor a, Tensor b) => (arange(0, 10, 2), arange(0.5, 2.5, 0.25), arange(1, 5), arange(5), arange(4, ScalarType.Float32), linspace(0, 1, 5));
    [ScriptMethod] public Tensor LogSpace(Tensor a, Tensor b) => logspace(0, 2, 3) + linspace(-1, 1, 3, ScalarType.Float64);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Literals(Tensor a, Tensor b) => (tensor(new float[] { 0.1f, 0.2f, 0.3f }), tensor(new float[] { 0.1f, 2 }, ScalarType.Float64), tensor(new double[] { 0.1, 0.2 }), tensor(new long[] { 1, 2, 3 }), tensor(new int[] { 4, 5 }), tensor(new bool[] { true, false }));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) ScalarLiterals(Tensor a, Tensor b) => (tensor(0.1), tensor(3L), tensor(true), tensor(0.1f), tensor(7));

    // ---- torch functions
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Joins(Tensor a, Tensor b) => (cat(new[] { a, b }), cat(new List<Tensor> { a, b }, 1), concat(new[] { a, b }, 1), stack(new[] { a, b }), stack(new List<Tensor> { a, b }, 2), chunk(a, 2, 1)[0], split(a, new long[] { 3, 1 })[0]);
    [ScriptMethod] public (Tensor, Tensor, Tensor) WhereAndEinsum(Tensor a, Tensor b) => (where(a > b, a, b), einsum("ij,jk->ik", a, b), einsum("ii", a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchUnary(Tensor a, Tensor b) => (abs(a), neg(a), exp(a), exp2(a), log(a), log1p(a), sqrt(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchUnary2(Tensor a, Tensor b) => (rsqrt(a), square(a), reciprocal(a), floor(a * 10), ceil(a * 10), round(a * 10), round(a, 2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchUnary3(Tensor a, Tensor b) => (trunc(a * 10), sign(a - 0.6), erf(a), sin(a), cos(a), tanh(a), sigmoid(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchBinary(Tensor a, Tensor b) => (atan2(a, b), pow(a, b), pow(a, 3), lerp(a, b, a), addcmul(a, a, b, 2), clamp(a, 0.2, 0.7), clamp(a, b * 0.5, b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchBinary2(Tensor a, Tensor b) => (clamp_min(a, 0.5), clamp_max(a, 0.5), maximum(a, b), minimum(a, b), add(a, b), add(a, 2), add(a, b, 3));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchBinary3(Tensor a, Tensor b) => (sub(a, b), sub(a, 1), mul(a, b), mul(a, 3), div(a, b), div(a, 4), remainder(a * 10, b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchCompare(Tensor a, Tensor b) => (fmod(a * 10, 3), eq(a, b), ne(a, b), lt(a, b), le(a, b), gt(a, b), ge(a, b));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) TorchLogic(Tensor a, Tensor b) => (logical_not(a > b), isclose(a, b, 0.5, 0.1), softmax(a, 1), softmax(a, 0, ScalarType.Float64));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchReductions(Tensor a, Tensor b) => (sum(a), sum(a, ScalarType.Float64), sum(a, 1), sum(a, 0, true), mean(a), mean(a, new long[] { 1 }, true), prod(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchExtremes(Tensor a, Tensor b) => (max(a), max(a, b), max(a, 1).values, min(a), min(a, b), min(a, 0, true).indexes, argmax(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchSpread(Tensor a, Tensor b) => (argmax(a, 1), argmin(a), argmin(a, 0, true), std(a), std(a, false), std(a, 1), std(a, new long[] { 0, 1 }, false, true));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchNorms(Tensor a, Tensor b) => (var(a, false), var(a, 0), var(a, new long[] { 1 }, false), norm(a), norm(a, 1.5f), norm(a, 1, true, 3), all(a > 0.5));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchAccumulate(Tensor a, Tensor b) => (all(a > 0.5, 1), any(a > 0.5), any(a > 0.5, 0, true), logsumexp(a, 0), cumsum(a, 1), sort(a).values, topk(a, 2, 0).indices);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchShapes(Tensor a, Tensor b) => (reshape(a, 8, 2), flatten(a), squeeze(unsqueeze(a, 0)), squeeze(unsqueeze(a, 2), 2), transpose(a, 0, 1), t(a), permute(a, 1, 0));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchReorder(Tensor a, Tensor b) => (flip(a, 1), roll(a, 3), roll(a, 1, 1), roll(a, new long[] { 1, 1 }, new long[] { 0, 1 }), narrow(a, 1, 2, 2), gather(a, 0, b.argsort(0)), gather(a, 1, b.argsort(1), false));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) TorchTriangles(Tensor a, Tensor b) => (index_select(a, 1, b.argmax(0)), tril(a, -1), triu(a), diag(a, 1), trace(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) TorchProducts(Tensor a, Tensor b) => (bmm(a.unsqueeze(0), b.unsqueeze(0)), addmm(a, a, b, 0.5f, 1.5f), baddbmm(a.unsqueeze(0), b.unsqueeze(0), a.unsqueeze(0), 2, 0.5f), outer(a[0], b[0]), dot(a[1], b[1]), kron(a, b), cdist(a, b));

    // ---- nn.functional: activations
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalActivations(Tensor a, Tensor b) => (F.relu(a - 0.6), F.relu(a - 0.6, inplace: true), F.relu6(a * 10 - 3), F.leaky_relu(a - 0.6, 0.2), F.leaky_relu(a - 0.6, 0.2, true), F.elu(a - 0.6, 0.7), F.elu(a - 0.6, 0.7, true));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalActivations2(Tensor a, Tensor b) => (F.celu(a - 0.6, 0.5), F.selu(a - 0.6), F.gelu(a - 0.6), F.gelu(a - 0.6, false), F.gelu(a - 0.6, GELU.Approximate.tanh), F.silu(a - 0.6), F.silu(a - 0.6, true));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalActivations3(Tensor a, Tensor b) => (F.mish(a - 0.6), F.hardswish(a * 6 - 3), F.hardsigmoid(a * 6 - 3), F.sigmoid(a), F.sigmoid(a, false), F.sigmoid(a.clone(), true), F.tanh(a));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalActivations4(Tensor a, Tensor b) => (F.tanh(a.clone(), true), F.softplus(a, 2, 1), F.logsigmoid(a), F.softsign(a - 0.6), F.tanhshrink(a - 0.6), F.hardtanh(a - 0.6, -0.2, 0.3, true), F.threshold(a, 0.5, -2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalActivations5(Tensor a, Tensor b) => (F.hardshrink(a - 0.6, 0.2), F.softshrink(a - 0.6, 0.2), F.glu(a, 0), F.prelu(a - 0.6, b[0].narrow(0, 0, 1)), F.softmax(a, 1), F.log_softmax(a, 0), F.softmin(a, 1));
    [ScriptMethod] public (Tensor, Tensor) FunctionalDropout(Tensor a, Tensor b) => (F.dropout(a, 0.5, training: false), F.dropout(a.clone(), 0.3, false, true));

    // ---- nn.functional: layers and normalization
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) FunctionalLinear(Tensor a, Tensor b) => (F.linear(a, b), F.linear(a, b, b[0]), F.bilinear(a, b, b.reshape(1, 4, 4)), F.bilinear(a, b, b.reshape(1, 4, 4), b[0].narrow(0, 0, 1)));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) FunctionalNorms(Tensor a, Tensor b) => (F.layer_norm(a, new long[] { 4 }), F.layer_norm(a, new long[] { 4 }, b[0], b[1], 1e-3), F.group_norm(a.reshape(2, 4, 2), 2), F.group_norm(a.reshape(2, 4, 2), 2, b[0], b[1], 1e-3));
    [ScriptMethod] public (Tensor, Tensor) FunctionalBatchNorm(Tensor a, Tensor b) => (F.batch_norm(a, b[0], b[1] + 0.5, b[2], b[3]), F.batch_norm(a, null, null, b[2], b[3], true, 0.2, 1e-3));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalDistances(Tensor a, Tensor b) => (F.normalize(a), F.normalize(a, 1, 0, 1e-3), F.cosine_similarity(a, b), F.cosine_similarity(a, b, 0, 1e-6), F.pairwise_distance(a, b, 3, 1e-3, true));
    [ScriptMethod] public (Tensor, Tensor) FunctionalOneHot(Tensor a, Tensor b) => (F.one_hot(a.argmax(1)), F.one_hot(a.argmax(1), 6));

    // ---- nn.functional: convolution, pooling, padding
    [ScriptMethod] public (Tensor, Tensor, Tensor) FunctionalConv1d(Tensor a, Tensor b) => (F.conv1d(a.unsqueeze(0), b.narrow(1, 0, 2).reshape(2, 4, 1)), F.conv1d(a.reshape(1, 4, 4), b.reshape(2, 2, 4).narrow(2, 0, 2), b[0].narrow(0, 0, 2), 2, 1, 1, 2), F.conv1d(a.reshape(1, 2, 8), b.narrow(0, 0, 2).reshape(2, 2, 2), null, 1, 2, 2));
    [ScriptMethod] public (Tensor, Tensor, Tensor) FunctionalConv2d(Tensor a, Tensor b) => (F.conv2d(a.reshape(1, 1, 4, 4), b.narrow(0, 0, 2).narrow(1, 0, 2).reshape(1, 1, 2, 2)), F.conv2d(a.reshape(1, 1, 4, 4), b.reshape(2, 1, 2, 4).narrow(3, 0, 2), b[0].narrow(0, 0, 2), new long[] { 2, 1 }, new long[] { 1, 1 }, new long[] { 1, 2 }), F.conv2d(a.reshape(1, 4, 2, 2), b.reshape(4, 2, 2, 1).narrow(1, 0, 1), null, null, null, null, 4));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalPooling(Tensor a, Tensor b) => (F.max_pool1d(a.unsqueeze(0), 2), F.max_pool1d(a.unsqueeze(0), 3, 1, 1, 1, true), F.max_pool2d(a.reshape(1, 1, 4, 4), new long[] { 2, 2 }), F.max_pool2d(a.reshape(1, 1, 4, 4), new long[] { 3, 2 }, new long[] { 1, 2 }, new long[] { 1, 0 }, new long[] { 1, 1 }, true), F.max_pool2d(a.reshape(1, 1, 4, 4), 2), F.max_pool2d(a.reshape(1, 1, 4, 4), 3, 2, 1, 1, true), F.avg_pool1d(a.unsqueeze(0), 2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalPooling2(Tensor a, Tensor b) => (F.avg_pool1d(a.unsqueeze(0), 3, 1, 1, true, false), F.avg_pool2d(a.reshape(1, 1, 4, 4), new long[] { 2, 2 }), F.avg_pool2d(a.reshape(1, 1, 4, 4), new long[] { 3, 3 }, new long[] { 1, 1 }, new long[] { 1, 1 }, false, false, 2), F.avg_pool2d(a.reshape(1, 1, 4, 4), 2), F.avg_pool2d(a.reshape(1, 1, 4, 4), 3, 1, 1, true, true), F.adaptive_avg_pool1d(a.unsqueeze(0), 3), F.adaptive_avg_pool2d(a.reshape(1, 1, 4, 4), new long[] { 3, 2 }));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) FunctionalReshaping(Tensor a, Tensor b) => (F.adaptive_avg_pool2d(a.reshape(1, 1, 4, 4), 3), F.pixel_shuffle(a.reshape(1, 4, 2, 2), 2), F.pad(a, new long[] { 1, 2 }), F.pad(a, new long[] { 1, 1, 0, 2 }, PaddingModes.Constant, -1.5));

    // ---- nn.functional: losses
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalLosses(Tensor a, Tensor b) => (F.mse_loss(a, b), F.mse_loss(a, b, nn.Reduction.Sum), F.l1_loss(a, b, nn.Reduction.None), F.smooth_l1_loss(a, b * 3, nn.Reduction.Mean, 0.5), F.huber_loss(a, b * 3, 0.5, nn.Reduction.Sum), F.kl_div(a.log(), b.log()), F.kl_div(a.log_softmax(1), b.softmax(1), false, nn.Reduction.Sum));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) FunctionalClassification(Tensor a, Tensor b) => (F.cross_entropy(a, b.argmax(1)), F.cross_entropy(a, b.argmax(1), b[0], 2, nn.Reduction.Sum, 0.1), F.nll_loss(a.log_softmax(1), b.argmax(1)), F.nll_loss(a.log_softmax(1), b.argmax(1), b[0], nn.Reduction.None), F.binary_cross_entropy(a.sigmoid(), b * 0.5), F.binary_cross_entropy_with_logits(a - 0.6, b * 0.5), F.binary_cross_entropy_with_logits(a - 0.6, b * 0.5, b[0], nn.Reduction.Sum, b[1]));

    // ---- System.Math
    [ScriptMethod] public Tensor MathFunctions(Tensor a, Tensor b)
    {
        double x = (double)a.sum();
        double y = (double)b.mean();
        return tensor(Math.Sqrt(x) + Math.Exp(y) + Math.Log(x) + Math.Log(x, 3) + Math.Log10(x) + Math.Pow(x, y));
    }

    [ScriptMethod] public Tensor MathRounding(Tensor a, Tensor b)
    {
        double x = (double)a.sum() - 9;
        return tensor(Math.Abs(x) + Math.Floor(x) * 3 + Math.Ceiling(x) * 5 + Math.Truncate(-x) * 7 + Math.Round(x) * 11 + Math.Round(2.5) + Math.Round(-0.5));
    }

    [ScriptMethod] public Tensor MathIntegers(Tensor a, Tensor b)
    {
        long n = a.argmax().ToInt64() - 7;
        int i = (int)n;
        return tensor(Math.Abs(n) + Math.Max(n, 2) * 10 + Math.Min(n, 2) * 100 + Math.Clamp(n, -3, 3) * 1000 + Math.Max(i, 1) + Math.Min(i, -20) + Math.Clamp(i, -5, 5) * 7);
    }

    [ScriptMethod] public Tensor MathSinglePrecision(Tensor a, Tensor b)
    {
        float f = (float)a.sum() - 9.5f;
        float g = (float)b.mean();
        int n = (int)f;
        return tensor(MathF.Sqrt(g) + MathF.Abs(f) * 2 + MathF.Max(f, g) * 3 + MathF.Min(f, g) * 5 + MathF.Floor(f) * 7 + MathF.Ceiling(f) * 11
            + MathF.Truncate(f) * 13 + MathF.Round(f) * 31 + MathF.CopySign(f, -g) * 37 + Math.Abs(f) * 17 + Math.Max(f, g) * 19 + Math.Min(f, g) * 23 + Math.Abs(n) * 29);
    }

    [ScriptMethod] public Tensor MathMinMaxDouble(Tensor a, Tensor b)
    {
        double x = (double)a.sum() - 9;
        double y = (double)b.mean();
        return tensor(Math.Max(x, y) + Math.Min(x, y) * 3 + Math.Clamp(x, -1.0, y) * 5 + Math.Max(-0.0, 0.0) + Math.Min(0.0, -0.0));
    }

    [ScriptMethod] public Tensor MathTrigonometry(Tensor a, Tensor b)
    {
        double x = (double)a.mean() - 0.6;
        return tensor(Math.Sin(x) + Math.Cos(x) * 2 + Math.Tan(x) * 3 + Math.Asin(x) * 4 + Math.Acos(x) * 5 + Math.Atan(x) * 6 + Math.Atan2(x, 0.3) * 7 + Math.Sinh(x) * 8 + Math.Cosh(x) * 9 + Math.Tanh(x) * 10 + Math.CopySign(2, x));
    }

    // ---- collections
    [ScriptMethod] public Tensor ListMethods(Tensor a, Tensor b)
    {
        var list = new List<Tensor> { a };
        list.Add(b);
        list.AddRange(new List<Tensor> { a * 2, b * 2 });
        list.Insert(1, a + b);
        list.RemoveAt(0);
        list.Reverse();
        return stack(list);
    }

    [ScriptMethod] public Tensor ListContains(Tensor a, Tensor b)
    {
        var list = new List<long> { 3, 5 };
        long found = list.Contains(a.argmax().ToInt64()) ? 1 : 0;
        list.Clear();
        return tensor(found * 10 + list.Count);
    }

    [ScriptMethod] public Tensor DictionaryMethods(Tensor a, Tensor b)
    {
        var map = new Dictionary<string, Tensor> { ["a"] = a };
        long found = (map.ContainsKey("a") ? 1 : 0) + (map.ContainsKey("b") ? 10 : 0);
        map.Clear();
        return tensor(found + map.Count);
    }

    [ScriptMethod] public Tensor GradEnabled(Tensor a, Tensor b) => is_grad_enabled() ? a : b;
}

/// <summary>
/// The op-table rows whose ops PyTorch added in 2.0 (scaled_dot_product_attention), apart from <see cref="OpCatalog"/>
/// so that the PyTorch tier runs every other row in PyTorch 1.13 and this class only where it exists.
/// </summary>
[ScriptClass]
public partial class PyTorch2Ops
{
    [ScriptMethod]
    public Tensor Forward(Tensor a, Tensor b) => a;

    [ScriptMethod] public (Tensor, Tensor) FunctionalAttention(Tensor a, Tensor b) => (F.scaled_dot_product_attention(a.unsqueeze(0), b.unsqueeze(0), a.unsqueeze(0)), F.scaled_dot_product_attention(a.unsqueeze(0), b.unsqueeze(0), b.unsqueeze(0), null, 0, true));
    [ScriptMethod] public Tensor FunctionalAttentionMask(Tensor a, Tensor b) => F.scaled_dot_product_attention(a.unsqueeze(0), b.unsqueeze(0), a.unsqueeze(0), a > 0.5);
}

using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// The random-sampling rows (OpTable.Random.cs). Every method runs right after the same seed in C# and in libtorch,
/// so the draws must agree bit for bit; distributions take parameters derived from the inputs.
/// </summary>
public partial class OpCatalog
{
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) RandomFactories(Tensor a, Tensor b) => (rand(3), rand(new long[] { 2, 3 }), rand(2, 3), rand(2, 1, 3, ScalarType.Float64), rand(1, 2, 1, 2), randn(4), randn(2, 2));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) RandomFactories2(Tensor a, Tensor b) => (randn(new long[] { 3, 1 }), randn(1, 1, 3), randn(1, 2, 1, 2, ScalarType.Float64), randint(-5, 5, new long[] { 2, 3 }), randint(10, new long[] { 4 }, ScalarType.Int32), randperm(6), randperm(5, ScalarType.Float32));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) RandomLike(Tensor a, Tensor b) => (a.rand_like(), rand_like(a, ScalarType.Float64), a.randn_like(), randn_like(b), a.randint_like(0, 7), randint_like(a, -3, 3, ScalarType.Int64), randperm(4, a.@long()));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Sampling(Tensor a, Tensor b) => (a.clamp(0, 1).bernoulli(), bernoulli(b.clamp(0, 1)), a.clone().bernoulli_(), a.clone().bernoulli_(0.25), a.clone().bernoulli_(b.clamp(0, 1)), (a * 10).floor().binomial(b.clamp(0, 1)), binomial((b * 5).floor(), a.clamp(0, 1)));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Sampling2(Tensor a, Tensor b) => (a.abs().multinomial(2), multinomial(b.abs(), 6, true), (a * 3).abs().poisson(), poisson(b.abs()), normal(a, b.abs()), _sample_dirichlet(a.abs() + 0.1), _standard_gamma(b.abs() + 0.1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) SamplingInPlace(Tensor a, Tensor b) => (a.clone().normal_(), a.clone().normal_(2, 0.5), a.clone().uniform_(-1, 3), a.clone().cauchy_(), a.clone().exponential_(2), a.clone().geometric_(0.3), a.clone().log_normal_(0.5, 0.25));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) RandomLongShapes(Tensor a, Tensor b) => (rand(2L, 3L), rand(1L, 2L, 3L), rand(1L, 1L, 2L, 2L), randn(3L, 2L), randn(2L, 1L, 2L), randn(2L, 1L, 1L, 2L));
    [ScriptMethod] public (Tensor, Tensor) RandomIntegers(Tensor a, Tensor b) => (a.clone().random_(-3.7, 9.2), (a * 10).@long().random_(0, 100));

    /// <summary>
    /// Arguments with effects (random draws here) are evaluated once each and in C#'s order, however the row's template
    /// names them: reordered (where, baddbmm), twice in branches (squeeze_, as_tensor), or in a comprehension (vander).
    /// </summary>
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) EvaluationOrder(Tensor a, Tensor b) => (rand(4, 4).where(rand(4, 4) > 0.5, rand(4, 4)), rand(1, 2, 2).baddbmm(rand(1, 2, 2), rand(1, 2, 2)), rand(1, 3).squeeze_(0), as_tensor(rand(3), ScalarType.Float64), rand(3).vander(), rand(2, 3).quantile(rand(2), 1), rand(4).aminmax().max);
}

using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>
/// The linear-algebra rows (OpTable.LinearAlgebra.cs). Factorizations take a symmetric positive-definite matrix built
/// from the inputs; each factorization has its own method, since on hostile inputs LAPACK may refuse (and then the
/// export must refuse too).
/// </summary>
public partial class OpCatalog
{
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) AccumulatingProducts(Tensor a, Tensor b) => (a.addbmm(a.unsqueeze(0), b.unsqueeze(0)), a.clone().addbmm_(a.unsqueeze(0), b.unsqueeze(0), 0.5f, 2), addbmm(a, stack(new[] { a, b }), stack(new[] { b, a }), 2, 0.5f), addbmm_(a.clone(), a.unsqueeze(0), b.unsqueeze(0)), a.addr(a[0], b[1]), a.clone().addr_(a[1], b[2], 0.25f, 3), addr(a, a[2], b[3], 2, 1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) AccumulatingProducts2(Tensor a, Tensor b) => (addr_(a.clone(), a[3], b[0]), a[0].addmv(a, b[1]), a[1].clone().addmv_(b, a[2], 0.5f, 1.5f), addmv(a[2], b, a[3], 2, 3), addmv_(a[3].clone(), a, b[0], 1, 1), a.clone().addmm_(a, b, 0.5f, 2), addmm_(a.clone(), b, a, 1, 0.5f));
    // addmm with beta = alpha = 1, the form libtorch's interpreter would split into mm and add: broadcast, transposed
    // and full inputs, as a method and as a torch function (whose beta and alpha TorchSharp requires).
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) MatrixProductSums(Tensor a, Tensor b) => (a[0].addmm(a, b), a.t().addmm(b, a), addmm(a[1].unsqueeze(1), b, a, 1, 1), addmm(b, a, b, 1, 1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Determinants(Tensor a, Tensor b) => (mv(a, b[0]), a.det(), det(b), a.mm(a.t()).logdet(), logdet(b.mm(b.t())), slogdet(a).logabsdet, slogdet(b).res);
    [ScriptMethod] public Tensor Inverse(Tensor a, Tensor b) => a.inverse();
    [ScriptMethod] public Tensor InverseFunction(Tensor a, Tensor b) => inverse(b);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) PseudoInverses(Tensor a, Tensor b) => (a.pinverse(), a.mm(a.t()).pinverse(1e-5, true), pinverse(b), pinverse(b, 0.1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) MatrixFunctions(Tensor a, Tensor b) => (a.matrix_exp(), matrix_exp(b), a.matrix_power(3), matrix_power(b, -1));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Cholesky(Tensor a, Tensor b)
    {
        Tensor spd = a.mm(a.t()) + eye(4) * 4;
#pragma warning disable CS0618   // TorchSharp marks cholesky obsolete in favour of linalg.cholesky; script code may still call it
        Tensor lower = spd.cholesky();
        return (lower, spd.cholesky(true), cholesky(spd), cholesky(spd, true), lower.cholesky_inverse(), cholesky_inverse(lower.t(), true), b.cholesky_solve(lower));
#pragma warning restore CS0618
    }

#pragma warning disable CS0618
    [ScriptMethod] public Tensor CholeskySolve(Tensor a, Tensor b) => cholesky_solve(b, (a.mm(a.t()) + eye(4) * 4).cholesky(true), true);
#pragma warning restore CS0618
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) LuSolve(Tensor a, Tensor b)
    {
        Tensor pivots = tensor(new int[] { 2, 2, 4, 4 });
        Tensor lu = a.triu() + a.tril(-1) * 0.1 + eye(4) * 4;
#pragma warning disable CS0618   // lu_solve is obsolete in favour of linalg.lu_solve
        return (lu_solve(b, lu, pivots), lu_unpack(lu, pivots).P!, lu_unpack(lu, pivots, true, true).L!, lu_unpack(lu, pivots).U!);
#pragma warning restore CS0618
    }

    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Householder(Tensor a, Tensor b)
    {
        var (qr, tau) = a.geqrf();
        return (qr, geqrf(b).tau, orgqr(qr, tau), qr.ormqr(tau, b), ormqr(qr, tau, b, false, true), ormqr(qr, tau, b, true, true));
    }
}

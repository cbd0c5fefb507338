using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Matrix products with accumulation and the factorizations, spelled as the libtorch functions TorchSharp's natives
    /// call (several deprecated tensor methods are linalg_* functions there).
    /// </summary>
    private static IEnumerable<OpRow> LinearAlgebraOps()
    {
        foreach (var (op, first, second) in new[] { ("addbmm", "batch1", "batch2"), ("addr", "vec1", "vec2") })
        {
            yield return Row(Tensor, op, $"torch.{op}({{this}}, {{{first}}}, {{{second}}}, beta={{beta}}, alpha={{alpha}})");
            yield return Row(Tensor, op + "_", $"{{this}}.{op}_({{{first}}}, {{{second}}}, beta={{beta}}, alpha={{alpha}})");
            yield return Row(Torch, op, $"torch.{op}({{input}}, {{{first}}}, {{{second}}}, beta={{beta}}, alpha={{alpha}})");
            yield return Row(Torch, op + "_", $"{{input}}.{op}_({{{first}}}, {{{second}}}, beta={{beta}}, alpha={{alpha}})");
        }
        yield return Row(Tensor, "addmv", "torch.addmv({this}, {mat}, {vec}, beta={beta}, alpha={alpha})");
        yield return Row(Tensor, "addmv_", "{this}.addmv_({mat}, {vec}, beta={beta}, alpha={alpha})");
        yield return Row(Torch, "addmv", "torch.addmv({input}, {mat1}, {mat2}, beta={beta}, alpha={alpha})");
        yield return Row(Torch, "addmv_", "{input}.addmv_({mat1}, {mat2}, beta={beta}, alpha={alpha})");
        yield return Row(Tensor, "addmm_", "{this}.addmm_({mat1}, {mat2}, beta={beta}, alpha={alpha})");
        yield return Row(Torch, "addmm_", "{input}.addmm_({mat1}, {mat2}, beta={beta}, alpha={alpha})");
        yield return Row(Torch, "mv", "torch.mv({input}, {target})");

        // Determinants, inverses and powers.
        yield return Row(Tensor, "det", "torch.linalg_det({this})");
        yield return Row(Torch, "det", "torch.linalg_det({input})");
        yield return Row(Tensor, "logdet", "torch.logdet({this})");
        yield return Row(Torch, "logdet", "torch.logdet({input})");
        yield return Row(Torch, "slogdet", "torch.linalg_slogdet({A})");
        yield return Row(Tensor, "inverse", "torch.inverse({this})");
        yield return Row(Torch, "inverse", "torch.inverse({input})");
        yield return Row(Tensor, "pinverse", "torch.linalg_pinv({this}, {rcond}, {hermitian})");
        yield return Row(Torch, "pinverse", "torch.linalg_pinv({input}, {rcond}, {hermitian})");
        yield return Row(Tensor, "matrix_exp", "torch.matrix_exp({this})");
        yield return Row(Torch, "matrix_exp", "torch.matrix_exp({input})");
        yield return Row(Tensor, "matrix_power", "torch.linalg_matrix_power({this}, {n})");
        yield return Row(Torch, "matrix_power", "torch.linalg_matrix_power({input}, {n})");

        // Factorizations. TorchSharp's cholesky is linalg_cholesky (its conjugate transpose when upper).
        yield return Row(Tensor, "cholesky", "(torch.linalg_cholesky({this}).mH if {upper} else torch.linalg_cholesky({this}))");
        yield return Row(Torch, "cholesky", "torch.linalg_cholesky({input})", signature: "Tensor");
        yield return Row(Torch, "cholesky", "(torch.linalg_cholesky({input}).mH if {upper} else torch.linalg_cholesky({input}))", signature: "Tensor, bool");
        yield return Row(Tensor, "cholesky_inverse", "torch.cholesky_inverse({this}, {upper})");
        yield return Row(Torch, "cholesky_inverse", "torch.cholesky_inverse({input}, {upper})");
        yield return Row(Tensor, "cholesky_solve", "torch.cholesky_solve({this}, {input2}, {upper})");
        yield return Row(Torch, "cholesky_solve", "torch.cholesky_solve({input}, {input2}, {upper})");
        yield return Row(Torch, "lu_solve", "torch.linalg_lu_solve({LU_data}, {LU_pivots}, {b})");
        // Without unpacking, TorchSharp returns null where libtorch returns an empty tensor: only full unpacking is mapped.
        yield return Row(Torch, "lu_unpack", "torch.lu_unpack({LU_data}, {LU_pivots})", when: "unpack_data=true;unpack_pivots=true");
        yield return Row(Tensor, "geqrf", "torch.geqrf({this})");
        yield return Row(Torch, "geqrf", "torch.geqrf({input})");
        yield return Row(Torch, "orgqr", "torch.linalg_householder_product({input}, {tau})");   // TorchSharp: linalg.householder_product
        yield return Row(Tensor, "ormqr", "torch.ormqr({this}, {tau}, {other}, {left}, {transpose})");
        yield return Row(Torch, "ormqr", "torch.ormqr({input}, {tau}, {other}, {left}, {transpose})");
    }
}

using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// The dtypes as TorchScript spells them (an int, libtorch's ScalarType code), the conversions between them, and
    /// complex numbers.
    /// </summary>
    private static IEnumerable<OpRow> DtypeOps()
    {
        // torch.float32 and its aliases.
        foreach (var (code, names) in DtypeNames)
        {
            foreach (string name in Spellings(names))
                yield return Row(Torch, name, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Conversions: TorchSharp's typed-tensor functions and the remaining dtype methods.
        yield return Row(Tensor, "bfloat16", "{this}.to(15)");
        yield return Row(Tensor, "cfloat", "{this}.to(9)");
        yield return Row(Tensor, "cdouble", "{this}.to(10)");
        yield return Row(Tensor, "char", "{this}.to(1)");
        yield return Row(Torch, "ByteTensor", "{t}.to(0)");
        yield return Row(Torch, "ShortTensor", "{t}.to(2)");
        yield return Row(Torch, "IntTensor", "{t}.to(3)");
        yield return Row(Torch, "LongTensor", "{t}.to(4)");
        yield return Row(Torch, "FloatTensor", "{t}.to(6)");
        yield return Row(Torch, "DoubleTensor", "{t}.to(7)");
        yield return Row(Torch, "BoolTensor", "{t}.to(11)");

        // Complex numbers.
        yield return Row(Tensor, "view_as_real", "torch.view_as_real({this})");
        yield return Row(Torch, "view_as_real", "torch.view_as_real({input})");
        yield return Row(Tensor, "view_as_complex", "torch.view_as_complex({this})");
        yield return Row(Torch, "view_as_complex", "torch.view_as_complex({input})");
        yield return Row(Torch, "complex", "torch.complex({real}, {imag})");
        yield return Row(Torch, "polar", "torch.polar({abs}, {angle})");
        yield return Row(Tensor, "real", "torch.real({this})");
        yield return Row(Torch, "real", "torch.real({input})");
        yield return Row(Tensor, "imag", "torch.imag({this})");
        yield return Row(Torch, "imag", "torch.imag({input})");
        yield return Row(Tensor, "conj", "torch.conj({this})");
        yield return Row(Torch, "conj", "torch.conj({input})");
        yield return Row(Tensor, "conj_physical", "torch.conj_physical({this})");
        yield return Row(Torch, "conj_physical", "torch.conj_physical({input})");
        yield return Row(Tensor, "conj_physical_", "{this}.conj_physical_()");
        yield return Row(Torch, "conj_physical_", "{input}.conj_physical_()");
        yield return Row(Tensor, "resolve_conj", "torch.resolve_conj({this})");
        yield return Row(Torch, "resolve_conj", "torch.resolve_conj({input})");
        yield return Row(Tensor, "resolve_neg", "torch.resolve_neg({this})");
        yield return Row(Torch, "resolve_neg", "torch.resolve_neg({input})");
        yield return Row(Tensor, "adjoint", "torch.adjoint({this})");
        yield return Row(Torch, "adjoint", "torch.adjoint({input})");
        yield return Row(Tensor, "mH", "{this}.mH");
        // TorchSharp's H transposes the first two dimensions (and conjugates a complex tensor), whatever the rank.
        yield return Row(Tensor, "H", "[(ts_x.transpose(0, 1).conj() if ts_x.is_complex() else ts_x.transpose(0, 1)) for ts_x in [{this}]][0]");
    }

    /// <summary>libtorch's ScalarType codes and TorchSharp's <c>torch.*</c> names for them.</summary>
    private static readonly (int Code, string Names)[] DtypeNames =
    {
        (0, "uint8"), (1, "int8"), (2, "int16 short"), (3, "int32 int"), (4, "int64 long"), (5, "float16 half"),
        (6, "float32 float"), (7, "float64 double"), (9, "complex64 cfloat"), (10, "complex128 cdouble"), (11, "bool"),
        (12, "qint8"), (13, "quint8"), (14, "qint32"), (15, "bfloat16"),
    };
}

using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>The dtype, conversion and complex-number rows (OpTable.Dtypes.cs). Complex results are compared as
/// their real views.</summary>
public partial class OpCatalog
{
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) DtypeNames(Tensor a, Tensor b) => ((a * 100).to(uint8), (a * 100).to(int8), (a * 100).to(int16), (a * 100).to(@short), (a * 100).to(int32), (a * 100).to(@int), (a * 100).to(int64));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) DtypeNames2(Tensor a, Tensor b) => ((a * 100).to(@long), a.to(float16), a.to(half), a.to(float32), a.to(@float), a.to(float64), a.to(@double));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) DtypeNames3(Tensor a, Tensor b) => (a.to(complex64).view_as_real(), a.to(cfloat).view_as_real(), view_as_real(a.to(complex128)), view_as_real(a.to(cdouble)), (a - 0.6).to(@bool), a.to(bfloat16), tensor(is_quantized(qint8) && is_quantized(quint8) && is_quantized(qint32)));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Conversions3(Tensor a, Tensor b) => (a.bfloat16(), a.cfloat().view_as_real(), a.cdouble().view_as_real(), (a * 100).@char(), ByteTensor(a * 100), ShortTensor(a * 100), IntTensor(a * 100));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor) TypedTensors(Tensor a, Tensor b) => (LongTensor(a * 100), FloatTensor(a.@double()), DoubleTensor(a), BoolTensor(a - 0.6));
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) ComplexNumbers(Tensor a, Tensor b) => (stack(new[] { a, b }, -1).view_as_complex().view_as_real(), view_as_real(view_as_complex(stack(new[] { b, a }, -1))), complex(a, b).real, real(complex(a, b)), complex(a, b).imag, imag(polar(a, b)), complex(a, b).conj().imag);
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) ComplexNumbers2(Tensor a, Tensor b) => (view_as_real(conj(complex(a, b)).resolve_conj()), view_as_real(complex(a, b).conj_physical()), view_as_real(conj_physical(complex(b, a))), view_as_real(complex(a, b).conj_physical_()), view_as_real(conj_physical_(complex(b, a))), view_as_real(resolve_conj(complex(a, b).conj())), a.neg().resolve_neg());
    [ScriptMethod] public (Tensor, Tensor, Tensor, Tensor, Tensor, Tensor) Adjoints(Tensor a, Tensor b) => (resolve_neg(a), a.adjoint(), view_as_real(adjoint(complex(a, b)).resolve_conj()), a.reshape(2, 2, 4).mH, a.H, view_as_real(complex(a, b).H.resolve_conj()));
}

using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Unary elementwise ops: the aten op and every TorchSharp spelling of it, as a tensor method and as a
    /// <c>torch.*</c> function (the NumPy-style aliases and the in-place <c>_</c> forms included). A spelling ending in
    /// <c>_</c> is the in-place op on the receiver; the others compute a new tensor.
    /// </summary>
    private static readonly (string Aten, string TensorSpellings, string TorchSpellings, string TorchInput)[] UnaryOps =
    {
        ("abs", "abs_ absolute absolute_", "abs_ absolute absolute_", "input"),
        ("acos", "acos_ arccos arccos_", "acos acos_ arccos arccos_", "input"),
        ("acosh", "acosh acosh_ arccosh arccosh_", "acosh acosh_ arccosh arccosh_", "input"),
        ("asin", "asin_ arcsin arcsin_", "asin asin_ arcsin arcsin_", "input"),
        ("asinh", "asinh asinh_ arcsinh arcsinh_", "asinh asinh_ arcsinh arcsinh_", "input"),
        ("atan", "atan_ arctan arctan_", "atan atan_ arctan arctan_", "input"),
        ("atanh", "atanh atanh_ arctanh arctanh_", "atanh atanh_ arctanh arctanh_", "input"),
        ("ceil", "ceil_", "ceil_", "input"),
        ("cos", "cos_", "cos_", "input"),
        ("cosh", "cosh_", "cosh cosh_", "input"),
        ("deg2rad", "deg2rad deg2rad_", "deg2rad deg2rad_", "input"),
        ("digamma", "digamma digamma_", "digamma digamma_", "input"),
        ("erf", "erf_", "erf_", "input"),
        ("erfc", "erfc erfc_", "erfc erfc_", "input"),
        ("erfinv", "erfinv erfinv_", "erfinv_", "input"),
        ("exp", "", "exp_", "input"),
        ("exp2", "exp2_", "exp2_", "input"),
        ("expm1", "expm1_", "expm1 expm1_", "input"),
        ("trunc", "trunc_ fix fix_", "trunc_ fix fix_", "input"),
        ("floor", "floor_", "floor_", "input"),
        ("frac", "frac_", "frac frac_", "input"),
        ("i0", "i0 i0_", "i0 i0_", "input"),
        ("lgamma", "lgamma lgamma_", "lgamma lgamma_", "input"),
        ("log", "", "log_", "input"),
        ("log10", "log10_", "log10 log10_", "input"),
        ("log1p", "log1p_", "log1p_", "input"),
        ("log2", "log2_", "log2 log2_", "input"),
        ("neg", "negative", "neg_ negative negative_", "input"),
        ("positive", "positive", "positive", "input"),
        ("rad2deg", "rad2deg rad2deg_", "rad2deg rad2deg_", "input"),
        ("reciprocal", "reciprocal_", "reciprocal_", "input"),
        ("rsqrt", "rsqrt_", "rsqrt_", "input"),
        ("sgn", "sgn sgn_", "sgn sgn_", "input"),
        ("sign", "sign_", "sign_", "input"),
        ("signbit", "signbit", "signbit", "input"),
        ("sigmoid", "", "sigmoid_", "input"),
        ("sin", "sin_", "sin_", "input"),
        ("sinc", "sinc sinc_", "sinc sinc_", "input"),
        ("sinh", "sinh_", "sinh sinh_", "input"),
        ("sqrt", "", "sqrt_", "input"),
        ("tan", "tan_", "tan tan_", "input"),
        ("tanh", "", "tanh_", "input"),
        ("angle", "angle", "angle", "input"),
        ("bitwise_not", "bitwise_not bitwise_not_", "bitwise_not bitwise_not_", "input"),
        ("logical_not", "logical_not_", "", "input"),
        ("isnan", "", "isnan", "input"),
        ("isinf", "", "isinf", "tensor"),
        ("isfinite", "", "isfinite", "tensor"),
        ("isneginf", "isneginf", "isneginf", "tensor"),
        ("isposinf", "isposinf", "isposinf", "tensor"),
        ("isreal", "isreal", "isreal", "tensor"),
        ("hardsigmoid", "hardsigmoid_", "", "input"),
        ("hardswish", "hardswish_", "", "input"),
        ("selu", "selu_", "", "input"),
    };

    /// <summary>
    /// Binary elementwise ops: (TorchSharp member, its tensor-method parameter, its torch-function parameters, the aten
    /// op). In-place spellings end in <c>_</c>; aliases (greater, subtract, …) name the op they compute.
    /// </summary>
    private static readonly (string Member, string Other, string TorchArguments, string Aten)[] BinaryOps =
    {
        ("atan2_", "other", "input, other", "atan2_"),
        ("arctan2", "other", "input, other", "atan2"),
        ("arctan2_", "other", "input, other", "atan2_"),
        ("copysign", "other", "input, other", "copysign"),
        ("copysign_", "other", "input, other", "copysign_"),
        ("fmax", "other", "input, other", "fmax"),
        ("fmin", "other", "input, other", "fmin"),
        ("gcd", "other", "left, right", "gcd"),
        ("gcd_", "other", "left, right", "gcd_"),
        ("lcm", "other", "input, other", "lcm"),
        ("lcm_", "other", "input, other", "lcm_"),
        ("heaviside", "other", "input, values", "heaviside"),
        ("heaviside_", "other", "input, values", "heaviside_"),
        ("igamma", "other", "input, other", "igamma"),
        ("igammac", "other", "input, other", "igammac"),
        ("ldexp", "other", "input, other", "ldexp"),
        ("ldexp_", "other", "input, other", "ldexp_"),
        ("logaddexp", "other", "left, right", "logaddexp"),
        ("logaddexp2", "other", "left, right", "logaddexp2"),
        ("nextafter", "other", "input, other", "nextafter"),
        ("nextafter_", "other", "input, other", "nextafter_"),
        ("float_power", "target", "input, target", "float_power"),
        ("float_power_", "target", "input, target", "float_power_"),
        ("xlogy_", "y", "x, y", "xlogy_"),
        ("bitwise_and", "other", "left, right", "bitwise_and"),
        ("bitwise_and_", "other", "left, right", "bitwise_and_"),
        ("bitwise_or", "other", "left, right", "bitwise_or"),
        ("bitwise_or_", "other", "left, right", "bitwise_or_"),
        ("bitwise_xor", "other", "left, right", "bitwise_xor"),
        ("bitwise_xor_", "other", "left, right", "bitwise_xor_"),
        ("bitwise_left_shift", "other", "left, right", "bitwise_left_shift"),
        ("bitwise_left_shift_", "other", "left, right", "bitwise_left_shift_"),
        ("bitwise_right_shift", "other", "left, right", "bitwise_right_shift"),
        ("bitwise_right_shift_", "other", "left, right", "bitwise_right_shift_"),
        ("logical_and_", "other", "left, right", "logical_and_"),
        ("logical_or_", "other", "left, right", "logical_or_"),
        ("logical_xor_", "other", "left, right", "logical_xor_"),
        ("eq_", "target", "", "eq_"),
        ("ne_", "target", "", "ne_"),
        ("lt_", "target", "", "lt_"),
        ("le_", "target", "", "le_"),
        ("gt_", "target", "", "gt_"),
        ("ge_", "target", "", "ge_"),
        ("greater", "target", "tensor, target", "gt"),
        ("greater_equal", "target", "tensor, target", "ge"),
        ("less", "target", "tensor, target", "lt"),
        ("less_equal", "target", "tensor, target", "le"),
        ("less_equal_", "target", "", "le_"),
        ("not_equal", "target", "tensor, target", "ne"),
        ("not_equal_", "target", "", "ne_"),
        ("multiply", "target", "left, right", "mul"),
        ("subtract", "target", "left, right", "sub"),
        ("subtract_", "target", "left, right", "sub_"),
        ("true_divide", "other", "dividend, divisor", "div"),
        ("true_divide_", "other", "dividend, divisor", "div_"),
        ("floor_divide", "other", "input, other", "floor_divide"),
        ("floor_divide_", "other", "input, other", "floor_divide_"),
        ("fmod_", "target", "left, right", "fmod_"),
        ("remainder_", "target", "left, right", "remainder_"),
        ("sub_", "", "left, right", "sub_"),
        ("mul_", "", "left, right", "mul_"),
        ("pow_", "", "left, exponent", "pow_"),
        ("hypot", "", "left, right", "hypot"),
        ("xlogy", "", "x, y", "xlogy"),
        ("logical_and", "", "left, right", "logical_and"),
        ("logical_or", "", "left, right", "logical_or"),
        ("logical_xor", "", "left, right", "logical_xor"),
    };

    private static IEnumerable<OpRow> ElementwiseOps()
    {
        foreach (var (aten, tensorSpellings, torchSpellings, torchInput) in UnaryOps)
        {
            foreach (string member in Spellings(tensorSpellings))
                yield return Row(Tensor, member, UnaryCall(aten, member, "this"));
            foreach (string member in Spellings(torchSpellings))
                yield return Row(Torch, member, UnaryCall(aten, member, torchInput));
        }

        foreach (var (member, other, torchArguments, aten) in BinaryOps)
        {
            if (other.Length > 0)
                yield return Row(Tensor, member, BinaryCall(aten, "this", other));
            if (torchArguments.Length > 0)
            {
                string[] arguments = torchArguments.Split(',');
                yield return Row(Torch, member, BinaryCall(aten, arguments[0].Trim(), arguments[1].Trim()));
            }
        }

        // Unary ops with arguments. TorchSharp's torch.erfinv computes erf (torch.erfinv_ is erfinv).
        yield return Row(Torch, "erfinv", "torch.erf({input})");
        yield return Row(Tensor, "round_", "{this}.round_(decimals={decimals})");
        yield return Row(Torch, "round_", "{input}.round_(decimals={decimals})");
        yield return Row(Tensor, "celu_", "torch.celu_({this}, 1.0)");
        yield return Row(Tensor, "celu_", "torch.celu_({this}, {alpha})", signature: "Scalar");
        yield return Row(Tensor, "nan_to_num", "torch.nan_to_num({this}, {nan}, {posinf}, {neginf})");
        yield return Row(Tensor, "nan_to_num_", "torch.nan_to_num_({this}, {nan}, {posinf}, {neginf})");
        yield return Row(Torch, "nan_to_num", "torch.nan_to_num({input}, {nan}, {posinf}, {neginf})");
        yield return Row(Torch, "nan_to_num_", "torch.nan_to_num_({input}, {nan}, {posinf}, {neginf})");
        yield return Row(Tensor, "logit", "torch.logit({this}, {eps})");
        yield return Row(Tensor, "logit_", "torch.logit_({this}, {eps})");
        yield return Row(Torch, "logit", "torch.logit({input}, {eps})");
        yield return Row(Torch, "logit_", "torch.logit_({input}, {eps})");
        yield return Row(Tensor, "mvlgamma", "torch.mvlgamma({this}, {p})");
        yield return Row(Tensor, "mvlgamma_", "{this}.mvlgamma_({p})");
        yield return Row(Torch, "mvlgamma", "torch.mvlgamma({input}, {p})");
        yield return Row(Torch, "mvlgamma_", "{input}.mvlgamma_({p})");
        yield return Row(Tensor, "polygamma", "torch.polygamma({p}, {this})");
        yield return Row(Tensor, "polygamma_", "{this}.polygamma_({p})");
        yield return Row(Torch, "polygamma", "torch.polygamma({p}, {input})");
        yield return Row(Torch, "polygamma_", "{input}.polygamma_({p})");

        // Binary ops with a rounding mode, a scalar or an alpha.
        yield return Row(Tensor, "divide", "torch.div({this}, {target})", when: "rounding_mode=0", version: 4);
        yield return Row(Tensor, "divide", "torch.div({this}, {target}, rounding_mode={rounding_mode})", version: 4);
        yield return Row(Tensor, "divide_", "{this}.div_({target})", when: "rounding_mode=0", version: 4);
        yield return Row(Tensor, "divide_", "{this}.div_({target}, rounding_mode={rounding_mode})", version: 4);
        // TorchSharp's torch.divide, torch.divide_ and torch.div_ of two tensors ignore the rounding mode (evaluated and
        // dropped here); torch.div_ with a scalar divisor applies it.
        yield return Row(Tensor, "div_", "{this}.div_({target}, rounding_mode={rounding_mode})", version: 4);
        yield return Row(Torch, "divide", "({rounding_mode}, torch.div({left}, {right}))[1]", version: 4);
        yield return Row(Torch, "divide_", "({rounding_mode}, {left}.div_({right}))[1]", version: 4);
        yield return Row(Torch, "divide_", "{left}.div_({right})", signature: "Tensor, Scalar", version: 4);
        yield return Row(Torch, "div_", "({rounding_mode}, {left}.div_({right}))[1]", signature: "Tensor, Tensor, RoundingMode", version: 4);
        yield return Row(Torch, "div_", "{left}.div_({right})", when: "rounding_mode=0", signature: "Tensor, Scalar, RoundingMode", version: 4);
        yield return Row(Torch, "div_", "{left}.div_({right}, rounding_mode={rounding_mode})", signature: "Tensor, Scalar, RoundingMode", version: 4);
        yield return Row(Torch, "multiply_", "{left}.mul_({right})");
        yield return Row(Torch, "add_", "{left}.add_({right})");
        yield return Row(Torch, "add_", "{left}.add_({right}, alpha={alpha})", signature: "Tensor, Tensor, Scalar");
        yield return Row(Torch, "add_", "{left}.add_({right}, alpha={alpha})", signature: "Tensor, Scalar, Scalar");
        yield return Row(Tensor, "add_", "{this}.add_({scalar}, alpha={alpha})", signature: "Scalar, Scalar");

        // Ternary ops.
        yield return Row(Tensor, "addcmul_", "{this}.addcmul_({tensor1}, {tensor2}, value={value})");
        yield return Row(Tensor, "addcdiv_", "{this}.addcdiv_({tensor1}, {tensor2}, value={value})");
        yield return Row(Tensor, "addcdiv_", "{this}.addcdiv_({tensor1}, {tensor2})", signature: "Tensor, Tensor");
        yield return Row(Torch, "addcmul_", "{input}.addcmul_({tensor1}, {tensor2}, value={value})");
        yield return Row(Torch, "addcdiv", "torch.addcdiv({input}, {tensor1}, {tensor2}, value={value})");
        yield return Row(Torch, "addcdiv_", "{input}.addcdiv_({tensor1}, {tensor2}, value={value})");
        yield return Row(Tensor, "lerp_", "{this}.lerp_({end}, {weight})");
    }

    private static IEnumerable<string> Spellings(string spellings) =>
        spellings.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);

    private static string UnaryCall(string aten, string member, string input) =>
        member.EndsWith("_", System.StringComparison.Ordinal) ? $"{{{input}}}.{aten}_()" : $"torch.{aten}({{{input}}})";

    private static string BinaryCall(string aten, string left, string right) =>
        aten.EndsWith("_", System.StringComparison.Ordinal) ? $"{{{left}}}.{aten}({{{right}}})" : $"torch.{aten}({{{left}}}, {{{right}}})";
}

using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Methods and properties of <c>torch.Tensor</c>, spelled as what TorchSharp's implementation calls (Tensor.cs,
    /// Tensor.Math.cs, Tensor.Trig.cs and the LibTorchSharp natives behind them), which is not always the aten op of
    /// the same name: TorchSharp quirks are mirrored, and commented where they are surprising.
    /// </summary>
    private static IEnumerable<OpRow> TensorMethods()
    {
        // TorchSharp memory idioms: their pure meaning is the tensor itself.
        yield return Row(Tensor, "alias", "{this}");
        yield return Row(Tensor, "MoveToOuterDisposeScope", "{this}");
        yield return Row(Tensor, "DetachFromDisposeScope", "{this}");

        // Metadata.
        yield return Row(Tensor, "shape", "{this}.size()");
        yield return Row(Tensor, "dtype", "{this}.dtype");
        yield return Row(Tensor, "requires_grad", "{this}.requires_grad");
        yield return Row(Tensor, "size", "{this}.size()");
        yield return Row(Tensor, "size", "{this}.size({dim})", signature: "int");
        yield return Row(Tensor, "dim", "{this}.dim()");
        yield return Row(Tensor, "ndim", "{this}.dim()");
        yield return Row(Tensor, "Dimensions", "{this}.dim()");
        yield return Row(Tensor, "numel", "{this}.numel()");
        yield return Row(Tensor, "NumberOfElements", "{this}.numel()");
        yield return Row(Tensor, "is_floating_point", "torch.is_floating_point({this})");

        // One-element tensors read as numbers (TensorExtensionMethods).
        yield return Row(Extensions, "ToDouble", "float({this}.item())");
        yield return Row(Extensions, "ToSingle", "float({this}.to(6).item())");   // one rounding to single precision, from any dtype
        yield return Row(Extensions, "ToInt32", "int({this}.item())");
        yield return Row(Extensions, "ToInt64", "int({this}.item())");
        yield return Row(Extensions, "ToBoolean", "bool({this}.item())");

        // Elementwise math.
        yield return Row(Tensor, "abs", "torch.abs({this})");
        yield return Row(Tensor, "neg", "torch.neg({this})");
        yield return Row(Tensor, "exp", "torch.exp({this})");
        yield return Row(Tensor, "exp2", "torch.exp2({this})");
        yield return Row(Tensor, "expm1", "torch.expm1({this})");
        yield return Row(Tensor, "log", "torch.log({this})");
        yield return Row(Tensor, "log2", "torch.log2({this})");
        yield return Row(Tensor, "log10", "torch.log10({this})");
        yield return Row(Tensor, "log1p", "torch.log1p({this})");
        yield return Row(Tensor, "sqrt", "torch.sqrt({this})");
        yield return Row(Tensor, "rsqrt", "torch.rsqrt({this})");
        yield return Row(Tensor, "square", "torch.pow({this}, 2)");   // TorchSharp: pow(2)
        yield return Row(Tensor, "reciprocal", "torch.reciprocal({this})");
        yield return Row(Tensor, "floor", "torch.floor({this})");
        yield return Row(Tensor, "ceil", "torch.ceil({this})");
        yield return Row(Tensor, "round", "torch.round({this}, decimals={decimals})");
        yield return Row(Tensor, "trunc", "torch.trunc({this})");
        yield return Row(Tensor, "frac", "torch.frac({this})");
        yield return Row(Tensor, "sign", "torch.sign({this})");
        yield return Row(Tensor, "erf", "torch.erf({this})");
        yield return Row(Tensor, "sin", "torch.sin({this})");
        yield return Row(Tensor, "cos", "torch.cos({this})");
        yield return Row(Tensor, "tan", "torch.tan({this})");
        yield return Row(Tensor, "asin", "torch.asin({this})");
        yield return Row(Tensor, "acos", "torch.acos({this})");
        yield return Row(Tensor, "atan", "torch.atan({this})");
        yield return Row(Tensor, "sinh", "torch.sinh({this})");
        yield return Row(Tensor, "cosh", "torch.cosh({this})");
        yield return Row(Tensor, "tanh", "torch.tanh({this})");
        yield return Row(Tensor, "atan2", "torch.atan2({this}, {other})");
        yield return Row(Tensor, "pow", "torch.pow({this}, {exponent})");
        yield return Row(Tensor, "hypot", "torch.hypot({this}, {other})");
        yield return Row(Tensor, "xlogy", "torch.xlogy({this}, {y})");
        yield return Row(Tensor, "lerp", "torch.lerp({this}, {end}, {weight})");
        yield return Row(Tensor, "addcmul", "torch.addcmul({this}, {tensor1}, {tensor2}, value={value})");
        yield return Row(Tensor, "addcdiv", "torch.addcdiv({this}, {tensor1}, {tensor2}, value={value})");
        yield return Row(Tensor, "addcdiv", "torch.addcdiv({this}, {tensor1}, {tensor2})", signature: "Tensor, Tensor");
        yield return Row(Tensor, "maximum", "torch.maximum({this}, {other})");
        yield return Row(Tensor, "minimum", "torch.minimum({this}, {other})");
        yield return Row(Tensor, "clamp", "torch.clamp({this}, {min}, {max})");
        yield return Row(Tensor, "clip", "torch.clamp({this}, {min}, {max})");
        yield return Row(Tensor, "clamp_min", "torch.clamp_min({this}, {min})");
        yield return Row(Tensor, "clamp_max", "torch.clamp_max({this}, {max})");

        // Arithmetic (the named forms of the operators).
        yield return Row(Tensor, "add", "torch.add({this}, {target})");
        yield return Row(Tensor, "add", "torch.add({this}, {target}, alpha={alpha})", signature: "Tensor, Scalar");
        yield return Row(Tensor, "add", "torch.add({this}, {scalar})", signature: "Scalar");
        yield return Row(Tensor, "add", "torch.add({this}, {scalar}, alpha={alpha})", signature: "Scalar, Scalar");
        yield return Row(Tensor, "sub", "torch.sub({this}, {target})");
        yield return Row(Tensor, "mul", "torch.mul({this}, {target})");
        yield return Row(Tensor, "div", "torch.div({this}, {target})", when: "rounding_mode=0", version: 4);
        yield return Row(Tensor, "div", "torch.div({this}, {target}, rounding_mode={rounding_mode})", version: 4);
        yield return Row(Tensor, "remainder", "torch.remainder({this}, {target})");
        yield return Row(Tensor, "remainder", "torch.remainder({this}, {scalar})", signature: "Scalar");
        yield return Row(Tensor, "fmod", "torch.fmod({this}, {target})");
        yield return Row(Tensor, "fmod", "torch.fmod({this}, {scalar})", signature: "Scalar");

        // Comparisons and logic.
        yield return Row(Tensor, "eq", "torch.eq({this}, {target})");
        yield return Row(Tensor, "equal", "torch.eq({this}, {target})");   // TorchSharp: eq, elementwise
        yield return Row(Tensor, "ne", "torch.ne({this}, {target})");
        yield return Row(Tensor, "lt", "torch.lt({this}, {target})");
        yield return Row(Tensor, "le", "torch.le({this}, {target})");
        yield return Row(Tensor, "gt", "torch.gt({this}, {target})");
        yield return Row(Tensor, "ge", "torch.ge({this}, {target})");
        yield return Row(Tensor, "logical_and", "torch.logical_and({this}, {other})");
        yield return Row(Tensor, "logical_or", "torch.logical_or({this}, {other})");
        yield return Row(Tensor, "logical_xor", "torch.logical_xor({this}, {other})");
        yield return Row(Tensor, "logical_not", "torch.logical_not({this})");
        yield return Row(Tensor, "isnan", "torch.isnan({this})");
        yield return Row(Tensor, "isinf", "torch.isinf({this})");
        yield return Row(Tensor, "isfinite", "torch.isfinite({this})");
        yield return Row(Tensor, "isclose", "torch.isclose({this}, {other}, {rtol}, {atol}, {nanEqual})");
        yield return Row(Tensor, "allclose", "torch.allclose({this}, {target}, {rtol}, {atol}, {equal_nan})");
        yield return Row(Tensor, "where", "torch.where({condition}, {this}, {y})");
        yield return Row(Tensor, "masked_fill", "torch.masked_fill({this}, {mask}, {value})");

        // Activations.
        yield return Row(Tensor, "relu", "torch.relu({this})");
        yield return Row(Tensor, "relu6", "torch.hardtanh({this}, 0.0, 6.0)");   // libtorch's F::relu6
        yield return Row(Tensor, "sigmoid", "torch.sigmoid({this})");
        yield return Row(Tensor, "silu", "torch.silu({this})");
        yield return Row(Tensor, "gelu", "torch.gelu({this})", version: 10);
        yield return Row(Tensor, "gelu", "torch.gelu({this}, approximate={approximate})", signature: "Approximate", version: 10);
        yield return Row(Tensor, "elu", "torch.elu({this}, {alpha}, 1.0, 1.0)");
        yield return Row(Tensor, "elu", "torch.elu({this}, {alpha}, {scale}, {input_scale})", signature: "Scalar, Scalar, Scalar");
        yield return Row(Tensor, "celu", "torch.celu({this}, 1.0)");
        yield return Row(Tensor, "celu", "torch.celu({this}, {alpha})", signature: "Scalar");
        yield return Row(Tensor, "selu", "torch.selu({this})");
        yield return Row(Tensor, "leaky_relu", "torch.leaky_relu({this}, {negative_slope})");
        yield return Row(Tensor, "softplus", "torch.softplus({this}, {beta}, {threshold})");
        yield return Row(Tensor, "hardsigmoid", "torch.hardsigmoid({this})");
        yield return Row(Tensor, "hardswish", "torch.hardswish({this})");
        yield return Row(Tensor, "log_sigmoid", "torch.log_sigmoid({this})");
        yield return Row(Tensor, "glu", "torch.glu({this}, {dim})");
        yield return Row(Tensor, "threshold", "torch.threshold({this}, {threshold}, {value})");
        yield return Row(Tensor, "prelu", "torch.prelu({this}, {target})");
        yield return Row(Tensor, "softmax", "torch.softmax({this}, {dim}, {dtype})");
        yield return Row(Tensor, "log_softmax", "torch.log_softmax({this}, {dim}, {dtype})");

        // Reductions. TorchSharp ignores 'type' in std/var with dims and 'unbiased' in var(bool): such an argument
        // is evaluated and dropped, (ignored, result)[1].
        yield return Row(Tensor, "sum", "torch.sum({this}, dtype={type})", signature: "ScalarType?");
        yield return Row(Tensor, "sum", "torch.sum({this}, {dim:list}, {keepdim}, dtype={type})");
        yield return Row(Tensor, "sum", "torch.sum({this}, [{dim0}, {dim1}], {keepdim}, dtype={type})", signature: "long, long, bool, ScalarType?");
        yield return Row(Tensor, "mean", "torch.mean({this})");
        yield return Row(Tensor, "mean", "torch.mean({this}, {dimensions}, {keepdim}, dtype={type})", signature: "long[], bool, ScalarType?");
        yield return Row(Tensor, "prod", "torch.prod({this}, dtype={type})", signature: "ScalarType?");
        yield return Row(Tensor, "prod", "torch.prod({this}, {dim}, {keepdim}, dtype={type})", signature: "long, bool, ScalarType?");
        yield return Row(Tensor, "max", "torch.max({this})");
        yield return Row(Tensor, "max", "torch.maximum({this}, {other})", signature: "Tensor");
        yield return Row(Tensor, "max", "torch.max({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "min", "torch.min({this})");
        yield return Row(Tensor, "min", "torch.minimum({this}, {other})", signature: "Tensor");
        yield return Row(Tensor, "min", "torch.min({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "amax", "torch.amax({this}, {dims})", signature: "long[]");
        yield return Row(Tensor, "amax", "torch.amax({this}, {dims}, {keepdim})", when: "out=null");
        yield return Row(Tensor, "amin", "torch.amin({this}, {dims})", signature: "long[]");
        yield return Row(Tensor, "amin", "torch.amin({this}, {dims}, {keepdim})", when: "out=null");
        yield return Row(Tensor, "argmax", "torch.argmax({this})");
        yield return Row(Tensor, "argmax", "torch.argmax({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "argmin", "torch.argmin({this})");
        yield return Row(Tensor, "argmin", "torch.argmin({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "std", "torch.std({this}, {unbiased})", signature: "bool");
        yield return Row(Tensor, "std", "({type}, torch.std({this}, [{dim}], {unbiased}, {keepdim}))[1]", signature: "long, bool, bool, ScalarType?");
        yield return Row(Tensor, "std", "({type}, torch.std({this}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "long[], bool, bool, ScalarType?");
        yield return Row(Tensor, "var", "({unbiased}, torch.var({this}))[1]", signature: "bool");
        yield return Row(Tensor, "var", "({type}, torch.var({this}, [{dim}], {unbiased}, {keepdim}))[1]", signature: "long, bool, bool, ScalarType?");
        yield return Row(Tensor, "var", "({type}, torch.var({this}, {dimensions}, {unbiased}, {keepdim}))[1]", signature: "long[], bool, bool, ScalarType?");
        yield return Row(Tensor, "median", "torch.median({this})");
        yield return Row(Tensor, "norm", "torch.norm({this}, {p})", signature: "float");
        yield return Row(Tensor, "norm", "torch.norm({this}, {p}, [{dim}], {keepdim})", signature: "int, bool, float");
        yield return Row(Tensor, "all", "torch.all({this})");
        yield return Row(Tensor, "all", "torch.all({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "any", "torch.any({this})");
        yield return Row(Tensor, "any", "torch.any({this}, {dim}, {keepdim})", signature: "long, bool");
        yield return Row(Tensor, "logsumexp", "torch.logsumexp({this}, [{dim}], {keepdim})");
        yield return Row(Tensor, "cumsum", "torch.cumsum({this}, {dim}, dtype={type})");
        yield return Row(Tensor, "cumprod", "torch.cumprod({this}, {dim}, dtype={type})");
        yield return Row(Tensor, "cummax", "torch.cummax({this}, {dim})");
        yield return Row(Tensor, "count_nonzero", "torch.count_nonzero({this}, {dims|None})");

        // Sorting and selection.
        yield return Row(Tensor, "sort", "torch.sort({this}, stable={stable}, dim={dim}, descending={descending})");
        yield return Row(Tensor, "argsort", "torch.argsort({this}, {dim}, {descending})");
        yield return Row(Tensor, "topk", "torch.topk({this}, {k}, {dim}, {largest}, {sorted})");

        // Shapes and views.
        yield return Row(Tensor, "reshape", "{this}.reshape({shape})");
        yield return Row(Tensor, "view", "{this}.view({shape})");
        yield return Row(Tensor, "view_as", "{this}.view_as({other})");
        yield return Row(Tensor, "flatten", "torch.flatten({this}, {start_dim}, {end_dim})");
        yield return Row(Tensor, "unflatten", "torch.unflatten({this}, {dim}, {sizes})", signature: "long, long[]");
        yield return Row(Tensor, "unsqueeze", "torch.unsqueeze({this}, {dim})");
        yield return Row(Tensor, "squeeze", "(torch.squeeze({this}) if {dim} is None else torch.squeeze({this}, {dim}))");
        yield return Row(Tensor, "transpose", "torch.transpose({this}, {dim0}, {dim1})");
        yield return Row(Tensor, "swapaxes", "torch.transpose({this}, {dim0}, {dim1})");
        yield return Row(Tensor, "t", "torch.t({this})");
        // TorchSharp reverses all dimensions; aten numpy_T does too, but is deprecated for ndim != 2.
        yield return Row(Tensor, "T", "[ts_x.permute([ts_x.dim() - 1 - i for i in range(ts_x.dim())]) for ts_x in [{this}]][0]");
        yield return Row(Tensor, "mT", "{this}.mT");
        yield return Row(Tensor, "permute", "{this}.permute({permutation})", signature: "long[]");
        yield return Row(Tensor, "movedim", "torch.movedim({this}, {source}, {destination})");
        yield return Row(Tensor, "contiguous", "{this}.contiguous()");
        yield return Row(Tensor, "expand", "{this}.expand({sizes})", signature: "long[]");
        yield return Row(Tensor, "expand", "{this}.expand({sizes}, implicit={isImplicit})", signature: "long[], bool");
        yield return Row(Tensor, "expand_as", "{this}.expand_as({other})");
        yield return Row(Tensor, "repeat", "{this}.repeat({sizes})");
        yield return Row(Tensor, "tile", "torch.tile({this}, {reps})");
        yield return Row(Tensor, "flip", "torch.flip({this}, {dims})");
        yield return Row(Tensor, "roll", "(torch.roll({this}, [{shifts}]) if {dims} is None else torch.roll({this}, [{shifts}], [{dims}]))", signature: "long, long?");
        yield return Row(Tensor, "roll", "torch.roll({this}, {shifts}, {dims})", signature: "long[], long[]");
        yield return Row(Tensor, "roll", "torch.roll({this}, {shifts}, [0])", signature: "long[]");   // TorchSharp rolls along dim 0
        yield return Row(Tensor, "narrow", "torch.narrow({this}, {dim}, {start}, {length})");
        yield return Row(Tensor, "slice", "torch.slice({this}, {dim}, {start}, {finish}, {step})");
        yield return Row(Tensor, "select", "torch.select({this}, {dim}, {index})");
        yield return Row(Tensor, "chunk", "torch.chunk({this}, {chunks}, {dim})");
        yield return Row(Tensor, "split", "torch.split({this}, {size}, {dim})", signature: "long, int");
        yield return Row(Tensor, "split", "torch.split({this}, {sizes}, {dim})", signature: "long[], long");
        yield return Row(Tensor, "split", "torch.split({this}, {sizes}, 0)", signature: "long[]");
        yield return Row(Tensor, "unbind", "torch.unbind({this}, {dimension})");
        yield return Row(Tensor, "tril", "torch.tril({this}, {diagonal})");
        yield return Row(Tensor, "triu", "torch.triu({this}, {diagonal})");
        yield return Row(Tensor, "diag", "torch.diag({this}, {diagonal})");
        yield return Row(Tensor, "diagonal", "torch.diagonal({this}, {offset}, {dim1}, {dim2})");
        yield return Row(Tensor, "trace", "torch.trace({this})");

        // Indexing.
        yield return Row(Tensor, "index_select", "torch.index_select({this}, {dim}, {index})");
        yield return Row(Tensor, "gather", "torch.gather({this}, {dim}, {index})");
        yield return Row(Tensor, "scatter", "torch.scatter({this}, {dim}, {index}, {src})");
        yield return Row(Tensor, "scatter_add", "torch.scatter_add({this}, {dim}, {index}, {src})");
        yield return Row(Tensor, "index_add", "torch.index_add({this}, {dim}, {index}, {source}, alpha={alpha})");
        yield return Row(Tensor, "index_fill", "torch.index_fill({this}, {dim}, {index}, {value})");
        yield return Row(Tensor, "take", "torch.take({this}, {index})");
        yield return Row(Tensor, "masked_select", "torch.masked_select({this}, {mask})");
        yield return Row(Tensor, "nonzero", "torch.nonzero({this})");

        // Types and copies. to(ScalarType) is TorchSharp's to_type; disposeAfter only frees the receiver.
        yield return Row(Tensor, "to", "{this}.to({type}, {non_blocking}, {copy})", when: "disposeAfter=false", signature: "ScalarType, bool, bool, bool");
        yield return Row(Tensor, "to_type", "{this}.to({type}, {non_blocking}, {copy})", when: "disposeAfter=false");
        yield return Row(Tensor, "type", "{this}.to({dtype})", signature: "ScalarType");
        yield return Row(Tensor, "type_as", "{this}.to({tensor}.dtype)");
        yield return Row(Tensor, "float", "{this}.to(6)");
        yield return Row(Tensor, "double", "{this}.to(7)");
        yield return Row(Tensor, "half", "{this}.to(5)");
        yield return Row(Tensor, "long", "{this}.to(4)");
        yield return Row(Tensor, "int", "{this}.to(3)");
        yield return Row(Tensor, "short", "{this}.to(2)");
        yield return Row(Tensor, "byte", "{this}.to(0)");
        yield return Row(Tensor, "bool", "{this}.to(11)");
        yield return Row(Tensor, "detach", "{this}.detach()");
        yield return Row(Tensor, "clone", "{this}.clone()");
        yield return Row(Tensor, "zeros_like", "torch.zeros_like({this}, dtype={dtype})", when: "device=null;requires_grad=false");
        yield return Row(Tensor, "ones_like", "torch.ones_like({this}, dtype={dtype})", when: "device=null;requires_grad=false");
        yield return Row(Tensor, "full_like", "torch.full_like({this}, {value}, dtype={dtype})", when: "device=null;requires_grad=false", version: 5);

        // Linear algebra.
        yield return Row(Tensor, "matmul", "torch.matmul({this}, {target})");
        yield return Row(Tensor, "mm", "torch.mm({this}, {target})");
        yield return Row(Tensor, "bmm", "torch.bmm({this}, {batch2})");
        yield return Row(Tensor, "mv", "torch.mv({this}, {target})");
        yield return Row(Tensor, "dot", "torch.dot({this}, {target})");
        yield return Row(Tensor, "outer", "torch.outer({this}, {vec2})");
        yield return Row(Tensor, "kron", "torch.kron({this}, {other})");
        // libtorch's interpreter rewrites torch.addmm with constant beta = alpha = 1 into mm followed by add, which rounds
        // once more than the fused kernel TorchSharp calls (on AVX-512 machines in float32 and float64 too). The
        // in-place addmm_ is never rewritten, and on a contiguous copy of the broadcast input it runs the very kernel
        // addmm does, on the same values (memory_format=0 is torch.contiguous_format, as archives spell it).
        yield return Row(Tensor, "addmm", "{this}.expand([{mat1}.size(0), {mat2}.size(1)]).clone(memory_format=0).addmm_({mat1}, {mat2}, beta={beta}, alpha={alpha})");
        // TorchSharp passes its arguments to the native baddbmm shifted: it computes batch2*beta + alpha*(this @ batch1).
        yield return Row(Tensor, "baddbmm", "torch.baddbmm({batch2}, {this}, {batch1}, beta={beta}, alpha={alpha})");

        // In place. TorchSharp's elu_(double) is not in place: it returns a new tensor.
        yield return Row(Tensor, "add_", "{this}.add_({target})");
        yield return Row(Tensor, "add_", "{this}.add_({target}, alpha={alpha})", signature: "Tensor, Scalar");
        yield return Row(Tensor, "add_", "{this}.add_({scalar})", signature: "Scalar");
        yield return Row(Tensor, "sub_", "{this}.sub_({target})");
        yield return Row(Tensor, "mul_", "{this}.mul_({target})");
        yield return Row(Tensor, "div_", "{this}.div_({target})", when: "rounding_mode=0", version: 4);
        yield return Row(Tensor, "pow_", "{this}.pow_({exponent})");
        yield return Row(Tensor, "neg_", "{this}.neg_()");
        yield return Row(Tensor, "exp_", "{this}.exp_()");
        yield return Row(Tensor, "log_", "{this}.log_()");
        yield return Row(Tensor, "sqrt_", "{this}.sqrt_()");
        yield return Row(Tensor, "sigmoid_", "{this}.sigmoid_()");
        yield return Row(Tensor, "tanh_", "{this}.tanh_()");
        yield return Row(Tensor, "relu_", "{this}.relu_()");
        yield return Row(Tensor, "relu6_", "torch.hardtanh_({this}, 0.0, 6.0)");
        yield return Row(Tensor, "silu_", "torch.silu_({this})");
        yield return Row(Tensor, "hardtanh_", "torch.hardtanh_({this}, {min}, {max})");
        yield return Row(Tensor, "leaky_relu_", "torch.leaky_relu_({this}, {negative_slope})");
        yield return Row(Tensor, "elu_", "torch.elu({this}, {alpha}, 1.0, 1.0)", signature: "double");
        yield return Row(Tensor, "clamp_", "{this}.clamp_({min}, {max})");
        yield return Row(Tensor, "clamp_min_", "{this}.clamp_min_({min})");
        yield return Row(Tensor, "clamp_max_", "{this}.clamp_max_({max})");
        yield return Row(Tensor, "masked_fill_", "{this}.masked_fill_({mask}, {value})");
        yield return Row(Tensor, "fill_", "{this}.fill_({value})");
        yield return Row(Tensor, "zero_", "{this}.zero_()");
        yield return Row(Tensor, "copy_", "{this}.copy_({source}, {nonBlocking})");
        yield return Row(Tensor, "unsqueeze_", "{this}.unsqueeze_({dim})");
        yield return Row(Tensor, "transpose_", "{this}.transpose_({dim0}, {dim1})");
        yield return Row(Tensor, "tril_", "{this}.tril_({diagonal})");
        yield return Row(Tensor, "triu_", "{this}.triu_({diagonal})");
    }
}

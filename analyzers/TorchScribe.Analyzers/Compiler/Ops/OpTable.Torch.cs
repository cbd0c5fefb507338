using System.Collections.Generic;

using static TorchScribe.Shared.CSharpSemantics;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// The <c>torch.*</c> functions. Most of them forward to the tensor method of the same name; the factories apply
    /// TorchSharp's defaults (default dtype, or int64 for integral arange/full values), which libtorch infers alike.
    /// </summary>
    private static IEnumerable<OpRow> TorchFunctions()
    {
        const string Plain = "device=null;requires_grad=false";
        const string Named = "device=null;requires_grad=false;names=null";
        const string Factory = "ScalarType?, Device?, bool, string[]?";

        yield return Row(Torch, "is_grad_enabled", "torch.is_grad_enabled()");

        // Factories.
        yield return Row(Torch, "zeros", "torch.zeros({size:list}, dtype={dtype})", when: Named);
        yield return Row(Torch, "zeros", "torch.zeros([{rows}, {columns}], dtype={dtype})", when: Named, signature: $"int, int, {Factory}");
        yield return Row(Torch, "zeros", "torch.zeros([{dim0}, {dim1}, {dim2}], dtype={dtype})", when: Named, signature: $"int, int, int, {Factory}");
        yield return Row(Torch, "ones", "torch.ones({size:list}, dtype={dtype})", when: Named);
        yield return Row(Torch, "ones", "torch.ones([{rows}, {columns}], dtype={dtype})", when: Named, signature: $"int, int, {Factory}");
        // TorchSharp's full infers int64 for every integral value, bools included; libtorch would infer bool.
        // A bool fill is passed as an int: PyTorch before 2 rejects a bool Scalar here, and TorchSharp makes the tensor int64 anyway.
        yield return Row(Torch, "full", "torch.full({size:list}, int({value}) if isinstance({value}, bool) else {value}, dtype={dtype} if {dtype} is not None else (4 if isinstance({value}, bool) else None))", when: Named, version: 5);
        yield return Row(Torch, "full", "torch.full([{rows}, {columns}], int({value}) if isinstance({value}, bool) else {value}, dtype={dtype} if {dtype} is not None else (4 if isinstance({value}, bool) else None))", when: Named, signature: $"int, int, Scalar, {Factory}", version: 5);
        yield return Row(Torch, "zeros_like", "torch.zeros_like({input}, dtype={dtype})", when: Named);
        yield return Row(Torch, "ones_like", "torch.ones_like({input}, dtype={dtype})", when: Named);
        yield return Row(Torch, "full_like", "torch.full_like({input}, {value}, dtype={dtype})", when: Named, version: 5);
        yield return Row(Torch, "eye", "torch.eye({rows}, {columns} if {columns} != -1 else {rows}, dtype={dtype})", when: Named);
        yield return Row(Torch, "arange", "torch.arange({start}, {stop}, {step}, dtype={dtype})", when: Plain, signature: "Scalar, Scalar, Scalar, ScalarType?, Device?, bool");
        yield return Row(Torch, "arange", "torch.arange({start}, {stop}, 1, dtype={dtype})", when: Plain, signature: "Scalar, Scalar, ScalarType?, Device?, bool");
        yield return Row(Torch, "arange", "torch.arange(0, {stop}, 1, dtype={dtype})", when: Plain);
        yield return Row(Torch, "linspace", "torch.linspace({start}, {end}, {steps}, dtype={dtype})", when: Plain, version: 8);
        yield return Row(Torch, "logspace", "torch.logspace({start}, {end}, {steps}, {base}, dtype={dtype})", when: Plain, version: 9);

        // torch.tensor keeps the C# element type (a float[] is float32), converting afterwards as TorchSharp does.
        // A null ScalarType? is no constant to the op table, so the default is picked in TorchScript (statically).
        yield return Row(Torch, "tensor", "torch.tensor({rawArray}, dtype=6).to({dtype} if {dtype} is not None else 6)", when: Named, signature: $"float[], {Factory}");
        // TorchScript's torch.tensor of a float or a list of floats goes through float32 (the default dtype) before the
        // requested dtype, so doubles are filled into a float64 tensor instead.
        yield return Row(Torch, "tensor", Call(DoubleTensor, "{rawArray}") + ".to({dtype} if {dtype} is not None else 7)", when: Named, signature: $"double[], {Factory}");
        yield return Row(Torch, "tensor", "torch.tensor({dataArray}, dtype={dtype} if {dtype} is not None else 4)", when: Named, signature: $"long[], {Factory}");
        yield return Row(Torch, "tensor", "torch.tensor({rawArray}, dtype={dtype} if {dtype} is not None else 3)", when: Named, signature: $"int[], {Factory}");
        yield return Row(Torch, "tensor", "torch.tensor({rawArray}, dtype={dtype} if {dtype} is not None else 11)", when: Named, signature: $"bool[], {Factory}");
        yield return Row(Torch, "tensor", "torch.full([], {scalar}, dtype=7).to({dtype} if {dtype} is not None else 7)", when: Plain, signature: "double, ScalarType?, Device?, bool");
        yield return Row(Torch, "tensor", "torch.tensor({scalar}, dtype={dtype} if {dtype} is not None else 4)", when: Plain, signature: "long, ScalarType?, Device?, bool");
        yield return Row(Torch, "tensor", "torch.tensor({scalar}, dtype={dtype} if {dtype} is not None else 11)", when: Plain, signature: "bool, ScalarType?, Device?, bool");
        yield return Row(Torch, "tensor", "torch.tensor({scalar}, dtype=6)", when: Plain, signature: "float, Device?, bool");
        yield return Row(Torch, "tensor", "torch.tensor({scalar}, dtype=3)", when: Plain, signature: "int, Device?, bool");

        // Joining and splitting.
        yield return Row(Torch, "cat", "torch.cat({tensors}, {dim})");
        yield return Row(Torch, "concat", "torch.cat({tensors}, {dim})");
        yield return Row(Torch, "stack", "torch.stack({tensors}, {dim})");
        yield return Row(Torch, "chunk", "torch.chunk({input}, {chunks}, {dim})");
        yield return Row(Torch, "split", "torch.split({tensor}, {split_size_or_sections}, {dim})");
        yield return Row(Torch, "where", "torch.where({condition}, {x}, {y})");
        yield return Row(Torch, "einsum", "torch.einsum({equation}, {tensors})");

        // Elementwise math.
        yield return Row(Torch, "abs", "torch.abs({input})");
        yield return Row(Torch, "neg", "torch.neg({input})");
        yield return Row(Torch, "exp", "torch.exp({input})");
        yield return Row(Torch, "exp2", "torch.exp2({input})");
        yield return Row(Torch, "log", "torch.log({input})");
        yield return Row(Torch, "log1p", "torch.log1p({input})");
        yield return Row(Torch, "sqrt", "torch.sqrt({input})");
        yield return Row(Torch, "rsqrt", "torch.rsqrt({input})");
        yield return Row(Torch, "square", "torch.pow({input}, 2)");
        yield return Row(Torch, "reciprocal", "torch.reciprocal({input})");
        yield return Row(Torch, "floor", "torch.floor({input})");
        yield return Row(Torch, "ceil", "torch.ceil({input})");
        yield return Row(Torch, "round", "torch.round({input}, decimals={decimals})");
        yield return Row(Torch, "trunc", "torch.trunc({input})");
        yield return Row(Torch, "sign", "torch.sign({input})");
        yield return Row(Torch, "erf", "torch.erf({input})");
        yield return Row(Torch, "sin", "torch.sin({input})");
        yield return Row(Torch, "cos", "torch.cos({input})");
        yield return Row(Torch, "tanh", "torch.tanh({input})");
        yield return Row(Torch, "sigmoid", "torch.sigmoid({input})");
        yield return Row(Torch, "atan2", "torch.atan2({input}, {other})");
        yield return Row(Torch, "pow", "torch.pow({left}, {exponent})");
        yield return Row(Torch, "lerp", "torch.lerp({input}, {end}, {weight})");
        yield return Row(Torch, "addcmul", "torch.addcmul({input}, {tensor1}, {tensor2}, value={value})");
        yield return Row(Torch, "clamp", "torch.clamp({input}, {min}, {max})");
        yield return Row(Torch, "clamp_min", "torch.clamp_min({input}, {min})");
        yield return Row(Torch, "clamp_max", "torch.clamp_max({input}, {max})");
        yield return Row(Torch, "maximum", "torch.maximum({input}, {other})");
        yield return Row(Torch, "minimum", "torch.minimum({input}, {other})");
        yield return Row(Torch, "add", "torch.add({left}, {right})");
        yield return Row(Torch, "add", "torch.add({left}, {right}, alpha={alpha})", signature: "Tensor, Tensor, Scalar");
        yield return Row(Torch, "sub", "torch.sub({left}, {right})");
        yield return Row(Torch, "mul", "torch.mul({left}, {right})");
        // TorchSharp's torch.div ignores rounding_mode; only the default is mirrored.
        yield return Row(Torch, "div", "torch.div({left}, {right})", when: "rounding_mode=0", version: 4);
        yield return Row(Torch, "remainder", "torch.remainder({left}, {right})");
        yield return Row(Torch, "fmod", "torch.fmod({left}, {right})");
        yield return Row(Torch, "eq", "torch.eq({left}, {right})");
        yield return Row(Torch, "ne", "torch.ne({left}, {right})");
        yield return Row(Torch, "lt", "torch.lt({left}, {right})");
        yield return Row(Torch, "le", "torch.le({left}, {right})");
        yield return Row(Torch, "gt", "torch.gt({left}, {right})");
        yield return Row(Torch, "ge", "torch.ge({left}, {right})");
        yield return Row(Torch, "logical_not", "torch.logical_not({input})");
        yield return Row(Torch, "isclose", "torch.isclose({tensor}, {other}, {rtol}, {atol}, {nanEqual})");
        yield return Row(Torch, "allclose", "torch.allclose({tensor}, {target}, {rtol}, {atol}, {equal_nan})");
        yield return Row(Torch, "softmax", "torch.softmax({input}, {dim}, {dtype})");

        // Reductions; arguments TorchSharp ignores are evaluated and dropped, as in TensorMethods.
        yield return Row(Torch, "sum", "torch.sum({input}, dtype={type})", signature: "Tensor, ScalarType?");
        yield return Row(Torch, "sum", "torch.sum({input}, {dim:list}, {keepdim}, dtype={type})");
        yield return Row(Torch, "mean", "torch.mean({input})");
        yield return Row(Torch, "mean", "torch.mean({input}, {dimensions}, {keepdim}, dtype={type})", signature: "Tensor, long[], bool, ScalarType?");
        yield return Row(Torch, "prod", "torch.prod({input}, dtype={type})", signature: "Tensor, ScalarType?");
        yield return Row(Torch, "max", "torch.max({input})");
        yield return Row(Torch, "max", "torch.maximum({input}, {other})", signature: "Tensor, Tensor");
        yield return Row(Torch, "max", "torch.max({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "min", "torch.min({input})");
        yield return Row(Torch, "min", "torch.minimum({input}, {other})", signature: "Tensor, Tensor");
        yield return Row(Torch, "min", "torch.min({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "argmax", "torch.argmax({input})");
        yield return Row(Torch, "argmax", "torch.argmax({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "argmin", "torch.argmin({input})");
        yield return Row(Torch, "argmin", "torch.argmin({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "std", "torch.std({input}, {unbiased})", signature: "Tensor, bool");
        yield return Row(Torch, "std", "({type}, torch.std({input}, {dimensions:list}, {unbiased}, {keepdim}))[1]");
        yield return Row(Torch, "var", "({unbiased}, torch.var({input}))[1]", signature: "Tensor, bool");
        yield return Row(Torch, "var", "({type}, torch.var({input}, {dimensions:list}, {unbiased}, {keepdim}))[1]");
        yield return Row(Torch, "norm", "torch.norm({input})");
        yield return Row(Torch, "norm", "torch.norm({input}, {p})", signature: "Tensor, float");
        yield return Row(Torch, "norm", "torch.norm({input}, {p}, [{dimension}], {keepdim})", signature: "Tensor, int, bool, float");
        yield return Row(Torch, "all", "torch.all({input})");
        yield return Row(Torch, "all", "torch.all({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "any", "torch.any({input})");
        yield return Row(Torch, "any", "torch.any({input}, {dim}, {keepdim})", signature: "Tensor, long, bool");
        yield return Row(Torch, "logsumexp", "torch.logsumexp({input}, [{dim}], {keepdim})");
        yield return Row(Torch, "cumsum", "torch.cumsum({input}, {dim}, dtype={type})");
        yield return Row(Torch, "sort", "torch.sort({input}, stable={stable}, dim={dim}, descending={descending})");
        yield return Row(Torch, "topk", "torch.topk({tensor}, {k}, {dim}, {largest}, {sorted})");
        yield return Row(Torch, "numel", "torch.numel({input})");

        // Shapes and indexing.
        yield return Row(Torch, "reshape", "torch.reshape({input}, {shape})");
        yield return Row(Torch, "flatten", "torch.flatten({input}, {start_dim}, {end_dim})");
        yield return Row(Torch, "squeeze", "(torch.squeeze({input}) if {dim} is None else torch.squeeze({input}, {dim}))");
        yield return Row(Torch, "unsqueeze", "torch.unsqueeze({input}, {dim})");
        yield return Row(Torch, "transpose", "torch.transpose({input}, {dim0}, {dim1})");
        yield return Row(Torch, "t", "torch.t({input})");
        yield return Row(Torch, "permute", "torch.permute({input}, {permutation})");
        yield return Row(Torch, "flip", "torch.flip({input}, {dims})");
        yield return Row(Torch, "roll", "(torch.roll({input}, [{shifts}]) if {dims} is None else torch.roll({input}, [{shifts}], [{dims}]))", signature: "Tensor, long, long?");
        yield return Row(Torch, "roll", "torch.roll({input}, {shifts}, {dims})", signature: "Tensor, long[], long[]");
        yield return Row(Torch, "narrow", "torch.narrow({input}, {dim}, {start}, {length})");
        yield return Row(Torch, "gather", "torch.gather({input}, {dim}, {index})");
        yield return Row(Torch, "gather", "torch.gather({input}, {dim}, {index}, sparse_grad={sparse_grad})", signature: "Tensor, long, Tensor, bool");
        yield return Row(Torch, "index_select", "torch.index_select({input}, {dim}, {index})");
        yield return Row(Torch, "tril", "torch.tril({input}, {diagonal})");
        yield return Row(Torch, "triu", "torch.triu({input}, {diagonal})");
        yield return Row(Torch, "diag", "torch.diag({input}, {diagonal})");
        yield return Row(Torch, "trace", "torch.trace({input})");

        // Linear algebra.
        yield return Row(Torch, "matmul", "torch.matmul({input}, {target})");
        yield return Row(Torch, "mm", "torch.mm({input}, {target})");
        yield return Row(Torch, "bmm", "torch.bmm({input}, {batch2})");
        // As Tensor.addmm (see TensorMethods): the in-place kernel on a copy, which the interpreter does not split up.
        yield return Row(Torch, "addmm", "{input}.expand([{mat1}.size(0), {mat2}.size(1)]).clone(memory_format=0).addmm_({mat1}, {mat2}, beta={beta}, alpha={alpha})");
        // Tensor.baddbmm's shifted arguments (see TensorMethods) apply here too.
        yield return Row(Torch, "baddbmm", "torch.baddbmm({batch2}, {input}, {batch1}, beta={beta}, alpha={alpha})");
        yield return Row(Torch, "outer", "torch.outer({input}, {vec2})");
        yield return Row(Torch, "dot", "torch.dot({input}, {other})");
        yield return Row(Torch, "kron", "torch.kron({input}, {other})");
        yield return Row(Torch, "cdist", "torch.cdist({x1}, {x2}, {p})", when: "compute_mode=0");
    }
}

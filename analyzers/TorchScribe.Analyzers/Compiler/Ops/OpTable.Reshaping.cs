using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Splits, views, scatters and index updates past the basic set of <see cref="TensorMethods"/>, with the
    /// <c>torch.*</c> twins of tensor methods. Overloads taking .NET tuples or enumerables are left out (their values
    /// would reach TorchScript as tuples where lists are expected); each is then reported as TSB0007.
    /// </summary>
    private static IEnumerable<OpRow> ReshapingOps()
    {
        // Views and rearrangements.
        yield return Row(Tensor, "argwhere", "torch.argwhere({this})");
        yield return Row(Torch, "argwhere", "torch.argwhere({input})");
        yield return Row(Tensor, "atleast_1d", "torch.atleast_1d({this})");
        yield return Row(Tensor, "atleast_2d", "torch.atleast_2d({this})");
        yield return Row(Tensor, "atleast_3d", "torch.atleast_3d({this})");
        yield return Row(Tensor, "broadcast_to", "torch.broadcast_to({this}, {shape})");
        yield return Row(Torch, "broadcast_to", "torch.broadcast_to({input}, {shape})");
        yield return Row(Tensor, "block_diag", "torch.block_diag({tensors})");
        yield return Row(Torch, "block_diag", "torch.block_diag({tensors})");
        yield return Row(Tensor, "channel_shuffle", "torch.channel_shuffle({this}, {groups})");
        yield return Row(Tensor, "diag_embed", "torch.diag_embed({this}, {offset}, {dim1}, {dim2})");
        yield return Row(Torch, "diag_embed", "torch.diag_embed({input}, {offset}, {dim1}, {dim2})");
        yield return Row(Tensor, "diagflat", "torch.diagflat({this}, {offset})");
        yield return Row(Torch, "diagflat", "torch.diagflat({input}, {offset})");
        yield return Row(Torch, "diagonal", "torch.diagonal({input}, {offset}, {dim1}, {dim2})");
        // TorchSharp implements only the first difference (n = 1) and throws otherwise.
        yield return Row(Tensor, "diff", "torch.diff({this}, 1, {dim}, {prepend}, {append})", when: "n=1");
        yield return Row(Torch, "diff", "torch.diff({input}, 1, {dim}, {prepend}, {append})", when: "n=1");
        yield return Row(Tensor, "fliplr", "torch.fliplr({this})");
        yield return Row(Torch, "fliplr", "torch.fliplr({input})");
        yield return Row(Tensor, "flipud", "torch.flipud({this})");
        yield return Row(Torch, "flipud", "torch.flipud({input})");
        yield return Row(Tensor, "moveaxis", "torch.movedim({this}, {source}, {destination})");
        yield return Row(Torch, "moveaxis", "torch.movedim({input}, {source}, {destination})", signature: "Tensor, long, long");
        yield return Row(Torch, "moveaxis", "torch.movedim({input}, {source}, {destination})", signature: "Tensor, long[], long[]");
        yield return Row(Torch, "movedim", "torch.movedim({input}, {source}, {destination})");
        yield return Row(Tensor, "ravel", "torch.ravel({this})");
        yield return Row(Torch, "ravel", "torch.ravel({input})");
        yield return Row(Tensor, "rot90", "torch.rot90({this}, {k}, [0, 1])", when: "dims=null");
        yield return Row(Torch, "rot90", "torch.rot90({input}, {k}, [0, 1])", when: "dims=null");
        yield return Row(Tensor, "squeeze_", "({this}.squeeze_() if {dim} is None else {this}.squeeze_({dim}))");
        yield return Row(Torch, "squeeze_", "({input}.squeeze_() if {dim} is None else {input}.squeeze_({dim}))");
        yield return Row(Torch, "unsqueeze_", "{input}.unsqueeze_({dim})");
        yield return Row(Tensor, "swapdims", "torch.transpose({this}, {dim0}, {dim1})");
        yield return Row(Torch, "swapdims", "torch.transpose({input}, {dim0}, {dim1})");
        yield return Row(Torch, "swapaxes", "torch.transpose({input}, {axis0}, {axis1})");
        yield return Row(Torch, "tile", "torch.tile({input}, {dims})");
        yield return Row(Torch, "unflatten", "torch.unflatten({input}, {dim}, {sizes})", signature: "Tensor, long, long[]");
        yield return Row(Tensor, "unfold", "{this}.unfold({dimension}, {size}, {step})");
        yield return Row(Torch, "tril_", "{input}.tril_({diagonal})");
        yield return Row(Torch, "triu_", "{input}.triu_({diagonal})");
        yield return Row(Torch, "clone", "{input}.clone()");
        yield return Row(Torch, "clip", "torch.clamp({input}, {min}, {max})");
        yield return Row(Torch, "clamp_", "{input}.clamp_({min}, {max})");
        yield return Row(Torch, "clamp_min_", "{input}.clamp_min_({min})");
        yield return Row(Torch, "clamp_max_", "{input}.clamp_max_({max})");
        yield return Row(Tensor, "repeat_interleave", "torch.repeat_interleave({this}, {repeats}, {dim}, output_size={output_size})");
        yield return Row(Torch, "repeat_interleave", "torch.repeat_interleave({input}, {repeats}, {dim}, output_size={output_size})");

        // Splits: a count of equal sections, a list of split indices, or a tensor of them (TorchSharp's tensor forms
        // are tensor_split along the op's dimension).
        yield return Row(Tensor, "tensor_split", "torch.tensor_split({this}, {size}, {dim})", signature: "long, long");
        yield return Row(Tensor, "tensor_split", "torch.tensor_split({this}, {sizes}, {dim})", signature: "long[], long");
        yield return Row(Tensor, "tensor_split", "torch.tensor_split({this}, {indices}, {dim})", signature: "Tensor, long");
        yield return Row(Torch, "tensor_split", "torch.tensor_split({input}, {indices_or_sections}, {dim})");
        yield return Row(Tensor, "hsplit", "torch.hsplit({this}, {size})", signature: "long");
        yield return Row(Tensor, "hsplit", "torch.hsplit({this}, {sizes})", signature: "long[]");
        yield return Row(Tensor, "hsplit", "torch.tensor_split({this}, {indices}, 1)", signature: "Tensor");
        yield return Row(Torch, "hsplit", "torch.hsplit({input}, {indices_or_sections})", signature: "Tensor, long");
        yield return Row(Torch, "hsplit", "torch.hsplit({input}, {indices_or_sections})", signature: "Tensor, long[]");
        yield return Row(Torch, "hsplit", "torch.tensor_split({input}, {indices_or_sections}, 1)", signature: "Tensor, Tensor");
        yield return Row(Tensor, "vsplit", "torch.vsplit({this}, {size})", signature: "long");
        yield return Row(Tensor, "vsplit", "torch.vsplit({this}, {sizes})", signature: "long[]");
        yield return Row(Tensor, "vsplit", "torch.tensor_split({this}, {indices}, 0)", signature: "Tensor");
        yield return Row(Torch, "vsplit", "torch.vsplit({input}, {indices_or_sections})");
        yield return Row(Tensor, "dsplit", "torch.dsplit({this}, {size})", signature: "long");
        yield return Row(Tensor, "dsplit", "torch.dsplit({this}, {sizes})", signature: "long[]");
        yield return Row(Tensor, "dsplit", "torch.tensor_split({this}, {indices}, 2)", signature: "Tensor");
        yield return Row(Torch, "dsplit", "torch.dsplit({input}, {size})");
        yield return Row(Torch, "dsplit", "torch.dsplit({input}, {indices_or_sections})", signature: "Tensor, long[]");
        yield return Row(Torch, "dsplit", "torch.tensor_split({input}, {indices_or_sections}, 2)", signature: "Tensor, Tensor");
        yield return Row(Torch, "unbind", "torch.unbind({tensor}, {dim})", signature: "Tensor, int");
        yield return Row(Torch, "unbind", "torch.unbind({input}, {dim})", signature: "Tensor, long");

        // Gathers, scatters and index updates.
        yield return Row(Torch, "select", "torch.select({input}, {dim}, {index})");
        yield return Row(Torch, "take", "torch.take({input}, {index})");
        yield return Row(Tensor, "take_along_dim", "torch.take_along_dim({this}, {indices})", signature: "Tensor");
        yield return Row(Tensor, "take_along_dim", "torch.take_along_dim({this}, {indices}, {dim})", signature: "Tensor, long");
        yield return Row(Torch, "take_along_dim", "torch.take_along_dim({input}, {indices}, {dim})", signature: "Tensor, Tensor, long");
        yield return Row(Torch, "masked_select", "torch.masked_select({input}, {mask})");
        yield return Row(Tensor, "masked_scatter", "torch.masked_scatter({this}, {mask}, {value})");
        yield return Row(Tensor, "masked_scatter_", "{this}.masked_scatter_({mask}, {value})");
        yield return Row(Tensor, "diagonal_scatter", "torch.diagonal_scatter({this}, {src}, {offset}, {dim1}, {dim2})");
        yield return Row(Torch, "diagonal_scatter", "torch.diagonal_scatter({input}, {src}, {offset}, {dim1}, {dim2})");
        yield return Row(Tensor, "select_scatter", "torch.select_scatter({this}, {src}, {dim}, {index})");
        yield return Row(Torch, "select_scatter", "torch.select_scatter({input}, {src}, {dim}, {index})");
        yield return Row(Tensor, "slice_scatter", "torch.slice_scatter({this}, {src}, {dim}, {start}, {end}, {step})");
        yield return Row(Torch, "slice_scatter", "torch.slice_scatter({input}, {src}, {dim}, {start}, {end}, {step})");
        yield return Row(Tensor, "scatter_", "{this}.scatter_({dim}, {index}, {src})");
        yield return Row(Torch, "scatter", "torch.scatter({input}, {dim}, {index}, {src})");
        yield return Row(Torch, "scatter_", "{input}.scatter_({dim}, {index}, {src})");
        yield return Row(Tensor, "scatter_add_", "{this}.scatter_add_({dim}, {index}, {src})");
        yield return Row(Torch, "scatter_add", "torch.scatter_add({input}, {dim}, {index}, {src})");
        yield return Row(Torch, "scatter_add_", "{input}.scatter_add_({dim}, {index}, {src})");
        yield return Row(Tensor, "index_add_", "{this}.index_add_({dim}, {index}, {source}, alpha={alpha})");
        yield return Row(Torch, "index_add", "torch.index_add({input}, {dim}, {index}, {source}, alpha={alpha})");
        yield return Row(Torch, "index_add_", "{input}.index_add_({dim}, {index}, {source}, alpha={alpha})");
        yield return Row(Tensor, "index_copy", "torch.index_copy({this}, {dim}, {index}, {source})");
        yield return Row(Tensor, "index_copy_", "{this}.index_copy_({dim}, {index}, {source})");
        yield return Row(Torch, "index_copy", "torch.index_copy({input}, {dim}, {index}, {source})");
        yield return Row(Torch, "index_copy_", "{input}.index_copy_({dim}, {index}, {source})");
        yield return Row(Tensor, "index_fill_", "{this}.index_fill_({dim}, {index}, {value})");
        yield return Row(Torch, "index_fill", "torch.index_fill({input}, {dim}, {index}, {value})");
        yield return Row(Torch, "index_fill_", "{input}.index_fill_({dim}, {index}, {value})");
    }
}

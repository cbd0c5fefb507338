using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// The rest of <c>torch.nn.functional</c>: 3-d and transposed convolutions, pooling with indices, dropout variants,
    /// instance norm, losses and sampling grids, as the aten ops libtorch's C++ <c>torch::nn::functional</c> (behind
    /// TorchSharp's THSNN natives) ends in. TorchSharp's capitalized aliases (Hardshrink, SiLU, …) forward to the
    /// lower-case functions and share their rows' templates.
    /// </summary>
    private static IEnumerable<OpRow> FunctionalLayerOps()
    {
        // TorchSharp's PyTorch-unlike aliases.
        yield return Row(Functional, "Hardshrink", "torch.hardshrink({x}, {lambda})");
        yield return Row(Functional, "Softshrink", "torch.softshrink({x}, {lambda})");
        yield return Row(Functional, "Hardtanh", "torch.hardtanh_({x}, {min_val}, {max_val})", when: "inplace=true");
        yield return Row(Functional, "Mish", MishOfX);
        yield return Row(Functional, "SiLU", "torch.silu({x})", when: "inplace=false");
        yield return Row(Functional, "SiLU", "torch.silu_({x})", when: "inplace=true");
        yield return Row(Functional, "Softsign", SoftsignOfX, version: 4);
        yield return Row(Functional, "Tanhshrink", TanhshrinkOfX);
        yield return Row(Functional, "Threshold", "torch.threshold({x}, {threshold}, {value})", when: "inplace=false");
        yield return Row(Functional, "Threshold", "torch.threshold_({x}, {threshold}, {value})", when: "inplace=true");
        yield return Row(Functional, "softmax2d", "torch.softmax({x}, -3)");
        // TorchSharp's rrelu runs libtorch's rrelu with training off (the fixed slope (lower + upper) / 2).
        yield return Row(Functional, "rrelu", "torch.rrelu({x}, {lower}, {upper}, False)", when: "inplace=false");
        yield return Row(Functional, "rrelu", "torch.rrelu_({x}, {lower}, {upper}, False)", when: "inplace=true");
        yield return Row(Tensor, "rrelu", "torch.rrelu({this}, {lower}, {upper}, False)");
        yield return Row(Tensor, "rrelu_", "torch.rrelu_({this}, {lower}, {upper}, False)");

        // Dropout variants: libtorch's feature_dropout drops whole channels.
        foreach (var (member, aten) in new[] { ("alpha_dropout", "alpha_dropout"), ("feature_alpha_dropout", "feature_alpha_dropout"), ("dropout2d", "feature_dropout"), ("dropout3d", "feature_dropout") })
        {
            yield return Row(Functional, member, $"torch.{aten}({{input}}, {{p}}, {{training}})", when: "inplace=false");
            yield return Row(Functional, member, $"torch.{aten}_({{input}}, {{p}}, {{training}})", when: "inplace=true");
        }
        yield return Row(Functional, "dropout1d", "torch.feature_dropout({input}.unsqueeze(-1), {p}, {training}).squeeze(-1)", when: "inplace=false");

        // Convolutions: null stride/padding/dilation are 1/0/1; the Padding enum arrives as "valid" or "same".
        yield return Row(Functional, "conv3d", "torch.conv3d({input}, {weight}, {bias}, {strides|[1]}, {padding|[0]}, {dilation|[1]}, {groups})");
        yield return Row(Functional, "conv1d_padding", "torch.conv1d({input}, {weight}, {bias}, [{stride} if {stride} is not None else 1], {padding}, [{dilation} if {dilation} is not None else 1], {groups})");
        yield return Row(Functional, "conv2d_padding", "torch.conv2d({input}, {weight}, {bias}, {strides|[1]}, {padding}, {dilation|[1]}, {groups})");
        yield return Row(Functional, "conv3d_padding", "torch.conv3d({input}, {weight}, {bias}, {strides|[1]}, {padding}, {dilation|[1]}, {groups})");
        yield return Row(Functional, "conv_transpose1d", "torch.conv_transpose1d({input}, {weight}, {bias}, [{stride} if {stride} is not None else 1], [{padding} if {padding} is not None else 0], [{output_padding} if {output_padding} is not None else 0], {groups}, [{dilation} if {dilation} is not None else 1])");
        yield return Row(Functional, "conv_transpose2d", "torch.conv_transpose2d({input}, {weight}, {bias}, {strides|[1]}, {padding|[0]}, {output_padding|[0]}, {groups}, {dilation|[1]})");
        yield return Row(Functional, "conv_transpose3d", "torch.conv_transpose3d({input}, {weight}, {bias}, {strides|[1]}, {padding|[0]}, {output_padding|[0]}, {groups}, {dilation|[1]})");

        // Pooling (null stride is the kernel size).
        yield return Row(Functional, "max_pool3d", "torch.max_pool3d({input}, {kernel_size}, {strides|kernel_size}, {padding|[0]}, {dilation|[1]}, {ceil_mode})");
        yield return Row(Functional, "max_pool1d_with_indices", "torch.max_pool1d_with_indices({input}, [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [{padding} if {padding} is not None else 0], [{dilation} if {dilation} is not None else 1], {ceil_mode})");
        yield return Row(Functional, "max_pool2d_with_indices", "torch.max_pool2d_with_indices({input}, {kernel_size}, {strides|kernel_size}, {padding|[0]}, {dilation|[1]}, {ceil_mode})");
        yield return Row(Functional, "max_pool3d_with_indices", "torch.max_pool3d_with_indices({input}, {kernel_size}, {strides|kernel_size}, {padding|[0]}, {dilation|[1]}, {ceil_mode})");
        yield return Row(Functional, "avg_pool3d", "torch.avg_pool3d({input}, {kernel_size}, {stride|kernel_size}, {padding|[0]}, {ceil_mode}, {count_include_pad}, {divisor_override})");
        yield return Row(Functional, "adaptive_avg_pool3d", "torch.adaptive_avg_pool3d({input}, {output_size})", signature: "Tensor, long[]");
        yield return Row(Functional, "adaptive_avg_pool3d", "torch.adaptive_avg_pool3d({input}, [{output_size}, {output_size}, {output_size}])", signature: "Tensor, long");
        yield return Row(Functional, "adaptive_max_pool1d", "torch.adaptive_max_pool1d({input}, [{output_size}])[0]");
        yield return Row(Functional, "adaptive_max_pool1d_with_indices", "torch.adaptive_max_pool1d({input}, [{output_size}])");
        yield return Row(Functional, "adaptive_max_pool2d", "torch.adaptive_max_pool2d({input}, {output_size})[0]");
        yield return Row(Functional, "adaptive_max_pool2d_with_indices", "torch.adaptive_max_pool2d({input}, {output_size})");
        // libtorch's lp_pool: the average of x^p over the window, times its size, to the power 1/p (sign-safe).
        yield return Row(Functional, "lp_pool1d", "[torch.pow(torch.mul(torch.mul(torch.sign(ts_o), torch.relu(torch.abs(ts_o))), {kernel_size}), 1.0 / {norm_type}) for ts_o in [torch.avg_pool1d(torch.pow({input}, {norm_type}), [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [0], {ceil_mode}, True)]][0]");
        yield return Row(Functional, "lp_pool2d", "[torch.pow(torch.mul(torch.mul(torch.sign(ts_o), torch.relu(torch.abs(ts_o))), {kernel_size}[0] * {kernel_size}[1]), 1.0 / {norm_type}) for ts_o in [torch.avg_pool2d(torch.pow({input}, {norm_type}), {kernel_size}, {stride|kernel_size}, [0], {ceil_mode}, True, None)]][0]", signature: "Tensor, double, long[], long[], bool");
        yield return Row(Functional, "lp_pool2d", "[torch.pow(torch.mul(torch.mul(torch.sign(ts_o), torch.relu(torch.abs(ts_o))), {kernel_size} * {kernel_size}), 1.0 / {norm_type}) for ts_o in [torch.avg_pool2d(torch.pow({input}, {norm_type}), [{kernel_size}, {kernel_size}], [{stride}, {stride}] if {stride} is not None else [{kernel_size}, {kernel_size}], [0], {ceil_mode}, True, None)]][0]", signature: "Tensor, double, long, long?, bool");

        // Normalization, reshaping and sampling grids.
        yield return Row(Functional, "instance_norm", "torch.instance_norm({input}, {weight}, {bias}, {running_mean}, {running_var}, {use_input_stats}, {momentum}, {eps}, False)");
        yield return Row(Functional, "pixel_unshuffle", "torch.pixel_unshuffle({input}, {downscale_factor})");
        yield return Row(Functional, "fold", "torch.col2im({input}, [{output_size}, {output_size}], [{kernel_size}, {kernel_size}], [{dilation}, {dilation}], [{padding}, {padding}], [{stride}, {stride}])", signature: "Tensor, long, long, long, long, long");
        yield return Row(Functional, "unfold", "torch.im2col({input}, [{kernel_size}, {kernel_size}], [{dilation}, {dilation}], [{padding}, {padding}], [{stride}, {stride}])", signature: "Tensor, long, long, long, long");
        yield return Row(Functional, "affine_grid", "torch.affine_grid_generator({theta}, {size}, {align_corners})");
        // The mode enums arrive as their names; aten's grid_sampler takes codes (bilinear 0, nearest 1; zeros 0, border 1,
        // reflection 2). An unset align_corners is false.
        yield return Row(Functional, "grid_sample", "torch.grid_sampler({input}, {grid}, (0 if {mode} == \"bilinear\" else 1), (0 if {padding_mode} == \"zeros\" else (1 if {padding_mode} == \"border\" else 2)), False if {align_corners} is None else {align_corners})");
        yield return Row(Functional, "upsample_nearest1d", "torch.upsample_nearest1d({input}, [{outputSize}], None)", when: "scaleFactor=null");
        yield return Row(Functional, "upsample_nearest1d", "torch.upsample_nearest1d({input}, None, [{scaleFactor}])", when: "outputSize=null");
        yield return Row(Functional, "upsample_nearest2d", "torch.upsample_nearest2d({input}, {outputSizes}, {scaleFactors})");
        yield return Row(Functional, "upsample_nearest3d", "torch.upsample_nearest3d({input}, {outputSizes}, {scaleFactors})");

        // Losses (Reduction is libtorch's int code).
        yield return Row(Functional, "cosine_embedding_loss", "torch.cosine_embedding_loss({input1}, {input2}, {target}, {margin}, {reduction})");
        yield return Row(Functional, "hinge_embedding_loss", "torch.hinge_embedding_loss({input}, {target}, {margin}, {reduction})");
        yield return Row(Functional, "margin_ranking_loss", "torch.margin_ranking_loss({input1}, {input2}, {target}, {margin}, {reduction})");
        yield return Row(Functional, "multi_label_margin_loss", "torch.multilabel_margin_loss({input}, {target}, {reduction})");
        yield return Row(Functional, "multi_margin_loss", "torch.multi_margin_loss({input}, {target}, {p}, {margin}, {weight}, {reduction})");
        yield return Row(Functional, "soft_margin_loss", "torch.soft_margin_loss({input}, {target}, {reduction})");
        yield return Row(Functional, "triplet_margin_loss", "torch.triplet_margin_loss({anchor}, {positive}, {negative}, {margin}, float({p}), {eps}, {swap}, {reduction})");
        yield return Row(Functional, "ctc_loss", "torch.ctc_loss({log_probs}, {targets}, {input_lengths}, {target_lengths}, {blank}, {reduction}, {zero_infinity})");
    }
}

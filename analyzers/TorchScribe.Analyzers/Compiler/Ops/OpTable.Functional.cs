using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// <c>torch.nn.functional</c>, which TorchScript does not have: each row is the aten op that TorchSharp's native
    /// implementation (THSNN_*, libtorch's C++ <c>torch::nn::functional</c>) ends in, with its argument order.
    /// Where TorchSharp composes several ops and the template needs an argument twice, the argument is bound once
    /// by a one-element list comprehension, so it is evaluated once as in C#.
    /// </summary>
    // Activations TorchSharp composes in C#, op for op (shared by the lower-case functions and TorchSharp's aliases).
    // TorchSharp's mish is x * tanh(softplus(x)), which rounds differently from aten's fused mish.
    private const string MishOfX = "[torch.mul(ts_x, torch.tanh(torch.softplus(ts_x, 1.0, 20.0))) for ts_x in [{x}]][0]";
    private const string SoftsignOfX = "[torch.div(ts_x, torch.add(torch.abs(ts_x), 1)) for ts_x in [{x}]][0]";
    private const string TanhshrinkOfX = "[torch.sub(ts_x, torch.tanh(ts_x)) for ts_x in [{x}]][0]";

    private static IEnumerable<OpRow> FunctionalOps()
    {
        // Activations.
        yield return Row(Functional, "relu", "torch.relu({x})", when: "inplace=false");
        yield return Row(Functional, "relu", "torch.relu_({x})", when: "inplace=true");
        yield return Row(Functional, "relu6", "torch.hardtanh({x}, 0.0, 6.0)", when: "inplace=false");
        yield return Row(Functional, "leaky_relu", "torch.leaky_relu({input}, {negative_slope})", when: "inplace=false");
        yield return Row(Functional, "leaky_relu", "torch.leaky_relu_({input}, {negative_slope})", when: "inplace=true");
        // TorchSharp's elu_ is not in place, so inplace=true computes a new tensor as well.
        yield return Row(Functional, "elu", "torch.elu({x}, {alpha}, 1.0, 1.0)", when: "inplace=false");
        yield return Row(Functional, "elu", "torch.elu({x}, {alpha}, 1.0, 1.0)", when: "inplace=true");
        yield return Row(Functional, "celu", "torch.celu({x}, {alpha})", when: "inplace=false");
        yield return Row(Functional, "selu", "torch.selu({x})", when: "inplace=false");
        yield return Row(Functional, "gelu", "torch.gelu({x})", version: 10);
        yield return Row(Functional, "gelu", "torch.gelu({x})", when: "inplace=false", version: 10);
        yield return Row(Functional, "gelu", "torch.gelu({x}, approximate={approximate})", when: "inplace=false", signature: "Tensor, Approximate, bool", version: 10);
        yield return Row(Functional, "silu", "torch.silu({x})", when: "inplace=false");
        yield return Row(Functional, "silu", "torch.silu_({x})", when: "inplace=true");
        yield return Row(Functional, "mish", MishOfX, when: "inplace=false");
        yield return Row(Functional, "hardswish", "torch.hardswish({input})", when: "inplace=false");
        yield return Row(Functional, "hardsigmoid", "torch.hardsigmoid({input})", when: "inplace=false");
        yield return Row(Functional, "sigmoid", "torch.sigmoid({x})");
        yield return Row(Functional, "sigmoid", "torch.sigmoid({x})", when: "inplace=false");
        yield return Row(Functional, "sigmoid", "torch.sigmoid_({x})", when: "inplace=true");
        yield return Row(Functional, "tanh", "torch.tanh({x})", when: "inplace=false");
        yield return Row(Functional, "tanh", "torch.tanh_({x})", when: "inplace=true");
        yield return Row(Functional, "softplus", "torch.softplus({x}, {beta}, {threshold})");
        yield return Row(Functional, "logsigmoid", "torch.log_sigmoid({x})");
        yield return Row(Functional, "softsign", SoftsignOfX, when: "inplace=false", version: 4);
        yield return Row(Functional, "tanhshrink", TanhshrinkOfX, when: "inplace=false");
        yield return Row(Functional, "hardtanh", "torch.hardtanh_({x}, {min_val}, {max_val})", when: "inplace=true");
        yield return Row(Functional, "threshold", "torch.threshold({x}, {threshold}, {value})", when: "inplace=false");
        yield return Row(Functional, "hardshrink", "torch.hardshrink({x}, {lambda})");
        yield return Row(Functional, "softshrink", "torch.softshrink({x}, {lambda})");
        yield return Row(Functional, "glu", "torch.glu({input}, {dim})");
        yield return Row(Functional, "prelu", "torch.prelu({input}, {weight})");
        yield return Row(Functional, "softmax", "torch.softmax({input}, {dim}, {dtype})");
        yield return Row(Functional, "log_softmax", "torch.log_softmax({x}, {dim})");
        yield return Row(Functional, "softmin", "torch.softmax(torch.neg({x}), {dim})");
        yield return Row(Functional, "dropout", "torch.dropout({input}, {p}, {training})", when: "inplace=false");
        yield return Row(Functional, "dropout", "torch.dropout_({input}, {p}, {training})", when: "inplace=true");

        // Linear layers and normalization (batch_norm's aten order: weight, bias, running_mean, running_var).
        yield return Row(Functional, "linear", "torch.linear({input}, {weights}, {bias})");
        yield return Row(Functional, "bilinear", "torch.bilinear({input1}, {input2}, {weight}, {bias})");
        yield return Row(Functional, "layer_norm", "torch.layer_norm({input}, {normalized_shape}, {weight}, {bias}, {eps})");
        yield return Row(Functional, "group_norm", "torch.group_norm({input}, {num_groups}, {weight}, {bias}, {eps})");
        yield return Row(Functional, "batch_norm", "torch.batch_norm({input}, {weight}, {bias}, {running_mean}, {running_var}, {training}, {momentum}, {eps}, False)");
        yield return Row(Functional, "normalize", "[torch.div(ts_x, torch.clamp_min(torch.norm(ts_x, {p}, [{dim}], True), {eps}).expand_as(ts_x)) for ts_x in [{input}]][0]", version: 4);
        yield return Row(Functional, "cosine_similarity", "torch.cosine_similarity({x1}, {x2}, {dim}, {eps})");
        yield return Row(Functional, "pairwise_distance", "torch.pairwise_distance({input1}, {input2}, {p}, {eps}, {keepdim})");
        yield return Row(Functional, "one_hot", "torch.one_hot({x}, {num_classes})");
        yield return Row(Functional, "scaled_dot_product_attention", "torch.scaled_dot_product_attention({query}, {key}, {value}, {attn_mask}, {p}, {is_casual})", pytorch: "2.0");

        // Convolution and pooling: TorchSharp's null stride/padding/dilation are 1/0/1 (pooling: stride = kernel size);
        // a null long? is no constant to the op table, so the default is chosen in TorchScript (statically for None).
        yield return Row(Functional, "conv1d", "torch.conv1d({input}, {weight}, {bias}, [{stride} if {stride} is not None else 1], [{padding} if {padding} is not None else 0], [{dilation} if {dilation} is not None else 1], {groups})");
        yield return Row(Functional, "conv2d", "torch.conv2d({input}, {weight}, {bias}, {strides|[1]}, {padding|[0]}, {dilation|[1]}, {groups})");
        yield return Row(Functional, "max_pool1d", "torch.max_pool1d({input}, [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [{padding} if {padding} is not None else 0], [{dilation} if {dilation} is not None else 1], {ceil_mode})");
        yield return Row(Functional, "max_pool2d", "torch.max_pool2d({input}, {kernel_size}, {strides|kernel_size}, {padding|[0]}, {dilation|[1]}, {ceil_mode})", signature: "Tensor, long[], long[], long[], long[], bool");
        yield return Row(Functional, "max_pool2d", "torch.max_pool2d({input}, [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [{padding} if {padding} is not None else 0], [{dilation} if {dilation} is not None else 1], {ceil_mode})", signature: "Tensor, long, long?, long?, long?, bool");
        yield return Row(Functional, "avg_pool1d", "torch.avg_pool1d({input}, [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [{padding} if {padding} is not None else 0], {ceil_mode}, {count_include_pad})");
        yield return Row(Functional, "avg_pool2d", "torch.avg_pool2d({input}, {kernel_size}, {stride|kernel_size}, {padding|[0]}, {ceil_mode}, {count_include_pad}, {divisor_override})", signature: "Tensor, long[], long[], long[], bool, bool, long?");
        yield return Row(Functional, "avg_pool2d", "torch.avg_pool2d({input}, [{kernel_size}], [{stride} if {stride} is not None else {kernel_size}], [{padding}], {ceil_mode}, {count_include_pad}, {divisor_override})", signature: "Tensor, long, long?, long, bool, bool, long?");
        yield return Row(Functional, "adaptive_avg_pool1d", "torch.adaptive_avg_pool1d({input}, [{output_size}])");
        yield return Row(Functional, "adaptive_avg_pool2d", "torch.adaptive_avg_pool2d({input}, {output_size})", signature: "Tensor, long[]");
        yield return Row(Functional, "adaptive_avg_pool2d", "torch.adaptive_avg_pool2d({input}, [{output_size}, {output_size}])", signature: "Tensor, long");
        yield return Row(Functional, "pixel_shuffle", "torch.pixel_shuffle({input}, {upscale_factor})");
        yield return Row(Functional, "pad", "torch.constant_pad_nd({input}, {pad}, {value})", when: "mode=4", signature: "Tensor, long[], PaddingModes, double");

        // Losses: Reduction is an int code (0 none, 1 mean, 2 sum), the same in TorchSharp and libtorch.
        yield return Row(Functional, "mse_loss", "torch.mse_loss({input}, {target}, {reduction})");
        yield return Row(Functional, "l1_loss", "torch.l1_loss({input}, {target}, {reduction})");
        yield return Row(Functional, "smooth_l1_loss", "torch.smooth_l1_loss({input}, {target}, {reduction}, {beta})");
        yield return Row(Functional, "huber_loss", "torch.huber_loss({input}, {target}, {reduction}, {delta})");
        yield return Row(Functional, "cross_entropy", "torch.cross_entropy_loss({input}, {target}, {weight}, {reduction}, {ignore_index}, {label_smoothing})");
        yield return Row(Functional, "nll_loss", "torch.nll_loss_nd({input}, {target}, {weight}, {reduction}, -100)");
        yield return Row(Functional, "binary_cross_entropy", "torch.binary_cross_entropy({input}, {target}, {weight}, {reduction})", when: "weight=null");
        yield return Row(Functional, "binary_cross_entropy_with_logits", "torch.binary_cross_entropy_with_logits({input}, {target}, {weight}, {pos_weights}, {reduction})");
        // TorchSharp's kl_div defaults to log_target=true, unlike PyTorch.
        yield return Row(Functional, "kl_div", "torch.kl_div({input}, {target}, {reduction}, log_target={log_target})");
    }
}

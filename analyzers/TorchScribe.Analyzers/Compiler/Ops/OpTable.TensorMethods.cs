using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    private static IEnumerable<OpRow> TensorMethods()
    {
        // TorchSharp memory idioms: their pure meaning is the tensor itself.
        yield return Row(Tensor, "alias", "{this}");
        yield return Row(Tensor, "MoveToOuterDisposeScope", "{this}");
        yield return Row(Tensor, "DetachFromDisposeScope", "{this}");

        yield return Row(Tensor, "shape", "{this}.size()");
        yield return Row(Tensor, "dtype", "{this}.dtype");
        yield return Row(Tensor, "requires_grad", "{this}.requires_grad");
        yield return Row(Tensor, "size", "{this}.size({dim})");
        yield return Row(Tensor, "dim", "{this}.dim()");
        yield return Row(Tensor, "numel", "{this}.numel()");
        yield return Row(Tensor, "item", "{this}.item()");
    }

    private static IEnumerable<OpRow> TorchFunctions()
    {
        yield return Row(Torch, "matmul", "torch.matmul({input}, {other})");
        yield return Row(Torch, "mm", "torch.mm({input}, {target})");
        yield return Row(Torch, "relu", "torch.relu({input})");
    }

    private static IEnumerable<OpRow> FunctionalOps()
    {
        yield return Row(Functional, "relu", "torch.relu({x})", when: "inplace=false");
        yield return Row(Functional, "relu", "torch.relu_({x})", when: "inplace=true");
    }

    private static IEnumerable<OpRow> MathFunctions()
    {
        yield return Row("System.Math", "Sqrt", "math.sqrt({d})");
    }

    private static IEnumerable<OpRow> Collections()
    {
        yield return Row("System.Collections.Generic.List<T>", "Add", "{this}.append({item})");
    }
}

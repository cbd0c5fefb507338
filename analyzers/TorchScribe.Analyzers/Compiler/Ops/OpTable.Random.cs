using System.Collections.Generic;

namespace TorchScribe.Analyzers.Compiler.Ops;

internal static partial class OpTable
{
    /// <summary>
    /// Random sampling from the process-wide generator, which TorchSharp and TorchScript share: seeded alike (as
    /// <c>torch.manual_seed</c> does for both), the export draws the numbers the C# draws. A .NET
    /// <c>Generator</c> object cannot be exported, so only calls without one are mapped.
    /// </summary>
    private static IEnumerable<OpRow> RandomOps()
    {
        const string Global = "generator=null";
        const string Factory = "device=null;requires_grad=false;generator=null;names=null";
        const string Like = "device=null;requires_grad=false";
        const string Rest = "ScalarType?, Device?, bool, Generator?, string[]?";

        // Factories, with TorchSharp's shape overloads.
        foreach (string op in new[] { "rand", "randn" })
        {
            yield return Row(Torch, op, $"torch.{op}({{size:list}}, dtype={{dtype}})", when: Factory);
            foreach (string n in new[] { "long", "int" })
            {
                yield return Row(Torch, op, $"torch.{op}([{{rows}}, {{columns}}], dtype={{dtype}})", when: Factory, signature: $"{n}, {n}, {Rest}");
                yield return Row(Torch, op, $"torch.{op}([{{dim0}}, {{dim1}}, {{dim2}}], dtype={{dtype}})", when: Factory, signature: $"{n}, {n}, {n}, {Rest}");
                yield return Row(Torch, op, $"torch.{op}([{{dim0}}, {{dim1}}, {{dim2}}, {{dim3}}], dtype={{dtype}})", when: Factory, signature: $"{n}, {n}, {n}, {n}, {Rest}");
            }
        }
        // TorchSharp's randint is int64 unless told otherwise; TorchScript's would be the default (float) dtype.
        yield return Row(Torch, "randint", "torch.randint({low}, {high}, {size}, dtype={dtype} if {dtype} is not None else 4)", when: Factory, signature: $"long, long, long[], {Rest}");
        yield return Row(Torch, "randint", "torch.randint(0, {high}, {size}, dtype={dtype} if {dtype} is not None else 4)", when: Factory, signature: $"long, long[], {Rest}");
        yield return Row(Torch, "randperm", "torch.randperm({n}, dtype={dtype})", when: "device=null;requires_grad=false;generator=null");
        yield return Row(Torch, "randperm", "torch.randperm({n}, out={out})", when: Global, signature: "long, Tensor, Generator?");
        yield return Row(Tensor, "rand_like", "torch.rand_like({this}, dtype={dtype})", when: Like);
        yield return Row(Torch, "rand_like", "torch.rand_like({input}, dtype={dtype})", when: Like);
        yield return Row(Tensor, "randn_like", "torch.randn_like({this}, dtype={dtype})", when: Like);
        yield return Row(Torch, "randn_like", "torch.randn_like({input}, dtype={dtype})", when: Like);
        yield return Row(Tensor, "randint_like", "torch.randint_like({this}, {low}, {high}, dtype={dtype})", when: Like);
        yield return Row(Torch, "randint_like", "torch.randint_like({input}, {low}, {high}, dtype={dtype})", when: Like);

        // Sampling from distributions.
        yield return Row(Tensor, "bernoulli", "torch.bernoulli({this})", when: Global);
        yield return Row(Torch, "bernoulli", "torch.bernoulli({input})", when: Global);
        yield return Row(Tensor, "bernoulli_", "{this}.bernoulli_({p})", when: Global);
        yield return Row(Tensor, "binomial", "torch.binomial({this}, {prob})", when: Global);
        yield return Row(Torch, "binomial", "torch.binomial({count}, {probs})", when: Global);
        yield return Row(Tensor, "multinomial", "torch.multinomial({this}, {num_samples}, {replacement})", when: Global);
        yield return Row(Torch, "multinomial", "torch.multinomial({input}, {num_samples}, {replacement})", when: Global);
        yield return Row(Tensor, "poisson", "torch.poisson({this})", when: Global);
        yield return Row(Torch, "poisson", "torch.poisson({input})", when: Global);
        // TorchSharp's normal(mean, std) is randn(mean.shape) * std + mean, its draws in the default dtype.
        yield return Row(Torch, "normal", "torch.add(torch.mul(torch.randn({mean}.size()), {std}), {mean})", when: Global, signature: "Tensor, Tensor, Generator?");
        yield return Row(Torch, "_sample_dirichlet", "torch._sample_dirichlet({input})", when: Global);
        yield return Row(Torch, "_standard_gamma", "torch._standard_gamma({input})", when: Global);
        yield return Row(Tensor, "normal_", "{this}.normal_({mean}, {std})", when: Global);
        yield return Row(Tensor, "uniform_", "{this}.uniform_({from}, {to})", when: Global);
        yield return Row(Tensor, "cauchy_", "{this}.cauchy_({median}, {sigma})", when: Global);
        yield return Row(Tensor, "exponential_", "{this}.exponential_({lambda})", when: Global);
        yield return Row(Tensor, "geometric_", "{this}.geometric_({p})", when: Global);
        yield return Row(Tensor, "log_normal_", "{this}.log_normal_({mean}, {std})", when: Global);
        // The native random_ takes integers: C++ truncates TorchSharp's doubles, as int() does.
        yield return Row(Tensor, "random_", "{this}.random_(int({from}), int({to}))", when: Global);
    }
}

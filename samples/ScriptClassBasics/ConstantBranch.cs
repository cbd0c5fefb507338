using TorchScribe;
using TorchSharp;
using static TorchSharp.torch;

namespace ScriptClassBasics;

/// <summary>
/// Scenario 2: a forward that branches on two constants. Like PyTorch's <c>__constants__</c>, each instance's values
/// are inlined when it is exported, so <c>ConstantBranch(3, 2)</c> and <c>ConstantBranch(2, 3)</c> export different code.
/// </summary>
[ScriptClass]
public partial class ConstantBranch
{
    [ScriptConstant] private readonly long a;
    [ScriptConstant] private readonly long b;

    public ConstantBranch(long a, long b) : base(nameof(ConstantBranch))
    {
        this.a = a;
        this.b = b;
        RegisterComponents();
    }

    // No base class and a [ScriptMethod] Forward: TorchScribe infers Module<Tensor, Tensor> and writes forward().
    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        if (a > b)
            return x * a;
        return x + b;
    }
}

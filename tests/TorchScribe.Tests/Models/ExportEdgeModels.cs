using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

/// <summary>A module whose buffer is given from outside (a non-contiguous view, in the storage test).</summary>
[ScriptClass]
public partial class WithBuffer
{
    private readonly Tensor table;

    public WithBuffer(Tensor table) : base(nameof(WithBuffer))
    {
        this.table = table;
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x + table;
}

/// <summary>Uses tensor division, whose semantics changed at archive version 4.</summary>
[ScriptClass]
public partial class Halver
{
    public Halver() : base(nameof(Halver)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x / 2;
}

/// <summary>A custom module that is not a [ScriptClass]: export must name it.</summary>
public sealed class NotScriptable : nn.Module<Tensor, Tensor>
{
    public NotScriptable() : base(nameof(NotScriptable)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x;
}

#pragma warning disable TSB0004 // deliberately not scriptable: export must refuse it and say why
/// <summary>A [ScriptClass] whose forward writes to the console (its TSB0004 is suppressed so the project builds).</summary>
[ScriptClass]
public partial class Chatty
{
    public Chatty() : base(nameof(Chatty)) => RegisterComponents();

    [ScriptMethod]
    public Tensor Forward(Tensor x)
    {
        System.Console.WriteLine("forward");
        return x;
    }
}
#pragma warning restore TSB0004

/// <summary>A [ScriptClass] that registers a buffer by hand under a name libtorch cannot load (its forward method's).</summary>
[ScriptClass]
public partial class ForwardBuffer
{
    public ForwardBuffer() : base(nameof(ForwardBuffer))
    {
        register_buffer("forward", ones(1));
        RegisterComponents();
    }

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x;
}

/// <summary>One of two classes whose TorchScript names collide (letters outside ASCII become '_'): Gr__e.</summary>
[ScriptClass]
public partial class Größe
{
    public Größe() : base(nameof(Größe)) => RegisterComponents();

    [ScriptMethod]
    public static double Scale(double v) => v * 2.0;

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x * Scale(1.5);
}

/// <summary>The other: same TorchScript name, other static script methods.</summary>
[ScriptClass]
public partial class Gr__e
{
    public Gr__e() : base(nameof(Gr__e)) => RegisterComponents();

    [ScriptMethod]
    public static double Scale(double v) => v * 3.0;

    [ScriptMethod]
    public Tensor Forward(Tensor x) => x * Scale(1.5);
}

using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models;

// Plain [ScriptClass]es, NamedTuple structs and module interfaces: the TorchScript classes that are not modules.

/// <summary>A helper object: fields of several types, one constructor (its __init__), methods, a computed property, a static method.</summary>
[ScriptClass]
public sealed partial class BoxCoder
{
    private readonly double weight;
    private readonly Tensor offset;
    private long calls;
    public string Name = "coder";
    public double? Limit;

    public BoxCoder(double weight, Tensor offset, double? limit = null)
    {
        this.weight = weight;
        this.offset = offset;
        Limit = limit;
    }

    public double Weight => weight * 2;

    public long Calls => calls;

    public Tensor Encode(Tensor x)
    {
        calls += 1;
        Tensor encoded = x * weight + offset;
        return Limit is null ? encoded : encoded.clamp(-Limit.Value, Limit.Value);
    }

    public Tensor Decode(Tensor x) => (x - offset) / weight;

    public static Tensor Squash(Tensor x) => x.tanh();
}

/// <summary>A module holding a script-class object as a field, next to a submodule.</summary>
[ScriptClass]
public sealed partial class CoderHolder : nn.Module<Tensor, Tensor>
{
    private readonly Linear proj;
    private readonly BoxCoder coder;
    private readonly BoxCoder? spare;

    public CoderHolder(bool withSpare) : base(nameof(CoderHolder))
    {
        proj = nn.Linear(4, 4);
        coder = new BoxCoder(0.5, linspace(-1, 1, 4), 2.0);
        spare = withSpare ? new BoxCoder(3, ones(4)) : null;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        Tensor y = coder.Decode(coder.Encode(proj.forward(x))) * coder.Weight;
        if (spare is not null)
            y = y + spare.Encode(x);
        return BoxCoder.Squash(y);
    }
}

/// <summary>A beam-search hypothesis: created, extended (returned), compared and listed by script code.</summary>
[ScriptClass]
public sealed partial class Hypothesis
{
    public Tensor Tokens;
    public double Score;

    public Hypothesis(Tensor tokens, double score)
    {
        Tokens = tokens;
        Score = score;
    }

    public Hypothesis Extend(Tensor token, double logProbability) => new Hypothesis(cat(new[] { Tokens, token }), Score + logProbability);

    public bool Beats(Hypothesis other) => Score > other.Score;
}

/// <summary>Script code creating, passing, returning, listing, keying and null-testing objects.</summary>
[ScriptClass]
public sealed partial class BeamSearch : nn.Module<Tensor, Tensor>
{
    [ScriptConstant] private readonly long width;

    public BeamSearch(long width) : base(nameof(BeamSearch))
    {
        this.width = width;
        RegisterComponents();
    }

    public override Tensor forward(Tensor logits)
    {
        var beams = new List<Hypothesis> { new Hypothesis(zeros(0, dtype: int64), 0.0) };
        for (long step = 0; step < logits.shape[0]; step++)
        {
            var next = new List<Hypothesis>();
            Tensor order = logits[step].argsort(descending: true);
            foreach (Hypothesis beam in beams)
            {
                for (long k = 0; k < width; k++)
                {
                    Tensor token = order[k].reshape(1);
                    next.Add(beam.Extend(token, logits[step][order[k]].item<float>()));
                }
            }
            beams = Best(next, width);
        }
        var byName = new Dictionary<string, Hypothesis>();
        byName["best"] = beams[0];
        Hypothesis? worst = null;
        foreach (Hypothesis beam in beams)
        {
            if (worst is null || worst.Beats(beam))
                worst = beam;
        }
        Tensor score = tensor(byName["best"].Score - (worst is null ? 0.0 : worst.Score));
        return cat(new[] { byName["best"].Tokens.to(float64), score.reshape(1) });
    }

    private static List<Hypothesis> Best(List<Hypothesis> candidates, long count)
    {
        var kept = new List<Hypothesis>();
        var taken = new List<bool>();
        foreach (Hypothesis _ in candidates)
            taken.Add(false);
        while (kept.Count < count && kept.Count < candidates.Count)
        {
            int best = -1;
            for (int i = 0; i < candidates.Count; i++)
            {
                if (!taken[i] && (best < 0 || candidates[i].Beats(candidates[best])))
                    best = i;
            }
            taken[best] = true;
            kept.Add(candidates[best]);
        }
        return kept;
    }
}

/// <summary>A NamedTuple: an immutable value of scriptable fields.</summary>
[ScriptClass]
public readonly partial record struct Span(Tensor Values, long Start, double Scale);

/// <summary>A module with a NamedTuple field, creating, passing and returning NamedTuples.</summary>
[ScriptClass]
public sealed partial class SpanModel : nn.Module<Tensor, Tensor>
{
    private readonly Span bias = new Span(ones(3), 2, 0.25);

    public SpanModel() : base(nameof(SpanModel)) => RegisterComponents();

    public override Tensor forward(Tensor x)
    {
        Span shifted = Shift(new Span(x, 1, 2.0));
        var spans = new List<Span> { shifted, bias };
        Tensor sum = zeros(3);
        foreach (Span span in spans)
            sum = sum + span.Values * span.Scale + span.Start;
        return sum;
    }

    private static Span Shift(Span span) => new Span(span.Values + 1, span.Start + 1, span.Scale);
}

/// <summary>A nested script class: an object holding other objects and a list of them.</summary>
[ScriptClass]
public sealed partial class AnchorGenerator
{
    private readonly BoxCoder coder;
    private readonly List<Span> levels = new List<Span>();

    public AnchorGenerator(BoxCoder coder, long count)
    {
        this.coder = coder;
        for (long i = 0; i < count; i++)
            levels.Add(new Span(ones(3) * i, i, 0.5 * i));
    }

    public Tensor Anchors(Tensor x)
    {
        Tensor total = coder.Encode(x);
        foreach (Span level in levels)
            total = total + level.Values * level.Scale - level.Start;
        return total;
    }
}

/// <summary>A module holding a nested script class.</summary>
[ScriptClass]
public sealed partial class AnchorModel : nn.Module<Tensor, Tensor>
{
    private readonly AnchorGenerator generator = new AnchorGenerator(new BoxCoder(2, zeros(3)), 3);

    public AnchorModel() : base(nameof(AnchorModel)) => RegisterComponents();

    public override Tensor forward(Tensor x) => generator.Anchors(x) + new AnchorGenerator(new BoxCoder(1, ones(3)), 2).Anchors(x);
}

/// <summary>A module interface: the block a model can swap.</summary>
[ScriptClass]
public partial interface IBlock
{
    Tensor forward(Tensor x);

    Tensor Blend(Tensor x, double weight);
}

/// <summary>One implementation of <see cref="IBlock"/>.</summary>
[ScriptClass]
public sealed partial class ShiftBlock : nn.Module<Tensor, Tensor>, IBlock
{
    public ShiftBlock() : base(nameof(ShiftBlock)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x + 1;

    [ScriptMethod]
    public Tensor Blend(Tensor x, double weight) => x * weight + 1;
}

/// <summary>Another implementation of <see cref="IBlock"/>, with a parameter.</summary>
[ScriptClass]
public sealed partial class ScaleBlock : nn.Module<Tensor, Tensor>, IBlock
{
    private readonly Parameter scale = nn.Parameter(full(3, 1.5));

    public ScaleBlock() : base(nameof(ScaleBlock)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x * scale;

    [ScriptMethod]
    public Tensor Blend(Tensor x, double weight) => x * scale * weight;
}

/// <summary>A model whose block is either implementation.</summary>
[ScriptClass]
public sealed partial class SwappableModel : nn.Module<Tensor, Tensor>
{
    private readonly IBlock block;

    public SwappableModel(IBlock block) : base(nameof(SwappableModel))
    {
        this.block = block;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => block.forward(x).relu() * 2 + block.Blend(x, 0.25);
}

/// <summary>
/// The C# twin of tests/pytorch/script_classes.py's LayoutTwin: an object, a NamedTuple and a module interface held by
/// one module, whose archive layout is compared with the one PyTorch writes.
/// </summary>
[ScriptClass]
public sealed partial class LayoutTwin : nn.Module<Tensor, Tensor>
{
    private readonly BoxCoder coder = new BoxCoder(0.5, ones(3), 2.0);
    private readonly Span span = new Span(full(3, 2.0f), 4, 0.25);
    private readonly IBlock block = new ShiftBlock();

    public LayoutTwin() : base(nameof(LayoutTwin)) => RegisterComponents();

    public override Tensor forward(Tensor x) => coder.Encode(x) + span.Values * span.Scale + span.Start + block.forward(x);
}

/// <summary>
/// Two fields holding one object: C# shares it (the second Encode sees the first's count), an archive would hold two
/// copies, so Save refuses.
/// </summary>
[ScriptClass]
public sealed partial class SharedCoder : nn.Module<Tensor, Tensor>
{
    private readonly BoxCoder first;
    private readonly BoxCoder second;

    public SharedCoder() : base(nameof(SharedCoder))
    {
        first = new BoxCoder(1, zeros(3));
        second = first;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x) => first.Encode(x) + second.Encode(x) * second.Calls;
}

/// <summary>
/// A NamedTuple field holding C#'s default Span, whose tensor is null: no NamedTuple can hold None as a Tensor, so
/// Save refuses and names the field.
/// </summary>
[ScriptClass]
public sealed partial class DefaultSpanHolder : nn.Module<Tensor, Tensor>
{
    private readonly Span span = default;

    public DefaultSpanHolder() : base(nameof(DefaultSpanHolder)) => RegisterComponents();

    public override Tensor forward(Tensor x) => x * span.Start;
}

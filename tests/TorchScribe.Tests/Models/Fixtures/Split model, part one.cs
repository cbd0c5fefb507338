using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Tests.Models.Fixtures;

/// <summary>A [ScriptClass] split over two files (with spaces and commas in their names): its fields here…</summary>
[ScriptClass]
public partial class SplitModel
{
    private readonly Linear fc;
    [ScriptConstant] private readonly double scale;
}

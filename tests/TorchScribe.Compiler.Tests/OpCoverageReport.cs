using System.Text;
using Microsoft.CodeAnalysis;
using TorchScribe.Analyzers.Compiler.Ops;
using TorchScribe.Compiler.Tests.Infrastructure;
using Xunit;

namespace TorchScribe.Compiler.Tests;

/// <summary>
/// docs/op-coverage.md: TorchSharp's public tensor API (Tensor methods and properties, torch.*, nn.functional.*) against
/// the op table, by member name. Every name is either mapped, or listed with why it is not. The test fails when the
/// committed report is out of date; TORCHSCRIBE_ACCEPT_SNAPSHOTS=1 rewrites it.
/// </summary>
public sealed class OpCoverageReport
{
    private static readonly (string Type, string Title)[] Surfaces =
    {
        ("TorchSharp.torch+Tensor", "Tensor methods and properties"),
        ("TorchSharp.torch", "torch.*"),
        ("TorchSharp.torch+nn+functional", "torch.nn.functional.*"),
    };

    /// <summary>Members that exist for .NET hosting and have no TorchScript (aten) twin, by why.</summary>
    private static readonly Dictionary<string, string> NoAtenTwin = new(StringComparer.Ordinal)
    {
        ["Dispose"] = "memory management (TorchScript frees by reference counting)",
        ["DisposeHandle"] = "memory management",
        ["DetachFromDisposeScope"] = "memory management (translated as the value itself, not an op)",
        ["MoveToOuterDisposeScope"] = "memory management (translated as the value itself, not an op)",
        ["MoveToOtherDisposeScope"] = "memory management",
        ["IsInvalid"] = "a .NET handle state",
        ["Handle"] = "a .NET handle",
        ["handle"] = "a .NET handle",
        ["ToString"] = "host formatting (TSB0004)",
        ["Equals"] = ".NET object equality",
        ["GetHashCode"] = ".NET object identity",
        ["GetType"] = "reflection (TSB0001)",
        ["data"] = "host copy of the data (TSB0004)",
        ["bytes"] = "host copy of the data (TSB0004)",
        ["ToArray"] = "host copy of the data (TSB0004)",
        ["str"] = "host formatting (TSB0004)",
        ["jlstr"] = "host formatting (TSB0004)",
        ["npstr"] = "host formatting (TSB0004)",
        ["cstr"] = "host formatting (TSB0004)",
        ["print"] = "console output (TSB0004)",
        ["save"] = "file I/O (TSB0004)",
        ["load"] = "file I/O (TSB0004)",
        ["WriteBytesToStream"] = "stream I/O",
        ["ReadBytesFromStream"] = "stream I/O",
        ["NewDisposeScope"] = "memory management (translated away)",
        ["WrappedTensorDisposeScope"] = "memory management (translated away)",
        ["TotalCount"] = "a .NET allocation counter",
        ["PeakCount"] = "a .NET allocation counter",
        ["from_array"] = "creates a tensor from a .NET array object",
        ["from_file"] = "file I/O",
        ["frombuffer"] = "reads .NET memory",
        ["set_default_dtype"] = "process-wide host setting",
        ["get_default_dtype"] = "process-wide host setting",
        ["set_default_device"] = "process-wide host setting",
        ["set_num_threads"] = "process-wide host setting",
        ["get_num_threads"] = "process-wide host setting",
        ["set_num_interop_threads"] = "process-wide host setting",
        ["get_num_interop_threads"] = "process-wide host setting",
        ["manual_seed"] = "process-wide generator state, set by the host",
        ["seed"] = "process-wide generator state, set by the host",
        ["initial_seed"] = "process-wide generator state",
        ["InitializeDeviceType"] = "native library loading",
        ["InitializeDevice"] = "native library loading",
        ["TryInitializeDeviceType"] = "native library loading",
        ["cuda_is_available"] = "host query",
        ["mps_is_available"] = "host query",
        ["is_grad_enabled"] = "translated as a builtin (torch.is_grad_enabled), not an op-table row",
        ["no_grad"] = "translated as a grad-mode block",
        ["enable_grad"] = "translated as a grad-mode block",
        ["inference_mode"] = "translated as a grad-mode block",
        ["set_grad_enabled"] = "translated as a grad-mode block",
        ["item"] = "translated as a builtin (item()), not an op-table row",
        ["shape"] = "translated as a builtin (size()), not an op-table row",
        ["size"] = "translated as a builtin (size()), not an op-table row",
        ["dim"] = "translated as a builtin (dim()), not an op-table row",
        ["ndim"] = "translated as a builtin (dim()), not an op-table row",
        ["Dimensions"] = "translated as a builtin (dim()), not an op-table row",
        ["alias"] = "memory management (translated as the value itself)",
        ["DecoupleFromNativeHandle"] = "a .NET handle",
        ["UnsafeCreateTensor"] = "wraps a native handle",
        ["DetatchFromDisposeScope"] = "memory management (misspelled alias of DetachFromDisposeScope)",
        ["CurrentDisposeScope"] = "memory management",
        ["CheckForErrors"] = "native error plumbing",
        ["NormalizeNuGetVersion"] = "package metadata",
        ["__version__"] = "package metadata",
        ["TensorStringStyle"] = "host formatting option",
        ["Load"] = "file I/O",
        ["ToScalar"] = "a .NET Scalar wrapper (script code passes numbers directly)",
        ["CPU"] = "a .NET Device constant (devices are host choices; exported code runs where it is loaded)",
        ["CUDA"] = "a .NET Device constant",
        ["META"] = "a .NET Device constant",
        ["MPS"] = "a .NET Device constant",
        ["backward"] = "autograd runs on the host; TorchScript methods compute forward values",
        ["are_deterministic_algorithms_enabled"] = "process-wide host setting",
        ["use_deterministic_algorithms"] = "process-wide host setting",
        ["is_deterministic_algorithms_warn_only_enabled"] = "process-wide host setting",
        ["get_deterministic_debug_mode"] = "process-wide host setting",
        ["set_deterministic_debug_mode"] = "process-wide host setting",
        ["get_float32_matmul_precision"] = "process-wide host setting",
        ["set_float32_matmul_precision"] = "process-wide host setting",
        ["set_warn_always"] = "process-wide host setting",
        ["is_warn_always_enabled"] = "process-wide host setting",
        ["set_default_tensor_type"] = "process-wide host setting",
        ["get_default_device"] = "process-wide host setting",
        ["set_printoptions"] = "host formatting option",
        ["get_rng_state"] = "process-wide generator state, set by the host",
        ["set_rng_state"] = "process-wide generator state, set by the host",
        ["compiled_with_cxx11_abi"] = "native library build query",
        ["finfo"] = "a .NET record of floating-point limits (TorchScript has no finfo; write the constant)",
        ["max_int_value"] = "a .NET helper over ScalarType values (write the constant)",
        ["rand_float"] = "draws one .NET number (no aten op returns a number; write torch.rand(1).item())",
        ["randn_float"] = "draws one .NET number (no aten op returns a number; write torch.randn(1).item())",
        ["randint_bool"] = "draws one .NET value (no aten op returns a number)",
        ["randint_int"] = "draws one .NET number (no aten op returns a number)",
        ["randint_long"] = "draws one .NET number (no aten op returns a number)",
        ["is_storage"] = "a .NET type test on an object",
        ["is_tensor"] = "a .NET type test on an object",
        ["storage"] = "a .NET view of native memory (TSB0004)",
        ["randperm_out"] = "obsolete in TorchSharp: not a PyTorch API (write torch.randperm(n, out: t))",
        ["this[]"] = "translated by the compiler as indexing (x[i], x[a..b], x[mask]), not an op-table row",
        ["is_inference_mode_enabled"] = "process-wide host setting",
        ["op_MinusMinusGreater"] = "TorchSharp's x --> module operator, a module call (write module.forward(x))",
    };

    /// <summary>
    /// Names with an aten twin that the op table does not map, and why: each is reported as TSB0007 where script code
    /// calls it. They count against the coverage.
    /// </summary>
    private static readonly Dictionary<string, string> NotMappedBecause = new(StringComparer.Ordinal)
    {
        ["nanmean"] = "TorchSharp 0.107 passes its arguments to the native nanmean out of order, so the C# call fails",
        ["rand_out"] = "TorchSharp 0.107's rand_out crashes the process (a segmentation fault), so there is no C# result to match",
        ["randn_out"] = "TorchSharp 0.107's randn_out crashes the process (a segmentation fault), so there is no C# result to match",
        ["randint_out"] = "TorchSharp 0.107's randint_out crashes the process (a segmentation fault), so there is no C# result to match",
        ["adaptive_max_pool3d"] = "TorchSharp 0.107's adaptive_max_pool3d calls the native adaptive_max_pool1d, which refuses 3-d pooling input",
        ["adaptive_max_pool3d_with_indices"] = "TorchSharp 0.107's adaptive_max_pool3d_with_indices calls the native adaptive_max_pool1d, which refuses 3-d pooling input",
        ["hardtanh"] = "TorchSharp 0.107's Tensor.hardtanh returns its input unchanged (use hardtanh_, or clamp)",
        ["atleast_1d"] = "torch.atleast_1d returns a lazy IEnumerable, which script code cannot iterate (call the tensor method x.atleast_1d())",
        ["atleast_2d"] = "torch.atleast_2d returns a lazy IEnumerable, which script code cannot iterate (call the tensor method x.atleast_2d())",
        ["atleast_3d"] = "torch.atleast_3d returns a lazy IEnumerable, which script code cannot iterate (call the tensor method x.atleast_3d())",
        ["cross"] = "TorchSharp 0.107 passes a Scalar where libtorch reads the second tensor, so the C# call fails",
        ["align_as"] = NamedTensors, ["align_to"] = NamedTensors, ["has_names"] = NamedTensors, ["name"] = NamedTensors,
        ["names"] = NamedTensors, ["refine_names"] = NamedTensors, ["rename"] = NamedTensors, ["rename_"] = NamedTensors,
        ["cuda"] = Devices, ["mps"] = Devices, ["device"] = Devices, ["device_index"] = Devices, ["device_type"] = Devices,
        ["pin_memory"] = Devices, ["is_pinned"] = Devices,
        ["grad"] = Autograd, ["retain_grad"] = Autograd,
        ["adaptive_avg_pool3d_backward"] = Autograd, ["avg_pool2d_backward"] = Autograd, ["avg_pool3d_backward"] = Autograd,
        ["upsample_nearest1d_backward"] = Autograd, ["upsample_nearest2d_backward"] = Autograd, ["upsample_nearest3d_backward"] = Autograd,
        ["dequantize"] = Quantized, ["int_repr"] = Quantized, ["q_per_channel_axis"] = Quantized, ["q_per_channel_scales"] = Quantized,
        ["q_per_channel_zero_points"] = Quantized, ["q_scale"] = Quantized, ["q_zero_point"] = Quantized,
        ["quantize_per_channel"] = Quantized, ["quantize_per_tensor"] = Quantized,
        ["index"] = "takes .NET TensorIndex objects; script code indexes with C# indexers (x[i, ..], x[mask]), which are translated",
        ["index_put_"] = "takes .NET TensorIndex objects; script code assigns through C# indexers (x[i] = v), which are translated",
        ["as_strided"] = "reads the input's storage strides, a layout the export does not promise to keep (use view or reshape)",
        ["set_"] = "rebinds a tensor's storage in place; script code assigns a new tensor instead",
        ["tolist"] = "returns a .NET object graph (TSB0004)",
        ["unique"] = "TorchSharp returns null for the results not asked for, where libtorch returns tensors",
        ["unique_consecutive"] = "TorchSharp returns null for the results not asked for, where libtorch returns tensors",
        ["lu"] = "TorchSharp returns null for the results not asked for, where libtorch returns tensors",
        ["sparse"] = "TorchSharp 0.107's torch.sparse calls itself until the stack overflows (write torch.sparse_coo_tensor, which is mapped)",
        ["lstsq"] = "TorchSharp assembles the result tuple in C# from linalg.lstsq (write torch.linalg.lstsq)",
        ["is_neg"] = "TorchSharp 0.107's torch.is_neg returns a tensor where Tensor.is_neg (mapped) returns the flag",
        ["broadcast_shapes"] = "returns a .NET Size",
        ["histogram"] = "TorchSharp's overloads take a .NET bin-selector enum, a range tuple or an out tuple",
        ["stft"] = "complex spectra with TorchSharp's window and padding defaults; not mapped yet",
        ["istft"] = "complex spectra with TorchSharp's window and padding defaults; not mapped yet",
        ["triplet_margin_with_distance_loss"] = "takes a .NET delegate as the distance",
        ["poisson_nll_loss"] = "TorchSharp 0.107 passes eps as a float where libtorch reads a double; the PoissonNLLLoss module reproduces that value, the function is not mapped yet",
        ["gaussian_nll_loss"] = ModuleOnly, ["interpolate"] = ModuleOnly, ["upsample"] = ModuleOnly, ["upsample_bilinear"] = ModuleOnly,
        ["upsample_nearest"] = ModuleOnly, ["local_response_norm"] = ModuleOnly, ["max_unpool1d"] = ModuleOnly, ["max_unpool2d"] = ModuleOnly,
        ["max_unpool3d"] = ModuleOnly, ["multilabel_soft_margin_loss"] = ModuleOnly, ["fractional_max_pool2d"] = ModuleOnly,
        ["fractional_max_pool2d_with_indices"] = ModuleOnly, ["fractional_max_pool3d"] = ModuleOnly, ["fractional_max_pool3d_with_indices"] = ModuleOnly,
    };

    private const string NamedTensors = "named tensors, which TorchScript does not support";
    private const string Devices = "devices and pinned memory are host choices: exported code runs on the device it is loaded onto";
    private const string Autograd = "autograd state and gradient kernels stay with the host: exported methods compute forward values";
    private const string Quantized = "quantized tensors: not mapped yet (the equivalence harness compares dense tensors)";
    private const string ModuleOnly = "libtorch composes it from several ops in C++; its stock module exports (docs/stock-modules.md), the function is not mapped yet";

    /// <summary>Name prefixes of .NET-only members: reading native memory, typed tensor factories.</summary>
    private static readonly (string Prefix, string Why)[] NoAtenTwinPrefixes =
    {
        ("ReadCpu", "reads native memory into .NET values (TSB0004)"),
    };

    /// <summary>Why <paramref name="name"/> has nothing to translate, or null: every overload obsolete as an error (C#
    /// cannot call it), or a .NET hosting member.</summary>
    private static string? Untranslatable(INamedTypeSymbol type, string name)
    {
        var obsolete = type.GetMembers(name).Select(m => m.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ObsoleteAttribute")).ToList();
        if (obsolete.Count > 0 && obsolete.All(a => a is { ConstructorArguments: [_, { Value: true }] }))
            return "obsolete as an error in TorchSharp 0.107: " + ((string?)obsolete[0]!.ConstructorArguments[0].Value)?.TrimEnd('.');
        return WhyNoTwin(name);
    }

    private static string? WhyNoTwin(string name) =>
        NoAtenTwin.TryGetValue(name, out string? why) ? why : NoAtenTwinPrefixes.FirstOrDefault(p => name.StartsWith(p.Prefix, StringComparison.Ordinal)).Why;

    [Fact]
    public void ReportIsUpToDate()
    {
        string report = Build(out List<string> unexplained);
        string path = Repository.File("docs", "op-coverage.md");
        if (Environment.GetEnvironmentVariable("TORCHSCRIBE_ACCEPT_SNAPSHOTS") == "1")
            File.WriteAllText(path, report);
        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == report,
            "docs/op-coverage.md is out of date; run the compiler tests with TORCHSCRIBE_ACCEPT_SNAPSHOTS=1 and commit it");
    }

    /// <summary>Every TorchSharp name with an aten twin is mapped, or says why not (the issue of each new TorchSharp).</summary>
    [Fact]
    public void EveryUnmappedNameSaysWhy()
    {
        Build(out List<string> unexplained);
        Assert.True(unexplained.Count == 0, "names neither mapped nor explained in NotMappedBecause: " + string.Join(", ", unexplained));
    }

    private static string Build(out List<string> unexplained)
    {
        unexplained = new List<string>();
        Compilation compilation = TestCompilation.Create("class Empty {}");
        var mapped = OpTable.All.Select(r => (r.Type, r.Member)).ToHashSet();
        var body = new StringBuilder();
        int coveredTotal = 0, unmapped = 0, hosted = 0;
        foreach (var (typeName, title) in Surfaces)
        {
            INamedTypeSymbol type = compilation.GetTypeByMetadataName(typeName)!;
            var names = type.GetMembers()
                .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared)
                .Where(m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary } || m is IPropertySymbol or IFieldSymbol { IsConst: false })
                .Where(m => typeName == "TorchSharp.torch+Tensor" || m.IsStatic)
                .Select(m => m is IPropertySymbol ? m.Name : m.Name)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            var covered = names.Where(n => mapped.Contains((typeName, n)) || mapped.Contains((typeName, "get_" + n))).ToList();
            var host = names.Where(n => !covered.Contains(n) && Untranslatable(type, n) is not null).ToList();
            var missing = names.Where(n => !covered.Contains(n) && !host.Contains(n)).ToList();
            var explained = missing.Where(NotMappedBecause.ContainsKey).ToList();
            var notYet = missing.Where(n => !NotMappedBecause.ContainsKey(n)).ToList();
            unexplained.AddRange(notYet.Select(n => $"{title}: {n}"));
            coveredTotal += covered.Count;
            hosted += host.Count;
            unmapped += missing.Count;
            body.Append("\n## ").Append(title).Append("\n\n");
            body.Append($"{covered.Count} of {covered.Count + missing.Count} translatable names are mapped ({Percent(covered.Count, covered.Count + missing.Count)}); {host.Count} have nothing to translate.\n\n");
            body.Append("**Mapped:** ").Append(string.Join(", ", covered.Select(n => "`" + n + "`"))).Append("\n\n");
            body.Append("**Nothing to translate:** ").Append(string.Join(", ", host.Select(n => $"`{n}` ({Untranslatable(type, n)})"))).Append("\n\n");
            body.Append("**Not mapped, and why** (reported as TSB0007 where script code calls them): ").Append(string.Join(", ", explained.Select(n => $"`{n}` ({NotMappedBecause[n]})"))).Append('\n');
            if (notYet.Count > 0)
                body.Append("\n**Not yet mapped** (reported as TSB0007 where script code calls them): ").Append(string.Join(", ", notYet.Select(n => "`" + n + "`"))).Append('\n');
        }
        var header = new StringBuilder();
        header.Append("# Op coverage\n\n");
        header.Append("Generated by `OpCoverageReport` (tests/TorchScribe.Compiler.Tests) from TorchSharp 0.107's public API and the op table\n");
        header.Append("(`analyzers/TorchScribe.Analyzers/Compiler/Ops`); a name counts as mapped when some overload has a row. Every mapped row is\n");
        header.Append("exercised in libtorch by `OpCatalog` (TorchScribe.Tests) on friendly inputs, on hostile ones (negatives, zero, NaN,\n");
        header.Append("±Inf, -0, the largest float, a subnormal, 1e6), and on float64, int64 and bool ones, and compared bit for bit with TorchSharp\n");
        header.Append("(where C# throws, the export must raise). Every name that is not mapped\n");
        header.Append("says why; calls of such names are reported at build time (TSB0007), so they never produce an archive that computes\n");
        header.Append("something else.\n\n");
        header.Append($"**Covered: {coveredTotal} of {coveredTotal + unmapped} translatable names ({Percent(coveredTotal, coveredTotal + unmapped)}).** {hosted} names have nothing to\n");
        header.Append("translate: .NET hosting with no aten twin, or members TorchSharp 0.107 marks obsolete as an error (no C# can call them).\n");
        return header.ToString() + body;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "100%" : $"{100.0 * part / whole:0.0}%";
}

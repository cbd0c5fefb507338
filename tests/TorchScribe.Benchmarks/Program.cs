using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TorchScribe.Benchmarks.Builds;
using TorchSharp;

if (args.Length > 0 && args[0] == "build-cost")
    return BuildCost.Run(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "profile")
    return Profile.Run(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "write-zoo")
    return BuildCost.Write(args.Skip(1).ToArray());

// In-process: the benchmarks need the patched native TorchSharp library next to this assembly, which the generated
// per-benchmark projects of the default toolchain would not have.
// One intra-op and one inter-op thread. With libtorch's default (one per core) on a 2-core machine, a latency
// benchmark settles into one of two steady states about 40% apart depending on how the worker threads get
// scheduled, which would swamp the few-percent differences measured here. libtorch allows setting this once per
// process, before any parallel work.
torch.set_num_threads(1);
torch.set_num_interop_threads(1);

var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

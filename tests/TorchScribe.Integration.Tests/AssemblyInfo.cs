using Xunit;

// Every test here builds, packs or publishes projects of this repository; run concurrently, two of them could build
// the same project into the same folder at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

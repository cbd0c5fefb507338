using Xunit;

// libtorch's random generator is process-wide: a test drawing random numbers (or running dropout) while another
// seeds and runs a train-mode forward would shift that forward's dropout masks, and its comparison with the
// exported model would fail. Tests here therefore run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

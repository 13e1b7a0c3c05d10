namespace PerfInfra.Engine.Tests.Http;

/// <summary>Client tests against loopback servers run alone: they assert on timeouts and allocations,
/// which parallel CPU-heavy property tests would distort.</summary>
[CollectionDefinition(nameof(LoopbackServerCollection), DisableParallelization = true)]
public sealed class LoopbackServerCollection;

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// What the load model did, beyond the requests. <see cref="DelayedIterations"/> counts open-model
/// iterations that could not start on time because the in-flight cap was reached: they are delayed
/// and still run (their latency includes the delay), never silently dropped.
/// </summary>
public sealed record LoadCounters(
    long PlannedIterations,
    long StartedIterations,
    long DelayedIterations,
    int PeakConcurrency);

namespace PerfInfra.Engine.Metrics;

/// <summary>
/// Everything a scenario recorded on one worker (or, after a merge, on all of them). Scenario-level
/// histograms cover every step's requests; <see cref="TimeSeries"/> is ordered by second.
/// </summary>
public sealed record ScenarioMetrics(
    string Name,
    long Iterations,
    long Requests,
    long Errors,
    EncodedHistogram Latency,
    EncodedHistogram? ServiceTime,
    IReadOnlyDictionary<string, long> ErrorsByKind,
    IReadOnlyList<StepMetrics> Steps,
    IReadOnlyList<TimeSeriesBucket> TimeSeries);

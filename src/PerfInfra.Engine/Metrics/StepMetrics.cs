namespace PerfInfra.Engine.Metrics;

/// <summary>
/// What one step recorded. <see cref="Latency"/> holds successful requests only (a refused connection
/// is fast, and must never make p95 look good); failures are in <see cref="ErrorsByKind"/>.
/// <see cref="ServiceTime"/> is set for open models: the uncorrected send→response time, while
/// <see cref="Latency"/> is measured from the intended send time (coordinated omission corrected).
/// </summary>
public sealed record StepMetrics(
    string Name,
    long Requests,
    long Errors,
    EncodedHistogram Latency,
    EncodedHistogram? ServiceTime,
    IReadOnlyDictionary<string, long> ErrorsByKind);

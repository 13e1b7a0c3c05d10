namespace PerfInfra.Engine.Reporting;

/// <summary>
/// The numbers of a suite, scenario or step. <see cref="LatencyMs"/> covers successful requests only
/// and is null without samples; <see cref="ServiceTimeMs"/> is the uncorrected time of open models.
/// <see cref="LatencyHistogram"/> is the HdrHistogram (µs, compressed, base64) the percentiles came
/// from, kept so reports can be merged and compared exactly later.
/// </summary>
public sealed record MeasurementReport(
    long Requests,
    long Errors,
    double ErrorRate,
    double Rps,
    LatencySummary? LatencyMs,
    LatencySummary? ServiceTimeMs,
    IReadOnlyDictionary<string, long> ErrorsByKind,
    string LatencyHistogram);

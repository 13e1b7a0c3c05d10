using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// What a non-API suite (Athena, pipeline, Lambda) measured, on AWS or locally: its samples and values
/// per scope, the series it could not measure, how many operations ran and failed (a failed query or
/// invocation is never a fast sample: it is counted in <see cref="Failures"/> only), and tables that
/// explain the numbers (per query, per stage, partition pruning, REPORT lines, memory sweep).
/// </summary>
public sealed record SuiteMeasurements(
    string Suite,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<SeriesSamples> Samples,
    IReadOnlyList<SeriesValue> Values,
    long Operations,
    long Failures,
    IReadOnlyDictionary<string, long> FailuresByKind)
{
    public IReadOnlyList<NotMeasuredSeries> NotMeasured { get; init; } = [];

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>Where the numbers came from: "DuckDB 1.x on this machine", "Amazon Athena workgroup …".</summary>
    public string? Source { get; init; }

    public RunCompletion Completion { get; init; } = RunCompletion.Completed;

    public string? CompletionReason { get; init; }
}

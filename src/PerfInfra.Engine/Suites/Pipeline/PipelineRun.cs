using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// What one pipeline run observed, on AWS or locally: the records asked for, the stages in order, the
/// records the verification found queryable, every batch job's running time, DMS lag samples, and
/// failures by kind. <see cref="PipelineMeasurements.From"/> turns it into the suite's measurements.
/// </summary>
public sealed record PipelineRun(string Source, long RecordsRequested, DateTimeOffset StartedAt, DateTimeOffset EndedAt, IReadOnlyList<PipelineStage> Stages)
{
    /// <summary>Records the verification counted as queryable; null when it did not run.</summary>
    public long? RecordsVerified { get; init; }

    /// <summary>Running time of each successful batch job (the local conversion plays one per batch).</summary>
    public IReadOnlyList<double> BatchDurationsMilliseconds { get; init; } = [];

    /// <summary><c>dms_lag</c> samples (milliseconds) per scope; empty locally.</summary>
    public IReadOnlyList<SeriesSamples> DmsLag { get; init; } = [];

    public IReadOnlyDictionary<string, long> FailuresByKind { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<NotMeasuredSeries> NotMeasured { get; init; } = [];

    /// <summary>Facts a reader needs beside the stage table (a missing record, a failed job's reason).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public RunCompletion Completion { get; init; } = RunCompletion.Completed;

    public string? CompletionReason { get; init; }

    /// <summary>True when every requested record was found queryable and nothing failed.</summary>
    public bool IsVerified => RecordsVerified == RecordsRequested && FailuresByKind.Values.All(v => v == 0);
}

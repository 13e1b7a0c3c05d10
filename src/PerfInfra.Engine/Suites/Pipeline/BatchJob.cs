namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// One AWS Batch job as DescribeJobs describes it (what <c>batch:submitJob.sync</c> returns, or carries in
/// the Cause of its failure). Batch stamps times in epoch milliseconds: created at submit, started when a
/// container started, stopped when it ended.
/// </summary>
public sealed record BatchJob(
    string JobId,
    string? JobName,
    string Status,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    string? StatusReason)
{
    public const string Succeeded = "SUCCEEDED";

    public const string Failed = "FAILED";

    public bool HasSucceeded => Status == Succeeded;

    /// <summary>Running time (started → stopped): what <c>batch_duration</c> measures; null until both are known.</summary>
    public TimeSpan? Duration => StartedAt is { } start && StoppedAt is { } stop && stop >= start ? stop - start : null;

    /// <summary>Time in the queue before a container started (created → started).</summary>
    public TimeSpan? QueueWait => CreatedAt is { } created && StartedAt is { } start && start >= created ? start - created : null;
}

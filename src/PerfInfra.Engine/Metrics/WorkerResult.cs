namespace PerfInfra.Engine.Metrics;

/// <summary>
/// The serializable, mergeable output of one worker: a local run is one worker, a Lambda shard is
/// one worker, and <see cref="WorkerResultMerger"/> folds N of them into one with the same shape.
/// </summary>
public sealed record WorkerResult(
    string WorkerId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    RunCompletion Completion,
    string? CompletionReason,
    LoadCounters Load,
    IReadOnlyList<ScenarioMetrics> Scenarios)
{
    public const int SchemaVersion = 1;
}

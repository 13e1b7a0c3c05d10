namespace PerfInfra.Engine.Suites.Api;

/// <summary>Timing figures of <see cref="ApiWorker"/>. Units are in the names.</summary>
public static class ApiWorkerDefaults
{
    /// <summary>
    /// How long a stopped run may take to unwind before the worker returns what it has. The issue's
    /// contract is "stops within 2 s"; the rest is left for encoding the result.
    /// </summary>
    public static readonly TimeSpan StopBudget = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// How long before <see cref="ApiWorker.Deadline"/> the worker starts stopping: the stop budget
    /// plus time to encode the histograms and hand the result back (a Lambda shard must return before
    /// its own timeout, or the shard's data is lost).
    /// </summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(3);

    public const string LocalWorkerId = "local";

    public const string StoppedReason = "stopped";

    public const string DeadlineReason = "deadline";

    public const string InProgressReason = "in progress";
}

namespace PerfInfra.Engine.Reporting;

/// <summary>What ran, where and how hard — enough to reproduce or compare a run. Never holds a secret.</summary>
public sealed record RunMetadata(
    string EngineVersion,
    string Host,
    string Profile,
    string ConfigFile,
    string ConfigSha256,
    string Target,
    string LoadModel,
    int Users,
    double? RatePerSecond,
    double PlannedDurationSeconds,
    long PlannedIterations,
    long StartedIterations,
    long DelayedIterations,
    int PeakConcurrency)
{
    /// <summary>
    /// The config text that ran, secrets already replaced by <see cref="ConfigRedactor"/>; null when not
    /// recorded. Added in version 1; shown in the HTML report.
    /// </summary>
    public string? ConfigText { get; init; }
}

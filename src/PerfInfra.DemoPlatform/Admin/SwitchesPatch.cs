namespace PerfInfra.DemoPlatform.Admin;

/// <summary>
/// PUT /_admin/switches: only the fields present change, so <c>{"cache_enabled": false}</c> is a whole
/// request — what a user types with curl in the middle of a run.
/// </summary>
internal sealed record SwitchesPatch(
    bool? CacheEnabled,
    double? LatencyScale,
    double? FailureRate,
    int? FailureStatus,
    int? StallEvery,
    int? StallMilliseconds,
    double? AbortRate)
{
    public DemoPlatformSwitchState ApplyTo(DemoPlatformSwitchState state) => new(
        CacheEnabled ?? state.CacheEnabled,
        LatencyScale ?? state.LatencyScale,
        FailureRate ?? state.FailureRate,
        FailureStatus ?? state.FailureStatus,
        StallEvery ?? state.StallEvery,
        StallMilliseconds ?? state.StallMilliseconds,
        AbortRate ?? state.AbortRate);
}

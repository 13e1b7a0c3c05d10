namespace PerfInfra.DemoPlatform.Admin;

/// <summary>GET /_admin/switches: the whole switch state in snake_case JSON.</summary>
internal sealed record SwitchesDocument(
    bool CacheEnabled,
    double LatencyScale,
    double FailureRate,
    int FailureStatus,
    int StallEvery,
    int StallMilliseconds,
    double AbortRate)
{
    public static SwitchesDocument From(DemoPlatformSwitchState state) => new(
        state.CacheEnabled,
        state.LatencyScale,
        state.FailureRate,
        state.FailureStatus,
        state.StallEvery,
        state.StallMilliseconds,
        state.AbortRate);
}

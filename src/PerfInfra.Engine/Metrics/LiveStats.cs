namespace PerfInfra.Engine.Metrics;

/// <summary>
/// What the progress line shows while a run is going. "Last second" figures come from the most
/// recently closed time-series bucket, so they lag by at most one second; totals include it.
/// <see cref="P95LastSecondMilliseconds"/> is null when that second had no successful request.
/// </summary>
public readonly record struct LiveStats(
    TimeSpan Elapsed,
    int ActiveConcurrency,
    long RequestsLastSecond,
    double? P95LastSecondMilliseconds,
    long TotalRequests,
    long TotalErrors)
{
    /// <summary>Buckets are one second long, so the last bucket's count is the current rate.</summary>
    public double RequestsPerSecond => RequestsLastSecond;
}

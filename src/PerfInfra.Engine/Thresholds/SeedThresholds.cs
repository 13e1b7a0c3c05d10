namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// The seed's performance targets as threshold text, per suite. Quick mode (<c>perf run --url</c>)
/// judges by <see cref="Api"/>; tests pin the default config to these figures.
/// </summary>
public static class SeedThresholds
{
    /// <summary>API Gateway: 500 ms average, 1000 ms p95, 2000 ms p99, under 1 % errors.</summary>
    public static IReadOnlyList<string> Api { get; } = ["avg < 500ms", "p95 < 1000ms", "p99 < 2000ms", "error_rate < 1%"];

    /// <summary>Athena simple queries: p95 under 2 s.</summary>
    public static IReadOnlyList<string> AthenaSimple { get; } = ["duration.p95 < 2s"];

    /// <summary>Athena complex queries: p95 under 15 s.</summary>
    public static IReadOnlyList<string> AthenaComplex { get; } = ["duration.p95 < 15s"];

    /// <summary>Pipeline: DMS lag under 60 s, a batch under 10 min, end to end under 30 min.</summary>
    public static IReadOnlyList<string> Pipeline { get; } = ["dms_lag.max < 60s", "batch_duration < 10m", "end_to_end < 30m"];

    /// <summary>Lambda: cold start under 3000 ms, warm p95 under 200 ms, memory under 80 % of configured.</summary>
    public static IReadOnlyList<string> Lambda { get; } = ["cold_start.max < 3000ms", "warm.p95 < 200ms", "memory_used.max < 80%"];
}

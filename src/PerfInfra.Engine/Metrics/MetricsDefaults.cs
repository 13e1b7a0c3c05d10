namespace PerfInfra.Engine.Metrics;

/// <summary>Figures that shape metric recording. Units are in the names.</summary>
public static class MetricsDefaults
{
    /// <summary>
    /// Upper bound on recording stripes per step. Stripes beyond the core count do not reduce lock
    /// contention (a stripe is chosen by the current processor), and each one holds an interval
    /// histogram of ~94 KB (µs range up to one hour at 3 significant digits, 32-bit counts).
    /// </summary>
    public const int MaxStripes = 8;

    /// <summary>Length of one time-series bucket: the issue asks for per-second series.</summary>
    public static readonly TimeSpan BucketLength = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Harvest the closed second this long after its boundary, so that the timer firing a little
    /// early (coarse timer resolution) never labels a bucket with the second that is still open.
    /// </summary>
    public static readonly TimeSpan HarvestLag = TimeSpan.FromMilliseconds(1);

    /// <summary>The percentile shown on the live progress line (the seed's headline threshold is p95).</summary>
    public const double LivePercentile = 95.0;

    public const double MicrosecondsPerMillisecond = 1_000.0;

    public const double MicrosecondsPerSecond = 1_000_000.0;
}

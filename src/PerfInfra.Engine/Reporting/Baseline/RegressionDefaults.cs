namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>Default regression tolerances (issue "Reports people want to look at").</summary>
public static class RegressionDefaults
{
    /// <summary>avg, p95 and p99 may grow by this much before it counts as a regression.</summary>
    public const double LatencyIncreasePercent = 10;

    /// <summary>Error rate may grow by this many percentage points (0.5 = from 0.2 % to 0.7 %).</summary>
    public const double ErrorRateIncreasePoints = 0.5;

    /// <summary>Throughput may drop by this much.</summary>
    public const double RpsDecreasePercent = 10;

    /// <summary>
    /// A scope with fewer requests than this on either side is compared but never flagged: with a handful
    /// of samples a p99 is one request and an error rate moves in steps of 20 %, so "regressions" there
    /// are noise (a checkout step hit 5 times in a short run).
    /// </summary>
    public const long MinRequestsToJudge = 30;
}

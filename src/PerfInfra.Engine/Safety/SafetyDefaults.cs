namespace PerfInfra.Engine.Safety;

/// <summary>Documented default caps (README, "Safety").</summary>
public static class SafetyDefaults
{
    /// <summary>The seed's 1,000 users × 5 for headroom.</summary>
    public const int MaxUsers = 5_000;

    /// <summary>The seed's 2,000/s API Gateway throttle rate × 10.</summary>
    public const double MaxRatePerSecond = 20_000;

    /// <summary>Longer than the seed's longest test (10 minutes) with room for soak runs.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);
}

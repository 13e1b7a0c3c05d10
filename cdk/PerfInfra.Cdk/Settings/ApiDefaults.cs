namespace PerfInfra.Cdk.Settings;

/// <summary>API Gateway figures. Source: the seed's OPTIMIZATION_GUIDE unless a line says otherwise.</summary>
public static class ApiDefaults
{
    public const string StageName = "prod";

    /// <summary>Seed: "Enable caching (0.5GB cluster, 5min TTL)". API Gateway accepts only its fixed sizes ("0.5", "1.6", "6.1", …).</summary>
    public const string CacheClusterSizeGb = "0.5";

    public const int CacheTtlSeconds = 300;

    /// <summary>Seed caching strategy: "1 hour static, 5min semi-static, 30s dynamic".</summary>
    public const int StaticCacheTtlSeconds = 3600;

    public const int SemiStaticCacheTtlSeconds = 300;

    public const int DynamicCacheTtlSeconds = 30;

    /// <summary>Seed: "Throttling configuration (5000 burst, 2000 rate)".</summary>
    public const int ThrottleBurstLimit = 5000;

    public const double ThrottleRateLimitPerSecond = 2000;

    /// <summary>Issue 5: compress responses of at least 1 KiB; smaller bodies cost more CPU than they save.</summary>
    public const int MinimumCompressionSizeBytes = 1024;

    /// <summary>Ours: one month of access logs is enough to compare a test run with its baseline.</summary>
    public const int AccessLogRetentionDays = 30;
}

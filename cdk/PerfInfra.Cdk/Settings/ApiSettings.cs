namespace PerfInfra.Cdk.Settings;

/// <summary>API Gateway caching, throttling, compression and access logs. Defaults: <see cref="ApiDefaults"/>.</summary>
public sealed record ApiSettings
{
    public string StageName { get; init; } = ApiDefaults.StageName;
    public string CacheClusterSizeGb { get; init; } = ApiDefaults.CacheClusterSizeGb;
    public int CacheTtlSeconds { get; init; } = ApiDefaults.CacheTtlSeconds;
    public int StaticCacheTtlSeconds { get; init; } = ApiDefaults.StaticCacheTtlSeconds;
    public int SemiStaticCacheTtlSeconds { get; init; } = ApiDefaults.SemiStaticCacheTtlSeconds;
    public int DynamicCacheTtlSeconds { get; init; } = ApiDefaults.DynamicCacheTtlSeconds;
    public int ThrottleBurstLimit { get; init; } = ApiDefaults.ThrottleBurstLimit;
    public double ThrottleRateLimitPerSecond { get; init; } = ApiDefaults.ThrottleRateLimitPerSecond;
    public int MinimumCompressionSizeBytes { get; init; } = ApiDefaults.MinimumCompressionSizeBytes;
    public int AccessLogRetentionDays { get; init; } = ApiDefaults.AccessLogRetentionDays;
}

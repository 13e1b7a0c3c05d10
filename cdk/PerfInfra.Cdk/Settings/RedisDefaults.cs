namespace PerfInfra.Cdk.Settings;

/// <summary>ElastiCache Redis for sessions and predictions (seed: "Redis/ElastiCache for sessions and predictions").</summary>
public static class RedisDefaults
{
    public const string CacheNodeType = "cache.r6g.large";

    /// <summary>A primary and one replica in another AZ: the minimum for Multi-AZ automatic failover.</summary>
    public const int NumCacheClusters = 2;

    public const string EngineVersion = "7.1";

    /// <summary>Not 6379: scanners probe the default port first (cdk-nag AwsSolutions-AEC5).</summary>
    public const int Port = 6380;
}

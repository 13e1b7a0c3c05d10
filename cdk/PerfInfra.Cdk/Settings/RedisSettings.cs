namespace PerfInfra.Cdk.Settings;

/// <summary>Redis replication group shape. Defaults: <see cref="RedisDefaults"/>.</summary>
public sealed record RedisSettings
{
    public string CacheNodeType { get; init; } = RedisDefaults.CacheNodeType;
    public int NumCacheClusters { get; init; } = RedisDefaults.NumCacheClusters;
    public string EngineVersion { get; init; } = RedisDefaults.EngineVersion;
    public int Port { get; init; } = RedisDefaults.Port;
}

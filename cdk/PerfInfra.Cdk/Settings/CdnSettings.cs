namespace PerfInfra.Cdk.Settings;

/// <summary>CloudFront cache lifetimes and price class. Defaults: <see cref="CdnDefaults"/>.</summary>
public sealed record CdnSettings
{
    public int StaticAssetsMaxTtlSeconds { get; init; } = CdnDefaults.StaticAssetsMaxTtlSeconds;
    public int StaticAssetsDefaultTtlSeconds { get; init; } = CdnDefaults.StaticAssetsDefaultTtlSeconds;
    public int DocumentDefaultTtlSeconds { get; init; } = CdnDefaults.DocumentDefaultTtlSeconds;
    public string PriceClass { get; init; } = CdnDefaults.PriceClass;
}

namespace PerfInfra.Cdk.Settings;

/// <summary>CloudFront for frontend assets (seed: "CloudFront CDN for frontend assets").</summary>
public static class CdnDefaults
{
    /// <summary>Fingerprinted assets (/static/*) never change under one name: cache them for a year.</summary>
    public const int StaticAssetsMaxTtlSeconds = 31536000;

    public const int StaticAssetsDefaultTtlSeconds = 86400;

    /// <summary>index.html and other unversioned files: the seed's 5-minute semi-static class.</summary>
    public const int DocumentDefaultTtlSeconds = 300;

    /// <summary>North America and Europe only: the cheapest class; the shop's users are there.</summary>
    public const string PriceClass = "PriceClass_100";
}

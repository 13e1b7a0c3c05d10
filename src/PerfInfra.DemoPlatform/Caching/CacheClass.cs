namespace PerfInfra.DemoPlatform.Caching;

/// <summary>The seed's API Gateway cache classes; each maps to a TTL in <see cref="DemoPlatformDefaults"/>.</summary>
internal enum CacheClass
{
    /// <summary>Product detail: changes rarely (1 hour).</summary>
    Static,

    /// <summary>Product list: changes when the catalog does (5 minutes).</summary>
    SemiStatic,

    /// <summary>Search: results follow stock and ranking (30 seconds).</summary>
    Dynamic,
}

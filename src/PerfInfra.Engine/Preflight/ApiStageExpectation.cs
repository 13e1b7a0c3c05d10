namespace PerfInfra.Engine.Preflight;

/// <summary>
/// The API stage as deployed: the cache cluster (size in GB as API Gateway spells it, "0.5"), the stage-wide
/// default cache TTL and throttling (method settings key <c>*/*</c>), and each route's cache class.
/// </summary>
public sealed record ApiStageExpectation(
    string CacheClusterSizeGb,
    int CacheTtlSeconds,
    double ThrottlingRateLimit,
    int ThrottlingBurstLimit,
    IReadOnlyList<RouteCacheExpectation> Routes);

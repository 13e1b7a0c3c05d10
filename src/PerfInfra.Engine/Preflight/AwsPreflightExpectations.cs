namespace PerfInfra.Engine.Preflight;

/// <summary>
/// What the deployed optimizations should look like, from the CDK settings the stacks were built with:
/// the API stage's cache cluster (size in GB as API Gateway spells it, "0.5"), its default cache TTL and
/// throttling, the provisioned concurrency per function, and the Athena workgroup's enforced settings.
/// </summary>
public sealed record AwsPreflightExpectations(
    string CacheClusterSizeGb,
    int CacheTtlSeconds,
    double ThrottlingRateLimit,
    int ThrottlingBurstLimit,
    int ProvisionedConcurrency,
    string WorkGroup,
    long BytesScannedCutoffPerQuery);

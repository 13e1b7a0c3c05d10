using PerfInfra.Cdk.Constructs.Api;
using PerfInfra.Cdk.Settings;
using PerfInfra.Engine.Preflight;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// The preflight's expectations from the same settings the optimization stacks are built with, so a
/// changed setting changes both at once: the stage cache and throttling (<see cref="OptimizedApi"/>), the
/// authorizer alias's provisioned concurrency floor, the workgroups' scan cutoffs.
/// </summary>
public static class DeployedOptimizations
{
    /// <summary>The label of the authorizer's provisioned-concurrency check (the Lambda suite calls it "auth" too).</summary>
    public const string AuthFunctionName = "auth";

    public static AwsPreflightExpectations Expectations(
        PerfInfraSettings settings, IReadOnlyList<ApiRoute> routes, string authAlias, IReadOnlyDictionary<string, string> workGroupsByQueryClass)
    {
        var api = settings.Api;
        var stage = new ApiStageExpectation(
            api.CacheClusterSizeGb, api.CacheTtlSeconds, api.ThrottleRateLimitPerSecond, api.ThrottleBurstLimit,
            routes.Select(r => new RouteCacheExpectation(r.Path, r.HttpMethod, OptimizedApi.CacheTtlSecondsOf(api, r.CacheClass))).ToList());
        var cutoffs = Athena.AthenaWorkgroups.BytesScannedCutoffByQueryClass(settings.Athena);
        return new AwsPreflightExpectations(
            stage,
            [new ProvisionedConcurrencyExpectation(AuthFunctionName, authAlias, settings.Lambda.AuthProvisionedConcurrencyMin)],
            workGroupsByQueryClass.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => new WorkGroupExpectation(w.Value, cutoffs[w.Key])).ToList());
    }
}

namespace PerfInfra.Engine.Preflight;

/// <summary>
/// What the deployed optimizations should look like, from the CDK settings the stacks were built with:
/// the API stage (null: no API to check), provisioned concurrency per function alias, and the Athena
/// workgroups' enforced settings. The CDK app serializes it into the plan function's environment; the plan
/// step keeps only what the requested suites depend on (<see cref="ForSuites"/>).
/// </summary>
public sealed record AwsPreflightExpectations(
    ApiStageExpectation? Stage,
    IReadOnlyList<ProvisionedConcurrencyExpectation> ProvisionedConcurrency,
    IReadOnlyList<WorkGroupExpectation> WorkGroups)
{
    /// <summary>
    /// The checks a run of <paramref name="suites"/> depends on: the API suite on the stage's cache and
    /// throttling and on provisioned concurrency (the authorizer sits in every request's path); the Lambda
    /// suite on provisioned concurrency; the Athena and pipeline suites on the workgroups.
    /// </summary>
    public AwsPreflightExpectations ForSuites(bool api, bool athena, bool pipeline, bool lambda) => new(
        api ? Stage : null,
        api || lambda ? ProvisionedConcurrency : [],
        athena || pipeline ? WorkGroups : []);
}

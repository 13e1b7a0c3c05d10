using Amazon.CDK.AWS.Lambda;
using PerfInfra.Engine.Preflight;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// What the preflight reads and what it expects to find: the API's id and stage (GetStage), each function
/// whose alias carries provisioned concurrency (GetProvisionedConcurrencyConfig; keyed by the expectation's
/// name), and the expectations themselves — the workgroups to GetWorkGroup are theirs.
/// </summary>
public sealed record PreflightTargets(
    string RestApiId,
    string StageName,
    IReadOnlyDictionary<string, IFunction> ProvisionedFunctions,
    AwsPreflightExpectations Expected);

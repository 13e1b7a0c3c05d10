using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="StateMachineName">The monitoring stack alarms on failed executions of this name.</param>
/// <param name="Pipeline">What the pipeline suite's branch drives (Batch, Athena, DMS metrics).</param>
/// <param name="Athena">What the Athena branch queries; null leaves that suite "not requested".</param>
/// <param name="LambdaTargets">The functions the Lambda suite measures; none: the suite answers "not requested".</param>
/// <param name="Preflight">What the preflight reads before plan; null: no preflight calls (plan reports the check skipped).</param>
public sealed record LoadTestStateMachineProps(
    LoadTestSettings Settings,
    LoadTestFunctions Functions,
    string StateMachineName,
    PipelineSuiteTargets Pipeline,
    AthenaQueryTargets? Athena = null,
    IReadOnlyList<LambdaSuiteTarget>? LambdaTargets = null,
    PreflightTargets? Preflight = null);

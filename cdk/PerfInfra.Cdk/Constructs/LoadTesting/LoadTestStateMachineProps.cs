using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="StateMachineName">The monitoring stack alarms on failed executions of this name.</param>
/// <param name="LambdaTargets">The functions the Lambda suite measures; none: the suite answers "not requested".</param>
public sealed record LoadTestStateMachineProps(LoadTestSettings Settings, LoadTestFunctions Functions, string StateMachineName, IReadOnlyList<LambdaSuiteTarget>? LambdaTargets = null);

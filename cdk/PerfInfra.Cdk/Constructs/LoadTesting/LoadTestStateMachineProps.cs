using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="StateMachineName">The monitoring stack alarms on failed executions of this name.</param>
/// <param name="Athena">What the Athena branch queries; null leaves that suite "not requested".</param>
public sealed record LoadTestStateMachineProps(LoadTestSettings Settings, LoadTestFunctions Functions, string StateMachineName, AthenaQueryTargets? Athena = null);

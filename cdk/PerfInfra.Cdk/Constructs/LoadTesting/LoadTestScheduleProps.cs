using Amazon.CDK.AWS.StepFunctions;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="Input">The execution input each scheduled run gets (JSON).</param>
public sealed record LoadTestScheduleProps(LoadTestSettings Settings, IStateMachine StateMachine, string Input);

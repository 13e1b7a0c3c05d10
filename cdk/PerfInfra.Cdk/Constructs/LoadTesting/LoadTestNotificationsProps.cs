using Amazon.CDK.AWS.StepFunctions;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

public sealed record LoadTestNotificationsProps(IStateMachine StateMachine);

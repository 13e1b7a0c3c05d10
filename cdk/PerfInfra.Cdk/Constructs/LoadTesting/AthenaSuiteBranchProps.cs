using Amazon.CDK.AWS.StepFunctions.Tasks;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="Targets">Workgroups, database and buckets the queries use.</param>
/// <param name="Collect">The collect step (a LambdaInvoke of the collect function) the branch ends in.</param>
/// <param name="NotRequested">The branch's answer when the input does not ask for the suite.</param>
public sealed record AthenaSuiteBranchProps(AthenaQueryTargets Targets, LambdaInvoke Collect, Amazon.CDK.AWS.StepFunctions.IChainable NotRequested);

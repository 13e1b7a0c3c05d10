using Amazon.CDK.AWS.Lambda;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <param name="Collect">The collect function (handler "collect") that turns the branch's responses into measurements.</param>
public sealed record PipelineSuiteBranchProps(PipelineSuiteTargets Targets, IFunction Collect);

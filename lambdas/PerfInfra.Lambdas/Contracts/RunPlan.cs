namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The plan step's output: the validated request, the suites it asks for, the API shards, the Athena
/// branch's executions and the Lambda suite's size when those suites are requested.
/// </summary>
internal sealed record RunPlan(
    string RunId,
    RunRequest Request,
    SuiteSelection Suites,
    string Profile,
    string Target,
    string LoadModel,
    int Users,
    double? Rate,
    double DurationSeconds,
    IReadOnlyList<ShardTask> Shards,
    AthenaPlan? Athena = null,
    LambdaPlan? Lambda = null)
{
    /// <summary>Records the pipeline branch pushes through Batch (the profile's pipeline.records); null unless the pipeline suite runs.</summary>
    public int? PipelineRecords { get; init; }

    /// <summary>The preflight's checks and whether they stop the run; the state machine's PreflightPassed? reads <c>blocks</c>.</summary>
    public PlanPreflight Preflight { get; init; } = new("off", [], Blocks: false);
}

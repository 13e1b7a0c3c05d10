namespace PerfInfra.Lambdas.Contracts;

/// <summary>The plan step's output: the validated request, the suites it asks for, the API shards and the Lambda suite's size.</summary>
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
    LambdaPlan? Lambda = null);

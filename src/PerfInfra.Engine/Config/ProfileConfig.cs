namespace PerfInfra.Engine.Config;

/// <summary>
/// A named run size (<c>full</c>: the seed's numbers; <c>local</c>: one machine, about a minute).
/// Profiles size suites; thresholds live with the suites, so every profile is judged the same way.
/// A suite absent from the profile is not run by it (null).
/// </summary>
public sealed record ProfileConfig(
    string Name,
    ApiLoadSettings Api,
    AthenaLoadSettings? Athena,
    PipelineLoadSettings? Pipeline,
    LambdaLoadSettings? Lambda);

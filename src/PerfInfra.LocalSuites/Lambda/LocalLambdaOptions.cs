namespace PerfInfra.LocalSuites.Lambda;

/// <summary>
/// What the local Lambda suite runs: the bootstrap's handler, its payload, the memory size the REPORT
/// line states (the memory_used ratio's denominator) and the invocation timeout. Defaults: the plan
/// handler as the CDK stack sizes it (<see cref="LocalLambdaDefaults"/>).
/// </summary>
public sealed record LocalLambdaOptions
{
    public string Handler { get; init; } = LocalLambdaDefaults.Handler;

    public string Payload { get; init; } = LocalLambdaDefaults.Payload;

    public int MemorySizeMb { get; init; } = LocalLambdaDefaults.MemorySizeMb;

    public TimeSpan InvocationTimeout { get; init; } = LocalLambdaDefaults.InvocationTimeout;
}

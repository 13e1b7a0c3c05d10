namespace PerfInfra.Engine.Config;

/// <summary>What each suite does and how it is judged; suites other than the API one are optional.</summary>
public sealed record SuitesConfig(
    ApiSuiteConfig Api,
    AthenaSuiteConfig? Athena,
    PipelineSuiteConfig? Pipeline,
    LambdaSuiteConfig? Lambda);

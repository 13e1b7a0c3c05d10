using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// Everything one run needs after config, profile and command-line overrides are combined and checked
/// against the safety caps and the allow-list. The API load shape is the neutral
/// <see cref="ApiLoad"/>; the host turns it into <see cref="LoadModelOptions"/> and calls
/// <see cref="ToApiSuitePlan"/>. Suites the profile does not size are null.
/// <see cref="BaseUrl"/> null means the built-in demo platform.
/// </summary>
public sealed record ResolvedRun(
    string ProfileName,
    Uri? BaseUrl,
    HostAllowList AllowList,
    SafetyLimits Limits,
    ApiLoadSettings ApiLoad,
    IReadOnlyList<ScenarioDefinition> Scenarios,
    IReadOnlyList<ThresholdDefinition> Thresholds,
    TimeSpan RequestTimeout,
    AuthHeaderSource? Auth,
    AthenaRunSettings? Athena,
    PipelineRunSettings? Pipeline,
    LambdaRunSettings? Lambda,
    string ConfigSha256)
{
    /// <summary>The config's baseline section (quick mode: none; only --baseline applies there).</summary>
    public BaselineOptions? Baseline { get; init; }

    /// <summary>
    /// The thresholds of a suite other than the API one (athena, pipeline, lambda), or null when the
    /// profile does not size that suite (it cannot run then).
    /// </summary>
    public IReadOnlyList<ThresholdDefinition>? MeasuredSuiteThresholds(string suite) => suite switch
    {
        MetricCatalog.Athena => Athena?.Thresholds,
        MetricCatalog.Pipeline => Pipeline?.Thresholds,
        MetricCatalog.Lambda => Lambda?.Thresholds,
        _ => null,
    };

    /// <summary>The API plan with <paramref name="load"/> built from <see cref="ApiLoad"/> by the host.</summary>
    public ApiSuitePlan ToApiSuitePlan(LoadModelOptions load) =>
        new(BaseUrl, AllowList, Limits, load, Scenarios, Thresholds, RequestTimeout, Auth);
}

using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Api;

/// <summary>
/// Everything one API load run needs, resolved from config + profile + command-line overrides.
/// <see cref="BaseUrl"/> null means "the built-in demo platform"; the host starts it and passes its URL.
/// </summary>
public sealed record ApiSuitePlan(
    Uri? BaseUrl,
    HostAllowList AllowList,
    SafetyLimits Limits,
    LoadModelOptions Load,
    IReadOnlyList<ScenarioDefinition> Scenarios,
    IReadOnlyList<ThresholdDefinition> Thresholds,
    TimeSpan RequestTimeout,
    AuthHeaderSource? Auth);

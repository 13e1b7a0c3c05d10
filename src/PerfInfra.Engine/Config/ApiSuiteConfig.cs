using PerfInfra.Engine.Http;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The API suite: weighted scenarios (think time already resolved per scenario) and every threshold
/// of the suite, its scenarios and their steps, each with its <see cref="ThresholdScope"/>.
/// </summary>
public sealed record ApiSuiteConfig(
    IReadOnlyList<ScenarioDefinition> Scenarios,
    IReadOnlyList<ThresholdDefinition> Thresholds);

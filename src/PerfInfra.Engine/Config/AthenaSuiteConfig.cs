using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The Athena suite: where the queries are (relative to the config file) and thresholds per query
/// class, scoped <c>athena/&lt;class&gt;</c>.
/// </summary>
public sealed record AthenaSuiteConfig(string QueriesDirectory, IReadOnlyList<ThresholdDefinition> Thresholds)
{
    /// <summary>US dollars per terabyte scanned (config key price_per_tb).</summary>
    public double PricePerTerabyteUsd { get; init; } = AthenaDefaults.PricePerTerabyteUsd;
}

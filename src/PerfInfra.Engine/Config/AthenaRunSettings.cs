using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The Athena suite of one run: profile size plus suite definition. <see cref="QueriesDirectory"/> is
/// as written in the config, relative to the config file's folder.
/// </summary>
public sealed record AthenaRunSettings(
    int Concurrency,
    TimeSpan Duration,
    string QueriesDirectory,
    IReadOnlyList<ThresholdDefinition> Thresholds)
{
    /// <summary>US dollars per terabyte scanned, for the cost series.</summary>
    public double PricePerTerabyteUsd { get; init; } = AthenaDefaults.PricePerTerabyteUsd;
}

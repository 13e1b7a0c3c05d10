using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Thresholds;

/// <summary>
/// Where the app's thresholds come from: one place, so the alarms follow the same records the engine
/// judges with. Today the seed's figures (<see cref="SeedThresholds"/>); when the engine's
/// <c>PerfInfra.Engine.Config.ConfigLoader</c> lands, <see cref="Load"/> becomes a one-line call to it.
/// </summary>
public static class ThresholdSource
{
    /// <param name="configPath">The load-test config; unused until the loader exists.</param>
    public static IReadOnlyList<ThresholdDefinition> Load(string configPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configPath);
        // SWITCH TO THE LOADER (one line): return [.. ConfigLoader.LoadFile(configPath).<thresholds of every suite>];
        return SeedThresholds.All;
    }
}

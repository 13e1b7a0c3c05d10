using PerfInfra.Engine.Config;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Thresholds;

/// <summary>
/// Where the app's thresholds come from: the load-test config, read by the engine's own loader, so
/// the alarms follow exactly the records the engine judges with (one alarm per threshold).
/// A config error fails synth with the loader's file:line:column messages.
/// </summary>
public static class ThresholdSource
{
    public static IReadOnlyList<ThresholdDefinition> Load(string configPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configPath);
        var suites = ConfigLoader.LoadFile(configPath).Suites;
        return
        [
            .. suites.Api.Thresholds,
            .. suites.Athena?.Thresholds ?? [],
            .. suites.Pipeline?.Thresholds ?? [],
            .. suites.Lambda?.Thresholds ?? [],
        ];
    }
}

using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>The Lambda suite: functions to test (empty = all of the platform) and their thresholds.</summary>
public sealed record LambdaSuiteConfig(IReadOnlyList<string> Functions, IReadOnlyList<ThresholdDefinition> Thresholds);

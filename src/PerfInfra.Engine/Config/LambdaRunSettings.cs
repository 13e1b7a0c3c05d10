using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>The Lambda suite of one run: invocations per function, the functions (empty = all) and thresholds.</summary>
public sealed record LambdaRunSettings(
    int ColdStarts,
    int WarmInvocations,
    IReadOnlyList<string> Functions,
    IReadOnlyList<ThresholdDefinition> Thresholds);

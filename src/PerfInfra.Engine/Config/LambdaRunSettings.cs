using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config;

/// <summary>
/// The Lambda suite of one run: invocations per function, the functions (empty = all), thresholds, and the
/// optional memory sweep (sizes in MB, empty: none; invocations per size).
/// </summary>
public sealed record LambdaRunSettings(
    int ColdStarts,
    int WarmInvocations,
    IReadOnlyList<string> Functions,
    IReadOnlyList<ThresholdDefinition> Thresholds)
{
    public IReadOnlyList<int> MemorySweepMb { get; init; } = [];

    public int SweepInvocations { get; init; } = MemorySweepDefaults.Invocations;
}

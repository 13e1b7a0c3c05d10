namespace PerfInfra.Engine.Config;

/// <summary>
/// Lambda suite size of a profile, per function; <see cref="MemorySweepMb"/> (empty: no sweep) are the
/// memory sizes a sweep runs <see cref="SweepInvocations"/> invocations at (<see cref="MemorySweepDefaults"/>).
/// </summary>
public sealed record LambdaLoadSettings(int ColdStarts, int WarmInvocations)
{
    public IReadOnlyList<int> MemorySweepMb { get; init; } = [];

    public int SweepInvocations { get; init; } = MemorySweepDefaults.Invocations;
}

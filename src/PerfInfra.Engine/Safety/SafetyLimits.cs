namespace PerfInfra.Engine.Safety;

/// <summary>
/// Hard caps on what one run may do. A load tool is a weapon: these stop a typo (an extra zero on
/// users, "5h" for "5m") from becoming an incident. The config may lower them or raise them up to
/// <see cref="SafetyDefaults"/>' ceilings; the CLI flags may never exceed them.
/// </summary>
public sealed record SafetyLimits(int MaxUsers, double MaxRatePerSecond, TimeSpan MaxDuration)
{
    public static SafetyLimits Default { get; } = new(
        SafetyDefaults.MaxUsers, SafetyDefaults.MaxRatePerSecond, SafetyDefaults.MaxDuration);
}

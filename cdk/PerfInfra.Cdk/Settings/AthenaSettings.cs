namespace PerfInfra.Cdk.Settings;

/// <summary>Athena workgroups. Defaults: <see cref="AthenaDefaults"/>.</summary>
public sealed record AthenaSettings
{
    public string WorkGroupNamePrefix { get; init; } = AthenaDefaults.WorkGroupNamePrefix;
    public long SimpleBytesScannedCutoffBytes { get; init; } = AthenaDefaults.SimpleBytesScannedCutoffBytes;
    public long ComplexBytesScannedCutoffBytes { get; init; } = AthenaDefaults.ComplexBytesScannedCutoffBytes;
    public int ResultReuseMaxAgeMinutes { get; init; } = AthenaDefaults.ResultReuseMaxAgeMinutes;
}

namespace PerfInfra.Cdk.Settings;

/// <summary>VPC shape. Defaults: <see cref="NetworkDefaults"/>.</summary>
public sealed record NetworkSettings
{
    public int MaxAzs { get; init; } = NetworkDefaults.MaxAzs;
    public int NatGateways { get; init; } = NetworkDefaults.NatGateways;
    public int FlowLogRetentionDays { get; init; } = NetworkDefaults.FlowLogRetentionDays;
}

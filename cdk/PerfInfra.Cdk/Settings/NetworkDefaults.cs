namespace PerfInfra.Cdk.Settings;

/// <summary>The reference platform's VPC.</summary>
public static class NetworkDefaults
{
    /// <summary>Two AZs: what Multi-AZ RDS, DMS and Redis need, and what an environment-agnostic synth can name.</summary>
    public const int MaxAzs = 2;

    /// <summary>Ours: one NAT gateway (~$32/month each); set 2 for AZ-independent egress.</summary>
    public const int NatGateways = 1;

    public const int FlowLogRetentionDays = 30;
}

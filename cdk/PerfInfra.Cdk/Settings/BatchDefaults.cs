namespace PerfInfra.Cdk.Settings;

/// <summary>AWS Batch sizing. Seed: "Batch job optimization (4-64 vCPUs, c5.2xlarge/4xlarge)".</summary>
public static class BatchDefaults
{
    public const int MinVcpus = 4;
    public const int MaxVcpus = 64;
    public const string InstanceTypes = "c5.2xlarge,c5.4xlarge";

    /// <summary>
    /// On-demand by default: the seed's 10-minute batch target leaves no room for Spot interruptions.
    /// With Spot the allocation strategy becomes SPOT_PRICE_CAPACITY_OPTIMIZED.
    /// </summary>
    public const bool UseSpot = false;

    /// <summary>The Parquet conversion job: one c5.2xlarge (8 vCPU, 16 GiB less the ECS agent's share).</summary>
    public const int JobVcpus = 8;

    public const int JobMemoryMib = 15000;

    /// <summary>Ours: three times the seed's 10-minute processing target, then Batch kills the attempt.</summary>
    public const int JobTimeoutMinutes = 30;

    public const int JobRetryAttempts = 2;

    public const int JobLogRetentionDays = 30;

    /// <summary>Placeholder image; point it at the Parquet conversion image with context perfinfra:batch:jobImage.</summary>
    public const string JobImage = "public.ecr.aws/docker/library/python:3.12-slim";
}

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

    /// <summary>
    /// No registry image: the job runs jobs/PerfInfra.PipelineJob, built from <see cref="JobDockerfile"/> at
    /// `cdk deploy` (which then needs Docker). Context perfinfra:batch:jobImage names a prebuilt image instead.
    /// </summary>
    public const string? JobImage = null;

    /// <summary>The job image's Docker build context: the repository root (the job references src/), where the CDK CLI runs the app.</summary>
    public const string JobImageContext = ".";

    /// <summary>The job image's Dockerfile, relative to <see cref="JobImageContext"/>.</summary>
    public const string JobDockerfile = "jobs/PerfInfra.PipelineJob/Dockerfile";

    /// <summary>
    /// Where the pipeline job lands its raw CSV in the raw bucket (the job's JobDefaults.RawRoot): the job
    /// role may write there and nowhere else in the raw zone.
    /// </summary>
    public const string PipelineRawPrefix = "perfinfra-pipeline";
}

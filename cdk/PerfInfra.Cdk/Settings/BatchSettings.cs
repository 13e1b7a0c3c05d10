namespace PerfInfra.Cdk.Settings;

/// <summary>AWS Batch compute environment, queue and job definition. Defaults: <see cref="BatchDefaults"/>.</summary>
public sealed record BatchSettings
{
    public int MinVcpus { get; init; } = BatchDefaults.MinVcpus;
    public int MaxVcpus { get; init; } = BatchDefaults.MaxVcpus;
    public IReadOnlyList<string> InstanceTypes { get; init; } = BatchDefaults.InstanceTypes.Split(',');
    public bool UseSpot { get; init; } = BatchDefaults.UseSpot;
    public int JobVcpus { get; init; } = BatchDefaults.JobVcpus;
    public int JobMemoryMib { get; init; } = BatchDefaults.JobMemoryMib;
    public int JobTimeoutMinutes { get; init; } = BatchDefaults.JobTimeoutMinutes;
    public int JobRetryAttempts { get; init; } = BatchDefaults.JobRetryAttempts;
    /// <summary>A prebuilt registry image for the job; null (the default) builds jobs/PerfInfra.PipelineJob as a CDK image asset.</summary>
    public string? JobImage { get; init; } = BatchDefaults.JobImage;

    /// <summary>The job image's build context (the repository root); relative paths are resolved from the working directory.</summary>
    public string JobImageContext { get; init; } = BatchDefaults.JobImageContext;
    public int JobLogRetentionDays { get; init; } = BatchDefaults.JobLogRetentionDays;
}

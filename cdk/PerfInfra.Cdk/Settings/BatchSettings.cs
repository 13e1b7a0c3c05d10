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
    public string JobImage { get; init; } = BatchDefaults.JobImage;
    public int JobLogRetentionDays { get; init; } = BatchDefaults.JobLogRetentionDays;
}

namespace PerfInfra.Cdk.Settings;

/// <summary>DMS replication instance and task tuning. Defaults: <see cref="DmsDefaults"/>.</summary>
public sealed record DmsSettings
{
    public string ReplicationInstanceClass { get; init; } = DmsDefaults.ReplicationInstanceClass;
    public int AllocatedStorageGb { get; init; } = DmsDefaults.AllocatedStorageGb;
    public bool MultiAz { get; init; } = DmsDefaults.MultiAz;
    public string SourceSchemaName { get; init; } = DmsDefaults.SourceSchemaName;

    /// <summary>
    /// ARN of a Secrets Manager secret (engine, host, port, username, password) of an existing MySQL to
    /// replicate; null replicates the reference platform's MySQL.
    /// </summary>
    public string? SourceSecretArn { get; init; }
    public bool CreateServiceRoles { get; init; } = DmsDefaults.CreateServiceRoles;
    public int MaxFullLoadSubTasks { get; init; } = DmsDefaults.MaxFullLoadSubTasks;
    public int CommitRate { get; init; } = DmsDefaults.CommitRate;
    public int ParallelLoadThreads { get; init; } = DmsDefaults.ParallelLoadThreads;
    public int ParallelLoadBufferSize { get; init; } = DmsDefaults.ParallelLoadBufferSize;
    public int LobMaxSizeKb { get; init; } = DmsDefaults.LobMaxSizeKb;
    public int BatchApplyTimeoutMinSeconds { get; init; } = DmsDefaults.BatchApplyTimeoutMinSeconds;
    public int BatchApplyTimeoutMaxSeconds { get; init; } = DmsDefaults.BatchApplyTimeoutMaxSeconds;
    public int BatchApplyMemoryLimitMb { get; init; } = DmsDefaults.BatchApplyMemoryLimitMb;
    public int MemoryLimitTotalMb { get; init; } = DmsDefaults.MemoryLimitTotalMb;
}

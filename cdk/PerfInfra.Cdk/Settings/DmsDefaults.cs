namespace PerfInfra.Cdk.Settings;

/// <summary>
/// DMS sizing and task tuning. Instance class and storage: the seed ("c5.2xlarge, 200GB storage").
/// Task-setting figures are ours, within the ranges AWS documents for each setting.
/// </summary>
public static class DmsDefaults
{
    public const string ReplicationInstanceClass = "dms.c5.2xlarge";
    public const int AllocatedStorageGb = 200;
    public const bool MultiAz = true;
    public const string SourceSchemaName = "ecommerce";

    /// <summary>
    /// dms-vpc-role and dms-cloudwatch-logs-role are account-wide with fixed names; an account that
    /// already has them must set this to false or the deploy fails with "already exists".
    /// </summary>
    public const bool CreateServiceRoles = true;

    /// <summary>Full load: tables loaded in parallel (AWS default 8, maximum 49).</summary>
    public const int MaxFullLoadSubTasks = 16;

    /// <summary>Full load: rows per commit (AWS default 10,000, maximum 50,000).</summary>
    public const int CommitRate = 50000;

    /// <summary>Threads per table for full load into targets that support parallel load.</summary>
    public const int ParallelLoadThreads = 8;

    public const int ParallelLoadBufferSize = 500;

    /// <summary>Limited LOB mode truncates above this size (KB); our LOBs are product descriptions.</summary>
    public const int LobMaxSizeKb = 32;

    public const int BatchApplyTimeoutMinSeconds = 1;
    public const int BatchApplyTimeoutMaxSeconds = 30;
    public const int BatchApplyMemoryLimitMb = 500;
    public const int MemoryLimitTotalMb = 1024;
}

namespace PerfInfra.Cdk.Settings;

/// <summary>
/// Athena workgroups, one per query class of the seed ("2s simple, 15s complex") so each class has its
/// own bytes-scanned cutoff and its own TotalExecutionTime metric for the alarms.
/// </summary>
public static class AthenaDefaults
{
    public const string WorkGroupNamePrefix = "perfinfra";

    /// <summary>Ours: 1 GiB stops a simple query that lost its partition filter ($5/TB scanned).</summary>
    public const long SimpleBytesScannedCutoffBytes = 1L * 1024 * 1024 * 1024;

    /// <summary>Ours: 100 GiB, a full month of the curated tables in Parquet.</summary>
    public const long ComplexBytesScannedCutoffBytes = 100L * 1024 * 1024 * 1024;

    /// <summary>Query result reuse window callers pass to StartQueryExecution (it is per query, not per workgroup).</summary>
    public const int ResultReuseMaxAgeMinutes = 60;
}

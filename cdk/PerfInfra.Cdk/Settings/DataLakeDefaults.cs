namespace PerfInfra.Cdk.Settings;

/// <summary>
/// Data lake lifecycle and catalog. The seed's guide asks for "data lifecycle management" (-60 % storage
/// costs) without day counts; these are ours, chosen so Athena's hot window (30 days) stays in Standard.
/// </summary>
public static class DataLakeDefaults
{
    public const int RawInfrequentAccessAfterDays = 30;
    public const int RawGlacierAfterDays = 90;
    public const int RawExpireAfterDays = 365;
    public const int CuratedInfrequentAccessAfterDays = 90;
    public const int CuratedGlacierAfterDays = 365;
    public const int QueryResultsExpireAfterDays = 30;
    public const string GlueDatabaseName = "ecommerce_analytics";

    /// <summary>First day partition projection enumerates; Athena never lists partitions before it.</summary>
    public const string PartitionProjectionStartDate = "2024-01-01";

    /// <summary>Ours: nightly, after the day's DMS files have landed.</summary>
    public const string CrawlerScheduleCron = "cron(0 2 * * ? *)";
}

namespace PerfInfra.Cdk.Settings;

/// <summary>Bucket lifecycle and Glue catalog. Defaults: <see cref="DataLakeDefaults"/>.</summary>
public sealed record DataLakeSettings
{
    public int RawInfrequentAccessAfterDays { get; init; } = DataLakeDefaults.RawInfrequentAccessAfterDays;
    public int RawGlacierAfterDays { get; init; } = DataLakeDefaults.RawGlacierAfterDays;
    public int RawExpireAfterDays { get; init; } = DataLakeDefaults.RawExpireAfterDays;
    public int CuratedInfrequentAccessAfterDays { get; init; } = DataLakeDefaults.CuratedInfrequentAccessAfterDays;
    public int CuratedGlacierAfterDays { get; init; } = DataLakeDefaults.CuratedGlacierAfterDays;
    public int QueryResultsExpireAfterDays { get; init; } = DataLakeDefaults.QueryResultsExpireAfterDays;
    public string GlueDatabaseName { get; init; } = DataLakeDefaults.GlueDatabaseName;
    public string PartitionProjectionStartDate { get; init; } = DataLakeDefaults.PartitionProjectionStartDate;
    public string CrawlerScheduleCron { get; init; } = DataLakeDefaults.CrawlerScheduleCron;
}

namespace PerfInfra.LocalSuites.Pipeline;

/// <summary>Figures of the local pipeline suite.</summary>
internal static class PipelineLocalDefaults
{
    /// <summary>Records when the run has no pipeline settings (the local profile's size).</summary>
    public const int Records = 1000;

    /// <summary>
    /// Records per raw file, and so per conversion batch: DMS's S3 target cuts files by size
    /// (CdcMaxBatchInterval/MaxFileSize); 10,000 order rows make a ~0.5 MB CSV, 10 files for the seed's 100,000.
    /// </summary>
    public const int RecordsPerFile = 10_000;

    /// <summary>Orders spread over this many days: the dt partitions of the curated table.</summary>
    public const int PartitionDays = 7;

    public const string RawFolder = "raw";

    public const string CuratedFolder = "curated";

    public const string TableName = "orders";
}

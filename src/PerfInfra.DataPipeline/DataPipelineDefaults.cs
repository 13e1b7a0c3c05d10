namespace PerfInfra.DataPipeline;

/// <summary>Figures of the order pipeline, shared by the local suite and the AWS Batch job.</summary>
public static class DataPipelineDefaults
{
    /// <summary>
    /// Records per raw file, and so per conversion batch: DMS's S3 target cuts files by size
    /// (CdcMaxBatchInterval/MaxFileSize); 10,000 order rows make a ~0.5 MB CSV, 10 files for the seed's 100,000.
    /// </summary>
    public const int RecordsPerFile = 10_000;

    /// <summary>Orders spread over this many days: the dt partitions of the curated table.</summary>
    public const int PartitionDays = 7;
}

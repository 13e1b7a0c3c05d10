namespace PerfInfra.PipelineJob;

/// <summary>Figures of the pipeline job.</summary>
internal static class JobDefaults
{
    /// <summary>The seed's pipeline throughput test: "100,000 records".</summary>
    public const int Records = 100_000;

    /// <summary>
    /// Ours: a hundred times the seed's size. The job holds every order in memory (~150 bytes each), so
    /// 10 million stay within the job definition's 15,000 MiB with room for DuckDB; a typo of three
    /// extra zeros fails at once instead of hours later.
    /// </summary>
    public const int MaxRecords = 10_000_000;

    /// <summary>
    /// Step Functions execution names (the run id the state machine passes) are at most 80 characters;
    /// the cap keeps keys and file names well inside S3's 1,024-byte key limit.
    /// </summary>
    public const int MaxRunIdLength = 80;

    /// <summary>Where pipeline-throughput lands its raw CSV: <c>perfinfra-pipeline/&lt;runId&gt;/orders/</c> in the raw bucket.</summary>
    public const string RawRoot = "perfinfra-pipeline";

    /// <summary>Concurrent S3 uploads: S3 takes far more, but two cores compress the Parquet meanwhile.</summary>
    public const int UploadConcurrency = 4;

    /// <summary>Longest file stem derived from a raw key; longer keys keep their start and gain a hash.</summary>
    public const int MaxFileStemLength = 160;
}

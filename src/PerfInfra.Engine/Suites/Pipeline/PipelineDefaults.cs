namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>The pipeline suite's names and figures, shared by the local suite, the collector and the state machine.</summary>
public static class PipelineDefaults
{
    /// <summary>GetMetricData query id of DMS's CDCLatencySource (seconds from the source commit to DMS reading it).</summary>
    public const string CdcLatencySourceId = "cdcLatencySource";

    /// <summary>GetMetricData query id of DMS's CDCLatencyTarget (seconds from the source commit to the target apply).</summary>
    public const string CdcLatencyTargetId = "cdcLatencyTarget";

    /// <summary>The dms_lag scope of each query id: the report shows both, a dms_lag threshold judges both.</summary>
    public const string SourceScope = "source";

    public const string TargetScope = "target";

    /// <summary>CloudWatch's period for the DMS metrics: DMS publishes them every minute.</summary>
    public const int MetricPeriodSeconds = 60;

    public const double MillisecondsPerSecond = 1000.0;

    /// <summary>Stage names, in pipeline order (rows of the stage table and scopes of records_per_second).</summary>
    public const string GenerateStage = "generate";

    public const string LandStage = "land";

    public const string ConvertStage = "convert";

    public const string VerifyStage = "verify";

    /// <summary>On AWS one Batch job generates, lands and converts: one stage.</summary>
    public const string BatchStage = "batch";

    /// <summary>Failure kinds (the report's failures by kind).</summary>
    public const string RecordsMissingKind = "records_missing";

    public const string ChecksumMismatchKind = "checksum_mismatch";

    public const string BatchJobFailedKind = "batch_job_failed";

    public const string VerifyQueryFailedKind = "verify_query_failed";

    public const string MetricDataIncompleteKind = "metric_data_incomplete";
}

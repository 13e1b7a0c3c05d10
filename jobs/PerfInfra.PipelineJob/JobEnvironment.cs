namespace PerfInfra.PipelineJob;

/// <summary>
/// The environment variables the job reads, through one seam (tests hand in a dictionary). The AWS SDK
/// reads its own (AWS_REGION, credentials) from the process environment, as in any AWS container.
/// </summary>
internal sealed class JobEnvironment(Func<string, string?> read)
{
    /// <summary>Records to generate (pipeline-throughput); the state machine sets it from the plan.</summary>
    public const string Records = "PERF_RECORDS";

    /// <summary>The run id (the state machine's execution name); prefixes every order id and file name.</summary>
    public const string RunId = "PERF_RUN_ID";

    /// <summary>The raw zone bucket; the job definition sets it.</summary>
    public const string SourceBucket = "SOURCE_BUCKET";

    /// <summary>The curated zone bucket; the job definition sets it.</summary>
    public const string DestinationBucket = "DESTINATION_BUCKET";

    /// <summary>
    /// Optional: an S3-compatible endpoint (e.g. http://127.0.0.1:4568 for s3rver in tests), addressed
    /// path-style and without chunked uploads. Unset on AWS, where the SDK finds S3 from AWS_REGION.
    /// </summary>
    public const string S3Endpoint = "PERF_S3_ENDPOINT";

    public static JobEnvironment FromProcess() => new(Environment.GetEnvironmentVariable);

    public string? Get(string name) => read(name) is { Length: > 0 } value ? value : null;
}

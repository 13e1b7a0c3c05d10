namespace PerfInfra.Lambdas;

/// <summary>Defaults of the Lambda side, with their sources.</summary>
internal static class LambdaDefaults
{
    /// <summary>The seed's figures: the AWS state machine runs the 1000-user profile.</summary>
    public const string Profile = "full";

    /// <summary>1000 users → 20 shards of 50: each shard's connections fit one small Lambda comfortably.</summary>
    public const int UsersPerShard = 50;

    /// <summary>Open models: requests per second one 1 GB arm64 worker sustains with headroom.</summary>
    public const double RatePerShard = 500;

    /// <summary>Caps the fan-out (and the bill) whatever the input asks; the Map's MaxConcurrency matches.</summary>
    public const int MaxShards = 100;

    public const int WorkerMemoryMb = 1024;

    /// <summary>Step Functions' payload limit per state (256 KB); worker results above their share go to S3.</summary>
    /// <summary>
    /// Athena query executions per run on AWS: 200 items of ~1 KB (SQL) plus as many ~600-byte results
    /// stay well under the 256 KB state limit the Map's input and output share.
    /// </summary>
    public const int MaxAthenaExecutions = 200;

    public const int StateLimitBytes = 256 * 1024;

    /// <summary>
    /// The plan step accepts at most this much execution input: a real one is a few hundred bytes (even
    /// 4 suites × 50 thresholds fit); anything larger is a mistake, refused before it is parsed further.
    /// </summary>
    public const int MaxExecutionInputBytes = 64 * 1024;

    /// <summary>us-east-1 list prices (2025), arm64 Lambda; estimates only — override per region in config.</summary>
    public const double PricePerGbSecondUsd = 0.0000133334;

    public const double PricePerMillionRequestsUsd = 0.20;

    /// <summary>Standard workflows: $0.025 per 1,000 state transitions.</summary>
    public const double PricePerThousandTransitionsUsd = 0.025;

    /// <summary>S3 Standard PUT-class requests; GETs are cheaper, so this rounds up.</summary>
    public const double PricePerThousandS3RequestsUsd = 0.005;

    public const string JsonContentType = "application/json";
    public const string MarkdownContentType = "text/markdown; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string XmlContentType = "application/xml";
}

using PerfInfra.Lambdas.Contracts;

namespace PerfInfra.Lambdas.Reporting;

/// <summary>
/// What a run cost on AWS, from its own figures: worker GB-seconds (run time × memory) plus the small
/// steps, Lambda requests, state transitions and S3 requests, at the deployed prices. An estimate: it
/// ignores free tiers, data transfer and CloudWatch Logs ingestion.
/// </summary>
internal static class CostEstimator
{
    /// <summary>plan, aggregate, report, Parallel, the pass-through branches, Choice and the end state.</summary>
    private const long FixedTransitions = 12;

    /// <summary>Per shard: its Map iteration start, the task, and its end.</summary>
    private const long TransitionsPerShard = 3;

    /// <summary>plan/worker reads of the config, the judged report's put and get, four report files twice (dated + latest), the baseline read.</summary>
    private const long FixedS3Requests = 12;

    /// <summary>plan, aggregate, report.</summary>
    private const long FixedLambdaRequests = 3;

    /// <summary>The small steps run well under a second each at their memory; counted as one second at 512 MB.</summary>
    private const double SmallStepGbSeconds = 0.5;

    private const double MbPerGb = 1024;
    private const double Million = 1_000_000;
    private const double Thousand = 1_000;

    public static CostEstimate Estimate(LambdaSettings settings, int shards, double workerSeconds, int resultsInS3)
    {
        var gbSeconds = workerSeconds * settings.WorkerMemoryMb / MbPerGb + FixedLambdaRequests * SmallStepGbSeconds;
        var requests = FixedLambdaRequests + shards;
        var transitions = FixedTransitions + TransitionsPerShard * shards;
        var s3 = FixedS3Requests + shards + (2L * resultsInS3);
        var usd = gbSeconds * settings.PricePerGbSecond
            + requests / Million * settings.PricePerMillionRequests
            + transitions / Thousand * settings.PricePerThousandTransitions
            + s3 / Thousand * settings.PricePerThousandS3Requests;
        return new CostEstimate(
            Math.Round(gbSeconds, 3), requests, transitions, s3, Math.Round(usd, 6),
            "estimate from list prices in the deployed config; excludes free tier, data transfer and CloudWatch Logs");
    }
}

using PerfInfra.Lambdas.Reporting;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Reporting;

/// <summary>The cost estimate with round prices and figures, against dollars computed by hand.</summary>
public sealed class CostEstimatorTests
{
    [Fact]
    public void Estimate_KnownRun_MatchesTheHandComputedDollars()
    {
        var settings = TestSettings.Create(new()
        {
            [LambdaSettings.WorkerMemoryVariable] = "2048",
            [LambdaSettings.PricePerGbSecondVariable] = "0.00001",
            [LambdaSettings.PricePerMillionRequestsVariable] = "0.2",
            [LambdaSettings.PricePerThousandTransitionsVariable] = "0.025",
            [LambdaSettings.PricePerThousandS3RequestsVariable] = "0.005",
        });

        // 4 shards ran 100 worker-seconds in all at 2 GB; 1 result went through S3.
        var cost = CostEstimator.Estimate(settings, shards: 4, workerSeconds: 100, resultsInS3: 1);

        // GB-s: 100 s × 2 GB + plan, aggregate, report at 0.5 GB-s each = 201.5 GB-s → $0.002015
        // requests: 3 + 4 shards = 7 → 7 ÷ 1,000,000 × $0.20 = $0.0000014
        // transitions: 12 fixed + 3 per shard × 4 = 24 → 24 ÷ 1,000 × $0.025 = $0.0006
        // S3: 12 fixed + 1 per shard × 4 + 2 per spilled result (put, get) × 1 = 18 → 18 ÷ 1,000 × $0.005 = $0.00009
        // total $0.0027064, rounded to 6 places.
        Assert.Equal(201.5, cost.LambdaGbSeconds);
        Assert.Equal(7, cost.LambdaRequests);
        Assert.Equal(24, cost.StateTransitions);
        Assert.Equal(18, cost.S3Requests);
        Assert.Equal(0.002706, cost.EstimatedUsd);
    }

    [Fact]
    public void Estimate_SeedFullProfileAtListPrices_AboutTenCents()
    {
        // README "Cost": 20 workers × 6.5 min at 1 GB ≈ 7,800 GB-s ≈ $0.10 per run.
        var cost = CostEstimator.Estimate(TestSettings.Create(), shards: 20, workerSeconds: 20 * 6.5 * 60, resultsInS3: 0);

        // 7,801.5 GB-s × $0.0000133334 = $0.1040205; + 23 requests $0.0000046; + 72 transitions $0.0018; + 32 S3 requests $0.00016 = $0.105985.
        Assert.Equal(7801.5, cost.LambdaGbSeconds);
        Assert.Equal(0.105985, cost.EstimatedUsd, precision: 6);
    }
}

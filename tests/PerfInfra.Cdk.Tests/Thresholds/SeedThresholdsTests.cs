using PerfInfra.Cdk.Thresholds;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Tests.Thresholds;

public sealed class SeedThresholdsTests
{
    [Fact]
    public void All_SeedPerformanceThresholds_AreTwelveUpperBounds()
    {
        // API 4 (avg, p95, p99, error rate), Lambda 3, Athena 2, pipeline 3.
        Assert.Equal(12, SeedThresholds.All.Count);
        Assert.All(SeedThresholds.All, t => Assert.Equal(ThresholdOperator.LessThan, t.Expression.Operator));
        Assert.Equal(12, SeedThresholds.All.Select(t => (t.Scope, t.Expression.Metric)).Distinct().Count());
    }

    [Theory]
    [InlineData("api", null, "latency.avg", 500)]
    [InlineData("api", null, "latency.p95", 1000)]
    [InlineData("api", null, "latency.p99", 2000)]
    [InlineData("api", null, "error_rate", 0.01)]
    [InlineData("lambda", null, "cold_start.max", 3000)]
    [InlineData("lambda", null, "warm_duration.avg", 200)]
    [InlineData("lambda", null, "memory_utilization.max", 0.8)]
    [InlineData("athena", "simple", "query_time.p95", 2000)]
    [InlineData("athena", "complex", "query_time.p95", 15000)]
    [InlineData("pipeline", null, "dms_lag.max", 60_000)]
    [InlineData("pipeline", null, "batch_duration.max", 600_000)]
    [InlineData("pipeline", null, "end_to_end.max", 1_800_000)]
    public void All_SeedFigure_IsPresentInCanonicalUnits(string suite, string? scenario, string metric, double value)
    {
        Assert.Contains(SeedThresholds.All, t =>
            t.Scope == new ThresholdScope(suite, scenario) && t.Expression.Metric.ToString() == metric && t.Expression.Value == value);
    }

    [Fact]
    public void Load_AnyConfigPath_ReturnsTheSeedThresholdsUntilTheLoaderLands() =>
        Assert.Same(SeedThresholds.All, ThresholdSource.Load("tests/performance/load-test-config.yaml"));
}

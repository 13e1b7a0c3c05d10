using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Thresholds;

/// <summary>
/// The seed's "Performance Thresholds" as the engine's typed records, series named as the engine's suites
/// name them. Stands in for tests/performance/load-test-config.yaml until the engine's config loader
/// lands (see <see cref="ThresholdSource"/>).
/// </summary>
public static class SeedThresholds
{
    public static IReadOnlyList<ThresholdDefinition> All { get; } =
    [
        // API Gateway: 500ms avg, 1000ms p95, 2000ms p99, <1% error rate.
        Define("api", null, "avg < 500ms", new("latency", MetricAggregation.Avg), 500, MetricUnit.Milliseconds),
        Define("api", null, "p(95) < 1000ms", new("latency", MetricAggregation.Percentile, 95), 1000, MetricUnit.Milliseconds),
        Define("api", null, "p(99) < 2000ms", new("latency", MetricAggregation.Percentile, 99), 2000, MetricUnit.Milliseconds),
        Define("api", null, "error_rate < 1%", new("error_rate", MetricAggregation.Value), 0.01, MetricUnit.Ratio),

        // Lambda: 3000ms cold start, 200ms warm, <80% memory.
        Define("lambda", null, "cold_start max < 3000ms", new("cold_start", MetricAggregation.Max), 3000, MetricUnit.Milliseconds),
        Define("lambda", null, "warm_duration avg < 200ms", new("warm_duration", MetricAggregation.Avg), 200, MetricUnit.Milliseconds),
        Define("lambda", null, "memory_utilization max < 80%", new("memory_utilization", MetricAggregation.Max), 0.8, MetricUnit.Ratio),

        // Athena: 2s simple, 15s complex.
        Define("athena", "simple", "p(95) < 2s", new("query_time", MetricAggregation.Percentile, 95), 2000, MetricUnit.Milliseconds),
        Define("athena", "complex", "p(95) < 15s", new("query_time", MetricAggregation.Percentile, 95), 15000, MetricUnit.Milliseconds),

        // Data pipeline: 60s DMS lag, 10min batch, 30min end-to-end.
        Define("pipeline", null, "dms_lag max < 60s", new("dms_lag", MetricAggregation.Max), 60_000, MetricUnit.Milliseconds),
        Define("pipeline", null, "batch_duration max < 10m", new("batch_duration", MetricAggregation.Max), 600_000, MetricUnit.Milliseconds),
        Define("pipeline", null, "end_to_end max < 30m", new("end_to_end", MetricAggregation.Max), 1_800_000, MetricUnit.Milliseconds),
    ];

    private static ThresholdDefinition Define(string suite, string? scenario, string text, MetricSelector metric, double value, MetricUnit unit) =>
        new(new ThresholdScope(suite, scenario), new ThresholdExpression(text, metric, ThresholdOperator.LessThan, value, unit));
}

using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Engine.Tests.Fixtures;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Reporting;

/// <summary>A deterministic report: two scenarios with known samples, the seed's four API thresholds.</summary>
internal static class ReportSamples
{
    public static readonly IReadOnlyList<ThresholdDefinition> SeedApiThresholds =
    [
        Def("avg < 500ms", new MetricSelector("latency", MetricAggregation.Avg), ThresholdOperator.LessThan, 500, MetricUnit.Milliseconds),
        Def("p95 < 1000ms", new MetricSelector("latency", MetricAggregation.Percentile, 95), ThresholdOperator.LessThan, 1000, MetricUnit.Milliseconds),
        Def("p99 < 2000ms", new MetricSelector("latency", MetricAggregation.Percentile, 99), ThresholdOperator.LessThan, 2000, MetricUnit.Milliseconds),
        Def("error_rate < 1%", new MetricSelector("error_rate", MetricAggregation.Value), ThresholdOperator.LessThan, 0.01, MetricUnit.Ratio),
    ];

    public static ThresholdDefinition Def(string text, MetricSelector metric, ThresholdOperator op, double value, MetricUnit unit, ThresholdScope? scope = null) =>
        new(scope ?? new ThresholdScope("api"), new ThresholdExpression(text, metric, op, value, unit));

    /// <summary>browse: 100 requests at 10..1000 ms step 10 ms; checkout: 50 at 1..50 ms plus 2 errors.</summary>
    public static WorkerResult Result(RunCompletion completion = RunCompletion.Completed) => WorkerResults.Result(
        TimeSpan.FromSeconds(10),
        completion,
        completion == RunCompletion.Completed ? null : "SIGINT",
        WorkerResults.Scenario("browse", Enumerable.Range(1, 100).Select(i => i * 10_000L).ToList(), stepName: "list products"),
        WorkerResults.Scenario("checkout", Enumerable.Range(1, 50).Select(i => i * 1_000L).ToList(), errors: 2, errorKind: "http_503", stepName: "pay"));

    public static RunMetadata Metadata() => new(
        "0.1.0", "test-host", "local", "tests/performance/load-test-config.yaml",
        "0123456789abcdef0123456789abcdef", "http://127.0.0.1:5000", "closed", 50, null, 10, 152, 152, 0, 50);

    public static RunReport Report(RunCompletion completion = RunCompletion.Completed, IReadOnlyList<ThresholdDefinition>? thresholds = null)
    {
        var result = Result(completion);
        var source = new ApiMetricSource(result);
        var outcomes = (thresholds ?? SeedApiThresholds).Select(t => Judge(t, source)).ToList();
        return RunReportBuilder.Build(Metadata(), result.StartedAt, result.EndedAt,
            [new SuiteRun("api", result), new SuiteRun("athena", null, "needs a later release")],
            outcomes, result.Completion, result.CompletionReason);
    }

    // TODO(merge): replace with ThresholdEvaluator.Evaluate once the config branch lands.
    private static ThresholdOutcome Judge(ThresholdDefinition t, IMetricSource source)
    {
        var measured = source.Measure(t.Scope, t.Expression.Metric);
        return measured is { } m
            ? new ThresholdOutcome(t, m, t.Expression.IsSatisfiedBy(m), t.Expression.Margin(m), null)
            : new ThresholdOutcome(t, null, false, null, "no samples");
    }
}

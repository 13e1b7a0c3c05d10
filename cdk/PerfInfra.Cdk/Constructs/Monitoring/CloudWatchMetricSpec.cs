namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>One CloudWatch metric and statistic, as plain data (no jsii objects) so the mapping is testable alone.</summary>
/// <param name="Statistic">CloudWatch's own spelling: <c>Average</c>, <c>Maximum</c>, <c>p95</c>, <c>Sum</c>, …</param>
/// <param name="Unit">The unit CloudWatch reports the metric in (for the reader; alarms do not filter on it).</param>
public sealed record CloudWatchMetricSpec(
    string Namespace,
    string MetricName,
    IReadOnlyDictionary<string, string> Dimensions,
    string Statistic,
    string Unit);

using System.Globalization;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>
/// The one place where a threshold of the load-test config becomes a CloudWatch alarm definition:
/// which AWS metric measures the same thing the engine measures, which statistic matches the
/// threshold's aggregation, and how its value converts into that metric's unit.
/// A series AWS does not publish (batch duration, end-to-end time, anything new) maps to the EMF
/// metric the report Lambda writes: namespace <see cref="MonitoredMetricNames.TestMetricsNamespace"/>,
/// metric name = series, dimensions Suite (and Scenario, Step when the threshold is scoped to them).
/// </summary>
public static class ThresholdAlarmMapping
{
    /// <summary>Namespace of the metrics the monitoring construct derives from Lambda REPORT log lines.</summary>
    public const string ReportLineNamespace = "PerfInfra/Lambda";

    public const string InitDurationMetric = "InitDuration";

    public const string MaxMemoryUsedMetric = "MaxMemoryUsed";

    private const double MillisecondsPerSecond = 1000;

    public static ThresholdAlarmSpec Map(ThresholdDefinition threshold, MonitoredMetricNames names, int periodSeconds)
    {
        var expression = threshold.Expression;
        var metric = expression.Metric;
        var comparison = AlarmWhenViolated(expression.Operator);
        var description = $"PerfInfra threshold {threshold.Scope}: {metric} must satisfy '{expression.Text}' (load-test config).";

        switch (threshold.Scope.Suite, metric.Series)
        {
            case ("api", "latency"):
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return Single(threshold, Api(names, "Latency", Statistic(metric), "Milliseconds"), expression.Value, comparison, description);
            case ("api", "service_time"):
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return Single(threshold, Api(names, "IntegrationLatency", Statistic(metric), "Milliseconds"), expression.Value, comparison, description);
            case ("api", "error_rate"):
                // 5XXError is 0 or 1 per request, so its Average is the server-error rate as a ratio.
                RequireUnit(threshold, MetricUnit.Ratio);
                return Single(threshold, Api(names, "5XXError", "Average", "Count"), expression.Value, comparison,
                    description + " Server errors (5XX) only: 4XX are the caller's.");
            case ("api", "rps"):
                // Requests per period: the threshold's per-second rate times the period length.
                RequireUnit(threshold, MetricUnit.PerSecond);
                return Single(threshold, Api(names, "Count", "Sum", "Count"), expression.Value * periodSeconds, comparison, description);
            case ("lambda", "cold_start"):
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return Single(threshold, ReportLine(InitDurationMetric, Statistic(metric), "Milliseconds"), expression.Value, comparison,
                    description + " From the Init Duration of REPORT log lines.", fromReportLines: true);
            case ("lambda", "warm"):
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return Single(threshold, Lambda(names, "Duration", Statistic(metric)), expression.Value, comparison, description);
            case ("lambda", "memory_used"):
                // The REPORT line gives MB used; the threshold is a share of the configured memory.
                RequireUnit(threshold, MetricUnit.Ratio);
                return Single(threshold, ReportLine(MaxMemoryUsedMetric, Statistic(metric), "Megabytes"), expression.Value * names.ApiFunctionMemoryMb,
                    comparison, description + $" As MB of the function's {names.ApiFunctionMemoryMb} MB.", fromReportLines: true);
            case ("athena", "duration") when threshold.Scope.Scenario is { } queryClass
                && names.AthenaWorkGroupsByQueryClass.TryGetValue(queryClass, out var workGroup):
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return Single(threshold, Athena(workGroup, Statistic(metric)), expression.Value, comparison, description);
            case ("pipeline", "dms_lag"):
                // DMS reports CDC latency in seconds, at the source and at the target; the lag is the larger.
                RequireUnit(threshold, MetricUnit.Milliseconds);
                return new ThresholdAlarmSpec(threshold,
                    [Dms(names, "CDCLatencySource", Statistic(metric)), Dms(names, "CDCLatencyTarget", Statistic(metric))],
                    "MAX([m0, m1])", expression.Value / MillisecondsPerSecond, comparison, false,
                    description + " Larger of DMS CDCLatencySource and CDCLatencyTarget, in seconds.");
            default:
                return Single(threshold, TestMetric(threshold, names), ConvertForTestMetric(expression), comparison,
                    description + " From the report Lambda's EMF metrics.");
        }
    }

    /// <summary>CloudWatch's statistic for an aggregation. <see cref="MetricAggregation.Value"/> series are averaged.</summary>
    public static string Statistic(MetricSelector metric) => metric.Aggregation switch
    {
        MetricAggregation.Avg or MetricAggregation.Value => "Average",
        MetricAggregation.Min => "Minimum",
        MetricAggregation.Max => "Maximum",
        MetricAggregation.Med => "p50",
        MetricAggregation.Count => "SampleCount",
        MetricAggregation.Percentile when metric.Percentile is { } p => "p" + p.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Threshold metric '{metric}' has a percentile aggregation without a percentile.", nameof(metric)),
    };

    /// <summary>The alarm fires when the threshold is violated: the opposite comparison.</summary>
    public static AlarmComparison AlarmWhenViolated(ThresholdOperator accepted) => accepted switch
    {
        ThresholdOperator.LessThan => AlarmComparison.GreaterThanOrEqual,
        ThresholdOperator.LessThanOrEqual => AlarmComparison.GreaterThan,
        ThresholdOperator.GreaterThan => AlarmComparison.LessThanOrEqual,
        ThresholdOperator.GreaterThanOrEqual => AlarmComparison.LessThan,
        _ => throw new ArgumentOutOfRangeException(nameof(accepted), accepted, "Unknown threshold operator."),
    };

    private static ThresholdAlarmSpec Single(ThresholdDefinition threshold, CloudWatchMetricSpec metric, double alarmThreshold,
        AlarmComparison comparison, string description, bool fromReportLines = false) =>
        new(threshold, [metric], null, alarmThreshold, comparison, fromReportLines, description);

    private static CloudWatchMetricSpec Api(MonitoredMetricNames names, string metricName, string statistic, string unit) =>
        new("AWS/ApiGateway", metricName, new Dictionary<string, string> { ["ApiName"] = names.ApiName, ["Stage"] = names.ApiStage }, statistic, unit);

    private static CloudWatchMetricSpec Lambda(MonitoredMetricNames names, string metricName, string statistic) =>
        new("AWS/Lambda", metricName, new Dictionary<string, string> { ["FunctionName"] = names.ApiFunctionName }, statistic, "Milliseconds");

    private static CloudWatchMetricSpec ReportLine(string metricName, string statistic, string unit) =>
        new(ReportLineNamespace, metricName, new Dictionary<string, string>(), statistic, unit);

    private static CloudWatchMetricSpec Athena(string workGroup, string statistic) =>
        new("AWS/Athena", "TotalExecutionTime", new Dictionary<string, string>
        {
            ["WorkGroup"] = workGroup,
            ["QueryState"] = "SUCCEEDED",
            ["QueryType"] = "DML",
        }, statistic, "Milliseconds");

    private static CloudWatchMetricSpec Dms(MonitoredMetricNames names, string metricName, string statistic) =>
        new("AWS/DMS", metricName, new Dictionary<string, string>
        {
            ["ReplicationInstanceIdentifier"] = names.DmsReplicationInstanceId,
            ["ReplicationTaskIdentifier"] = names.DmsReplicationTaskId,
        }, statistic, "Seconds");

    private static CloudWatchMetricSpec TestMetric(ThresholdDefinition threshold, MonitoredMetricNames names)
    {
        var dimensions = new Dictionary<string, string> { ["Suite"] = threshold.Scope.Suite };
        if (threshold.Scope.Scenario is { } scenario)
        {
            dimensions["Scenario"] = scenario;
        }

        if (threshold.Scope.Step is { } step)
        {
            dimensions["Step"] = step;
        }

        var metric = threshold.Expression.Metric;
        return new CloudWatchMetricSpec(names.TestMetricsNamespace, metric.Series, dimensions, Statistic(metric), UnitName(threshold.Expression.Unit));
    }

    /// <summary>The report Lambda emits series in their canonical unit (ms, ratio, per second), so no conversion.</summary>
    private static double ConvertForTestMetric(ThresholdExpression expression) => expression.Value;

    private static string UnitName(MetricUnit unit) => unit switch
    {
        MetricUnit.Milliseconds => "Milliseconds",
        MetricUnit.PerSecond => "Count/Second",
        MetricUnit.Bytes => "Bytes",
        MetricUnit.Ratio or MetricUnit.Count or MetricUnit.Usd => "None",
        _ => "None",
    };

    private static void RequireUnit(ThresholdDefinition threshold, MetricUnit expected)
    {
        if (threshold.Expression.Unit != expected)
        {
            throw new ArgumentException(
                $"Threshold {threshold.Scope} '{threshold.Expression.Text}': {threshold.Expression.Metric.Series} is measured in {expected}, "
                + $"but the threshold's value is in {threshold.Expression.Unit}.", nameof(threshold));
        }
    }
}

using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Measurements;

/// <summary>
/// Answers thresholds of a non-API suite from its <see cref="SuiteMeasurements"/>. A suite-wide scope
/// (<c>athena</c>) judges every scope's samples together; <c>athena/simple</c> only that class's.
/// No samples → null, so the threshold fails; a series the host cannot measure → not measured.
/// </summary>
public sealed class SuiteMetricSource(SuiteMeasurements measurements) : IMetricSource, IMetricAvailability
{
    public double? Measure(ThresholdScope scope, MetricSelector metric)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(metric);
        if (scope.Suite != measurements.Suite || scope.Step is not null)
        {
            return null;
        }

        if (metric.Aggregation == MetricAggregation.Value)
        {
            return SingleValue(scope.Scenario, metric.Series);
        }

        var sorted = measurements.Samples
            .Where(s => s.Series == metric.Series && (scope.Scenario is null || s.Scope == scope.Scenario))
            .SelectMany(s => s.Values)
            .Order()
            .ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        return metric.Aggregation switch
        {
            MetricAggregation.Avg => sorted.Average(),
            MetricAggregation.Min => sorted[0],
            MetricAggregation.Max => sorted[^1],
            MetricAggregation.Med => SampleStatistics.Percentile(sorted, 50),
            MetricAggregation.Percentile => SampleStatistics.Percentile(sorted, metric.Percentile ?? throw new ArgumentException("a percentile selector needs its percentile", nameof(metric))),
            MetricAggregation.Count => sorted.Length,
            _ => null,
        };
    }

    public string? NotMeasuredReason(ThresholdScope scope, MetricSelector metric)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(metric);
        return scope.Suite == measurements.Suite
            ? measurements.NotMeasured.FirstOrDefault(n => n.Series == metric.Series)?.Reason
            : null;
    }

    /// <summary>
    /// The value recorded for exactly this scope (null scope: the suite-wide value). Scope values are
    /// never combined here: a sum is right for cost and wrong for a rate, so suites record both.
    /// </summary>
    private double? SingleValue(string? scope, string series) =>
        measurements.Values.FirstOrDefault(v => v.Series == series && v.Scope == scope)?.Value;
}

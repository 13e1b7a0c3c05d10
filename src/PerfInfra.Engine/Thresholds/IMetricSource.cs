namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Supplies measured values to the evaluator. Returns null when the scope exists but has no
/// samples for that metric (the threshold then fails).
/// </summary>
public interface IMetricSource
{
    double? Measure(ThresholdScope scope, MetricSelector metric);
}

namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Implemented by metric sources that know a series cannot be measured where they run (DMS lag
/// locally). The evaluator then reports the threshold as not measured, with the reason — neither a
/// pass nor a silent omission.
/// </summary>
public interface IMetricAvailability
{
    /// <summary>Why <paramref name="metric"/> cannot be measured in <paramref name="scope"/>, or null when it can.</summary>
    string? NotMeasuredReason(ThresholdScope scope, MetricSelector metric);
}

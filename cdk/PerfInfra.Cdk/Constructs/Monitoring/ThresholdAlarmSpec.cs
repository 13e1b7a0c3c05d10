using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Cdk.Constructs.Monitoring;

/// <summary>
/// How one threshold becomes one alarm. <see cref="AlarmThreshold"/> is in the CloudWatch metric's unit
/// (seconds for DMS latency, MB for memory), converted from the threshold's canonical unit.
/// </summary>
/// <param name="Expression">Metric math over <c>m0</c>, <c>m1</c>, … when one threshold needs several metrics; else null.</param>
/// <param name="FromReportLines">The metric is produced by a metric filter over the function's REPORT log lines.</param>
public sealed record ThresholdAlarmSpec(
    ThresholdDefinition Threshold,
    IReadOnlyList<CloudWatchMetricSpec> Metrics,
    string? Expression,
    double AlarmThreshold,
    AlarmComparison Comparison,
    bool FromReportLines,
    string Description);

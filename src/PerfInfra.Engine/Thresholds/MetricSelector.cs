using System.Globalization;

namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// Which number a threshold judges: a series of the suite (<c>latency</c>, <c>service_time</c>,
/// <c>error_rate</c>, <c>rps</c>, <c>cold_start</c>, …) and its aggregation. <see cref="Percentile"/>
/// is set only for <see cref="MetricAggregation.Percentile"/> (e.g. 95, 99.9).
/// </summary>
public sealed record MetricSelector(string Series, MetricAggregation Aggregation, double? Percentile = null)
{
    /// <summary>Canonical text: <c>latency.p95</c>, <c>latency.avg</c>, <c>error_rate</c>.</summary>
    public override string ToString() => Aggregation switch
    {
        MetricAggregation.Value => Series,
        MetricAggregation.Percentile => $"{Series}.p{Percentile!.Value.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{Series}.{Aggregation.ToString().ToLowerInvariant()}",
    };
}

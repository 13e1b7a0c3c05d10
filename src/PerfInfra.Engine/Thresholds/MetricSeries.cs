namespace PerfInfra.Engine.Thresholds;

/// <summary>
/// One series a suite measures, as the threshold parser and the CDK alarms see it.
/// <see cref="Aggregations"/> are the reductions a threshold may apply (<see cref="MetricAggregation.Percentile"/>
/// stands for every p(N)); <see cref="BareAggregation"/> is what the bare name means (<c>batch_duration &lt; 10m</c>
/// judges every batch, i.e. the max), or null when the bare name is ambiguous and an aggregation is required.
/// </summary>
public sealed record MetricSeries(
    string Suite,
    string Name,
    MetricUnit Unit,
    IReadOnlyList<MetricAggregation> Aggregations,
    MetricAggregation? BareAggregation,
    string Description)
{
    public bool Allows(MetricAggregation aggregation) => Aggregations.Contains(aggregation);
}

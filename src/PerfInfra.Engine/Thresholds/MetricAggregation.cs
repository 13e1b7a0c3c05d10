namespace PerfInfra.Engine.Thresholds;

/// <summary>How a series is reduced to one number. <see cref="Value"/> is for series that are already one number (error_rate, rps).</summary>
public enum MetricAggregation
{
    Value,
    Avg,
    Min,
    Med,
    Max,
    Percentile,
    Count,
}

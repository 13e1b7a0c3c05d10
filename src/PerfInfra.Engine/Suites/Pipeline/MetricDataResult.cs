namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// One entry of GetMetricData's <c>MetricDataResults</c>: the query id we chose, CloudWatch's label,
/// the datapoints (timestamp i belongs to value i) and the status (Complete, PartialData, InternalError, Forbidden).
/// </summary>
public sealed record MetricDataResult(string Id, string? Label, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values, string StatusCode)
{
    public const string Complete = "Complete";

    public bool IsComplete => StatusCode == Complete;
}

using HdrHistogram;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Api;

/// <summary>
/// Measures API thresholds on a (merged) worker result: suite scope = every scenario, scenario scope,
/// step scope. Series: latency, service_time (open models), error_rate, rps, requests. Returns null
/// when a scope has no samples for the metric, so the threshold fails instead of passing on nothing.
/// </summary>
public sealed class ApiMetricSource(WorkerResult result) : IMetricSource
{
    public const string SuiteName = "api";

    private readonly double _seconds = Math.Max((result.EndedAt - result.StartedAt).TotalSeconds, double.Epsilon);

    public double? Measure(ThresholdScope scope, MetricSelector metric)
    {
        var parts = Select(scope);
        if (parts is null)
        {
            return null;
        }

        var requests = parts.Sum(p => p.Requests);
        return metric.Series switch
        {
            "error_rate" => requests == 0 ? null : (double)parts.Sum(p => p.Errors) / requests,
            "rps" => requests == 0 ? null : requests / _seconds,
            "requests" => requests,
            "latency" => Aggregate(WorkerResultMerger.SumHistograms(parts.Select(p => p.Latency)), metric),
            "service_time" => parts.Any(p => p.ServiceTime is not null)
                ? Aggregate(WorkerResultMerger.SumHistograms(parts.Select(p => p.ServiceTime).OfType<EncodedHistogram>()), metric)
                : null,
            _ => null,
        };
    }

    private List<(long Requests, long Errors, EncodedHistogram Latency, EncodedHistogram? ServiceTime)>? Select(ThresholdScope scope)
    {
        if (scope.Scenario is null)
        {
            return result.Scenarios.Select(s => (s.Requests, s.Errors, s.Latency, s.ServiceTime)).ToList();
        }

        var scenario = result.Scenarios.FirstOrDefault(s => s.Name == scope.Scenario);
        if (scenario is null)
        {
            return null;
        }

        if (scope.Step is null)
        {
            return [(scenario.Requests, scenario.Errors, scenario.Latency, scenario.ServiceTime)];
        }

        var step = scenario.Steps.FirstOrDefault(s => s.Name == scope.Step);
        return step is null ? null : [(step.Requests, step.Errors, step.Latency, step.ServiceTime)];
    }

    private static double? Aggregate(HistogramBase h, MetricSelector metric)
    {
        var summary = LatencySummary.From(h);
        if (summary is null)
        {
            return null;
        }

        return metric.Aggregation switch
        {
            MetricAggregation.Avg => summary.Avg,
            MetricAggregation.Min => summary.Min,
            MetricAggregation.Max => summary.Max,
            MetricAggregation.Med => summary.P50,
            MetricAggregation.Percentile => LatencySummary.Percentile(h, metric.Percentile ?? 50),
            MetricAggregation.Count => h.TotalCount,
            _ => null,
        };
    }
}

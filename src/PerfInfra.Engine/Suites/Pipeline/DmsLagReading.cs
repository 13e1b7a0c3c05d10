using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// DMS replication lag read from GetMetricData results: CDCLatencySource and CDCLatencyTarget datapoints
/// (seconds) as <c>dms_lag</c> samples in milliseconds, scoped source and target, so
/// <c>dms_lag.max &lt; 60s</c> judges the worst of both over the window. Results that are not Complete are
/// listed, since a missing datapoint could have been the maximum.
/// </summary>
public sealed record DmsLagReading(IReadOnlyList<SeriesSamples> Samples, IReadOnlyList<string> IncompleteResults)
{
    public const string Series = "dms_lag";

    public static DmsLagReading From(IReadOnlyList<MetricDataResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var samples = new List<SeriesSamples>();
        var incomplete = new List<string>();
        foreach (var (id, scope) in new[] { (PipelineDefaults.CdcLatencySourceId, PipelineDefaults.SourceScope), (PipelineDefaults.CdcLatencyTargetId, PipelineDefaults.TargetScope) })
        {
            var values = new List<double>();
            foreach (var result in results.Where(r => r.Id == id))
            {
                values.AddRange(result.Values.Where(double.IsFinite).Select(seconds => seconds * PipelineDefaults.MillisecondsPerSecond));
                if (!result.IsComplete)
                {
                    incomplete.Add($"{id}: {result.StatusCode}");
                }
            }

            if (values.Count > 0)
            {
                samples.Add(new SeriesSamples(scope, Series, values));
            }
        }

        return new DmsLagReading(samples, incomplete);
    }

    /// <summary>The largest lag over both metrics in milliseconds; null without datapoints.</summary>
    public double? MaxMilliseconds => Samples.SelectMany(s => s.Values).DefaultIfEmpty(double.NaN).Max() is var max && double.IsNaN(max) ? null : max;
}

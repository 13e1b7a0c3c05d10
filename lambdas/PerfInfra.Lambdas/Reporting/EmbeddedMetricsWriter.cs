using System.Text;
using System.Text.Json;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Lambdas.Reporting;

/// <summary>
/// CloudWatch Embedded Metric Format lines for a report, one per suite and per scenario, so dashboards
/// and the monitoring construct's alarms see test results (namespace PerfInfra/LoadTests, metric = the
/// series name, dimensions Suite/Scenario). <c>latency</c> carries
/// <see cref="EmfDefaults.LatencyQuantiles"/> evenly spaced quantiles of the merged histogram, so
/// CloudWatch's own p50/p95/p99/Average statistics come out of the real distribution.
/// </summary>
internal static class EmbeddedMetricsWriter
{
    public static IReadOnlyList<string> Lines(RunReport report, DateTimeOffset timestamp)
    {
        var lines = new List<string>();
        foreach (var suite in report.Suites.Where(s => s.Totals is not null))
        {
            lines.Add(Line(timestamp, [("Suite", suite.Name)], suite.Totals!));
            lines.AddRange(suite.Scenarios.Select(s => Line(timestamp, [("Suite", suite.Name), ("Scenario", s.Name)], s.Measurements)));
        }

        return lines;
    }

    private static string Line(DateTimeOffset timestamp, (string Name, string Value)[] dimensions, MeasurementReport m)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", timestamp.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", EmfDefaults.Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var (name, _) in dimensions)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            var metrics = Metrics(m);
            foreach (var (name, unit, _) in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", name);
                json.WriteString("Unit", unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, value) in dimensions)
            {
                json.WriteString(name, value);
            }

            foreach (var (name, _, values) in metrics)
            {
                if (values.Length == 1)
                {
                    json.WriteNumber(name, values[0]);
                    continue;
                }

                json.WriteStartArray(name);
                foreach (var v in values)
                {
                    json.WriteNumberValue(v);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<(string Name, string Unit, double[] Values)> Metrics(MeasurementReport m)
    {
        const double Percent = 100;
        var metrics = new List<(string, string, double[])>
        {
            ("error_rate", "Percent", [m.ErrorRate * Percent]),
            ("rps", "Count/Second", [m.Rps]),
            ("requests", "Count", [m.Requests]),
            ("errors", "Count", [m.Errors]),
        };
        if (m.LatencyMs is { } l)
        {
            metrics.Add(("latency", "Milliseconds", Quantiles(m.LatencyHistogram)));
            metrics.Add(("latency_p50", "Milliseconds", [l.P50]));
            metrics.Add(("latency_p95", "Milliseconds", [l.P95]));
            metrics.Add(("latency_p99", "Milliseconds", [l.P99]));
            metrics.Add(("latency_avg", "Milliseconds", [l.Avg]));
        }

        return metrics;
    }

    /// <summary>The value at the middle of each of N equal slices of the distribution (0.5 %, 1.5 %, … for N = 100).</summary>
    private static double[] Quantiles(string base64)
    {
        var histogram = EncodedHistogram.FromBase64(base64).Decode();
        const double Half = 0.5;
        const double Hundred = 100;
        return Enumerable.Range(0, EmfDefaults.LatencyQuantiles)
            .Select(i => LatencySummary.Percentile(histogram, (i + Half) * Hundred / EmfDefaults.LatencyQuantiles))
            .ToArray();
    }
}

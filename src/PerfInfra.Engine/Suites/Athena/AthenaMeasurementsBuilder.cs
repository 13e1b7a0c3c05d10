using System.Globalization;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Measurements;

namespace PerfInfra.Engine.Suites.Athena;

/// <summary>
/// Turns query outcomes (from Athena on AWS, from DuckDB locally) into the suite's measurements: per
/// query class, samples of duration (Athena's total execution time), queue, planning and engine time,
/// bytes scanned and cost; the cost per class and in total; failures by kind; and a per-query table.
/// Failed runs only count as failures, never as samples.
/// </summary>
public sealed class AthenaMeasurementsBuilder(AthenaPricing pricing)
{
    private const string PerQueryTitle = "Athena queries";
    private const double MillisecondsPerSecond = 1000;

    public SuiteMeasurements Build(IReadOnlyList<AthenaQueryOutcome> outcomes, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var samples = new List<SeriesSamples>();
        var values = new List<SeriesValue>();
        foreach (var group in outcomes.GroupBy(o => o.QueryClass, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var succeeded = group.Where(o => o.Succeeded).ToArray();
            var stats = succeeded.Select(o => o.Statistics!.Value).ToArray();
            AddSamples(samples, group.Key, AthenaSeries.Duration, stats.Select(s => (double?)s.TotalExecutionMs));
            AddSamples(samples, group.Key, AthenaSeries.QueueTime, stats.Select(s => s.QueueMs));
            AddSamples(samples, group.Key, AthenaSeries.PlanningTime, stats.Select(s => s.PlanningMs));
            AddSamples(samples, group.Key, AthenaSeries.EngineTime, stats.Select(s => s.EngineExecutionMs));
            AddSamples(samples, group.Key, AthenaSeries.BytesScanned, stats.Select(s => (double?)s.DataScannedBytes));
            AddSamples(samples, group.Key, AthenaSeries.Cost, succeeded.Select(o => (double?)pricing.CostUsd(o)));
            values.Add(new SeriesValue(group.Key, AthenaSeries.Cost, succeeded.Sum(pricing.CostUsd)));
        }

        values.Add(new SeriesValue(null, AthenaSeries.Cost, outcomes.Sum(pricing.CostUsd)));
        var failures = outcomes.Where(o => !o.Succeeded).ToArray();
        var byKind = failures
            .GroupBy(o => o.FailureKind ?? AthenaFailureKinds.Failed, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        return new SuiteMeasurements(AthenaSeries.Suite, startedAt, endedAt, samples, values, outcomes.Count, failures.Length, byKind)
        {
            Tables = [PerQueryTable(outcomes)],
        };
    }

    private static void AddSamples(List<SeriesSamples> into, string scope, string series, IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (present.Length > 0)
        {
            into.Add(new SeriesSamples(scope, series, present));
        }
    }

    private ReportTable PerQueryTable(IReadOnlyList<AthenaQueryOutcome> outcomes)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var query in outcomes
            .GroupBy(o => (o.QueryClass, o.QueryName))
            .OrderBy(g => g.Key.QueryClass, StringComparer.Ordinal).ThenBy(g => g.Key.QueryName, StringComparer.Ordinal))
        {
            var ok = query.Where(o => o.Succeeded).ToArray();
            var summary = SampleStatistics.Summarize(ok.Select(o => o.Statistics!.Value.TotalExecutionMs));
            var failed = query.Count() - ok.Length;
            var firstError = query.FirstOrDefault(o => !o.Succeeded);
            rows.Add(
            [
                query.Key.QueryClass,
                query.Key.QueryName,
                Count(query.Count()),
                Count(failed),
                summary is { } s ? Seconds(s.P50) : "-",
                summary is { } s95 ? Seconds(s95.P95) : "-",
                summary is { } sMax ? Seconds(sMax.Max) : "-",
                ok.Length > 0 ? Bytes(ok.Average(o => (double)o.Statistics!.Value.DataScannedBytes)) : "-",
                ok.Sum(pricing.CostUsd).ToString("0.000000", CultureInfo.InvariantCulture),
                firstError is null ? string.Empty : $"{firstError.FailureKind}: {Truncate(firstError.FailureMessage)}",
            ]);
        }

        return new ReportTable(
            PerQueryTitle,
            ["class", "query", "runs", "failed", "p50", "p95", "max", "avg scanned", "cost (USD)", "first failure"],
            rows,
            $"Duration is the query's total execution time; cost at ${pricing.PricePerTerabyteUsd.ToString("0.00", CultureInfo.InvariantCulture)}/TB scanned, 10 MB minimum per query; failed runs are not in the timings.");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double ms) => (ms / MillisecondsPerSecond).ToString("0.000", CultureInfo.InvariantCulture) + " s";

    /// <summary>Bytes in the largest binary unit that keeps the number at or above 1.</summary>
    public static string Bytes(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        const double Step = 1024;
        var unit = 0;
        while (bytes >= Step && unit < units.Length - 1)
        {
            bytes /= Step;
            unit++;
        }

        return bytes.ToString(unit == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    private static string Truncate(string? text)
    {
        const int MaxLength = 120;
        var line = (text ?? string.Empty).ReplaceLineEndings(" ");
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }
}

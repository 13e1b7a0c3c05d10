using System.Globalization;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Suites.Lambda;

/// <summary>
/// Turns invocations (each with its REPORT line) into the Lambda suite's measurements, per function:
/// <c>cold_start</c> = Init Duration + Duration of invocations that started a new execution environment
/// (the REPORT line has an Init Duration — what Lambda did, not what the suite asked for),
/// <c>init_duration</c> of those, <c>warm</c> = Duration of the others, and <c>memory_used</c> = Max
/// Memory Used ÷ Memory Size of every invocation. The same code judges AWS and the local runtime.
/// </summary>
public static class LambdaMeasurementsBuilder
{
    private const string UnknownErrorKind = "NoReport";

    public static SuiteMeasurements Build(
        IReadOnlyList<LambdaInvocationResult> invocations,
        DateTimeOffset startedAt,
        DateTimeOffset endedAt,
        string source)
    {
        ArgumentNullException.ThrowIfNull(invocations);
        var samples = new List<SeriesSamples>();
        var rows = new List<IReadOnlyList<string>>();
        var failuresByKind = new Dictionary<string, long>(StringComparer.Ordinal);
        var coldRequestedButWarm = 0;
        foreach (var function in invocations.GroupBy(i => i.Function, StringComparer.Ordinal))
        {
            foreach (var failed in function.Where(i => i.Failed))
            {
                var kind = failed.ErrorKind ?? UnknownErrorKind;
                failuresByKind[kind] = failuresByKind.GetValueOrDefault(kind) + 1;
            }

            var reports = function.Where(i => !i.Failed).Select(i => i.Report!).ToArray();
            var cold = reports.Where(r => r.IsColdStart).ToArray();
            var warm = reports.Where(r => !r.IsColdStart).ToArray();
            coldRequestedButWarm += function.Count(i => i is { Failed: false, ColdRequested: true, Report.IsColdStart: false });
            Add(samples, function.Key, LambdaSeries.ColdStart, cold.Select(r => r.ColdStartMs));
            Add(samples, function.Key, LambdaSeries.InitDuration, cold.Select(r => (r.InitDurationMs ?? 0) + (r.RestoreDurationMs ?? 0)));
            Add(samples, function.Key, LambdaSeries.Warm, warm.Select(r => r.DurationMs));
            Add(samples, function.Key, LambdaSeries.MemoryUsed, reports.Select(r => r.MemoryUsedRatio));
            rows.Add(Row(function.Key, reports, cold, warm, function.Count(i => i.Failed)));
        }

        var note = "A cold start is an invocation whose REPORT line has an Init Duration; its value is Init Duration + Duration. "
            + "Memory used is Max Memory Used ÷ Memory Size.";
        if (coldRequestedButWarm > 0)
        {
            note += $" {coldRequestedButWarm} invocation(s) meant to be cold ran in a warm environment (provisioned concurrency, or the configuration change did not replace it) and count as warm.";
        }

        return new SuiteMeasurements(
            MetricCatalog.Lambda, startedAt, endedAt, samples, [],
            invocations.Count, invocations.Count(i => i.Failed), failuresByKind)
        {
            Source = source,
            Tables = FailureTable(invocations) is { } failures
                ? [new ReportTable("Lambda functions", Columns, rows, note), failures]
                : [new ReportTable("Lambda functions", Columns, rows, note)],
        };
    }

    private static readonly string[] Columns =
        ["Function", "Memory size", "Cold starts", "Cold start max", "Init max", "Warm", "Warm p50", "Warm p95", "Max memory used", "Failures"];

    /// <summary>The first failure of each function and error type, with its detail; null when none failed.</summary>
    private static ReportTable? FailureTable(IReadOnlyList<LambdaInvocationResult> invocations)
    {
        var rows = invocations
            .Where(i => i.Failed)
            .GroupBy(i => (i.Function, Kind: i.ErrorKind ?? UnknownErrorKind))
            .Select(g => (IReadOnlyList<string>)[g.Key.Function, g.Key.Kind, Count(g.Count()), g.First().ErrorDetail ?? "–"])
            .ToArray();
        return rows.Length == 0 ? null : new ReportTable("Lambda failures", ["Function", "Error", "Invocations", "First detail"], rows);
    }

    private static void Add(List<SeriesSamples> samples, string function, string series, IEnumerable<double> values)
    {
        var list = values.ToArray();
        if (list.Length > 0)
        {
            samples.Add(new SeriesSamples(function, series, list));
        }
    }

    private static string[] Row(string function, LambdaReportLine[] reports, LambdaReportLine[] cold, LambdaReportLine[] warm, int failures)
    {
        var warmSummary = SampleStatistics.Summarize(warm.Select(r => r.DurationMs));
        var sizes = string.Join(", ", reports.Select(r => r.MemorySizeMb).Distinct().Order().Select(m => $"{m} MB"));
        var peak = reports.Length == 0 ? null : reports.MaxBy(r => r.MemoryUsedRatio);
        return
        [
            function,
            sizes.Length == 0 ? "–" : sizes,
            Count(cold.Length),
            cold.Length == 0 ? "–" : Ms(cold.Max(r => r.ColdStartMs)),
            cold.Length == 0 ? "–" : Ms(cold.Max(r => (r.InitDurationMs ?? 0) + (r.RestoreDurationMs ?? 0))),
            Count(warm.Length),
            warmSummary is { } w ? Ms(w.P50) : "–",
            warmSummary is { } w95 ? Ms(w95.P95) : "–",
            peak is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{peak.MaxMemoryUsedMb} MB ({peak.MemoryUsedRatio:P0})"),
            Count(failures),
        ];
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ms(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.00} ms");
}

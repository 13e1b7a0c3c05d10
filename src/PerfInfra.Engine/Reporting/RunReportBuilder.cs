using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// Turns merged worker results and judged thresholds into the report model. Percentiles are computed
/// here, from merged histograms, and nowhere earlier.
/// </summary>
public static class RunReportBuilder
{
    public static RunReport Build(
        RunMetadata metadata,
        DateTimeOffset startedAt,
        DateTimeOffset endedAt,
        IReadOnlyList<SuiteRun> suites,
        IReadOnlyList<ThresholdOutcome> outcomes,
        RunCompletion completion,
        string? completionReason,
        PreflightResult? preflight = null)
    {
        var (verdict, reason) = VerdictJudge.Judge(completion, completionReason, outcomes, preflight);
        return new RunReport(
            RunReport.CurrentSchemaVersion,
            ReportFormatting.Lower(verdict),
            reason,
            startedAt,
            endedAt,
            Math.Round((endedAt - startedAt).TotalSeconds, 3),
            metadata,
            suites.Select(BuildSuite).ToList(),
            outcomes.Select(BuildThreshold).ToList())
        {
            Preflight = preflight is null ? null : new PreflightReport(PreflightModeNames.Of(preflight.Mode), preflight.Checks),
        };
    }

    private static SuiteReport BuildSuite(SuiteRun suite)
    {
        if (suite.Measurements is { } measured)
        {
            return BuildMeasuredSuite(suite, measured);
        }

        if (suite.Result is not { } result)
        {
            return new SuiteReport(suite.Name, suite.Status, suite.Note, null, []);
        }

        var seconds = Math.Max((result.EndedAt - result.StartedAt).TotalSeconds, double.Epsilon);
        var startSecond = result.StartedAt.ToUnixTimeSeconds();
        var scenarios = result.Scenarios.Select(s => BuildScenario(s, seconds, startSecond)).ToList();
        var totals = Measure(
            result.Scenarios.Sum(s => s.Requests),
            result.Scenarios.Sum(s => s.Errors),
            seconds,
            WorkerResultMerger.AddHistograms(result.Scenarios.Select(s => s.Latency)),
            result.Scenarios.Any(s => s.ServiceTime is not null)
                ? WorkerResultMerger.AddHistograms(result.Scenarios.Select(s => s.ServiceTime).OfType<EncodedHistogram>())
                : null,
            WorkerResultMerger.AddCounts(result.Scenarios.Select(s => s.ErrorsByKind)));
        return new SuiteReport(suite.Name, suite.Status, suite.Note, totals, scenarios);
    }

    /// <summary>
    /// A non-API suite: per scope and series, exact statistics; a suite-wide row (scope null) whenever a
    /// series has more than one scope, so a suite-wide threshold can be read off the report.
    /// </summary>
    private static SuiteReport BuildMeasuredSuite(SuiteRun suite, SuiteMeasurements m)
    {
        var series = new List<SeriesReport>();
        foreach (var group in m.Samples.GroupBy(s => s.Series))
        {
            var unit = UnitOf(m.Suite, group.Key);
            foreach (var scoped in group.GroupBy(s => s.Scope).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (SampleStatistics.Summarize(scoped.SelectMany(s => s.Values)) is { } summary)
                {
                    series.Add(Series(scoped.Key, group.Key, unit, summary));
                }
            }

            if (group.Select(s => s.Scope).Distinct().Count() > 1 && SampleStatistics.Summarize(group.SelectMany(s => s.Values)) is { } all)
            {
                series.Add(Series(null, group.Key, unit, all));
            }
        }

        return new SuiteReport(suite.Name, suite.Status, suite.Note, null, [])
        {
            Series = series,
            Values = m.Values.Select(v => new SeriesValueReport(v.Scope, v.Series, UnitOf(m.Suite, v.Series), Math.Round(v.Value, 6))).ToList(),
            Operations = new OperationsReport(
                m.Operations,
                m.Failures,
                m.Operations == 0 ? 0 : Math.Round((double)m.Failures / m.Operations, 6),
                new SortedDictionary<string, long>(m.FailuresByKind.ToDictionary(), StringComparer.Ordinal)),
            NotMeasured = m.NotMeasured.Select(n => new NotMeasuredReport(n.Series, n.Reason)).ToList(),
            Tables = m.Tables,
            Source = m.Source,
        };
    }

    private static string UnitOf(string suite, string series) =>
        MetricCatalog.IsSuite(suite) && MetricCatalog.Find(suite, series) is { } known ? ReportFormatting.UnitName(known.Unit) : "count";

    private static SeriesReport Series(string? scope, string name, string unit, SeriesSummary s) => new(
        scope, name, unit, s.Count,
        Math.Round(s.Min, 3), Math.Round(s.Avg, 3), Math.Round(s.P50, 3), Math.Round(s.P90, 3),
        Math.Round(s.P95, 3), Math.Round(s.P99, 3), Math.Round(s.Max, 3));

    private static ScenarioReport BuildScenario(ScenarioMetrics s, double seconds, long startSecond) => new(
        s.Name,
        s.Iterations,
        Measure(s.Requests, s.Errors, seconds, s.Latency, s.ServiceTime, s.ErrorsByKind),
        s.Steps.Select(step => new StepReport(
            step.Name,
            Measure(step.Requests, step.Errors, seconds, step.Latency, step.ServiceTime, step.ErrorsByKind))).ToList(),
        s.TimeSeries.Select(b => BuildPoint(b, startSecond)).ToList());

    private static TimeSeriesPoint BuildPoint(TimeSeriesBucket bucket, long startSecond)
    {
        var h = bucket.Latency.Decode();
        var has = h.TotalCount > 0;
        return new TimeSeriesPoint(
            bucket.UnixSecond - startSecond,
            bucket.Requests,
            bucket.Errors,
            has ? LatencySummary.Percentile(h, 50) : null,
            has ? LatencySummary.Percentile(h, 95) : null,
            has ? LatencySummary.Percentile(h, 99) : null);
    }

    private static MeasurementReport Measure(
        long requests, long errors, double seconds, EncodedHistogram latency, EncodedHistogram? serviceTime,
        IReadOnlyDictionary<string, long> errorsByKind) => new(
        requests,
        errors,
        requests == 0 ? 0 : Math.Round((double)errors / requests, 6),
        Math.Round(requests / seconds, 2),
        LatencySummary.From(latency.Decode()),
        serviceTime is null ? null : LatencySummary.From(serviceTime.Decode()),
        new SortedDictionary<string, long>(errorsByKind.ToDictionary(), StringComparer.Ordinal),
        latency.Base64);

    private static ThresholdReport BuildThreshold(ThresholdOutcome o) => new(
        o.Definition.Scope.Suite,
        o.Definition.Scope.ToString(),
        o.Definition.Expression.Text,
        o.Definition.Expression.Metric.ToString(),
        ReportFormatting.UnitName(o.Definition.Expression.Unit),
        o.Definition.Expression.Value,
        o.Measured is { } m ? Math.Round(m, 6) : null,
        o.Margin is { } g ? Math.Round(g, 6) : null,
        o.Passed,
        o.Definition.AbortOnFail,
        o.Reason)
    {
        NotMeasured = o.NotMeasured,
    };
}

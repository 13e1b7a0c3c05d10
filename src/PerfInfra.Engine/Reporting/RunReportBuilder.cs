using PerfInfra.Engine.Metrics;
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
        string? completionReason)
    {
        var (verdict, reason) = VerdictJudge.Judge(completion, completionReason, outcomes);
        return new RunReport(
            RunReport.CurrentSchemaVersion,
            ReportFormatting.Lower(verdict),
            reason,
            startedAt,
            endedAt,
            Math.Round((endedAt - startedAt).TotalSeconds, 3),
            metadata,
            suites.Select(BuildSuite).ToList(),
            outcomes.Select(BuildThreshold).ToList());
    }

    private static SuiteReport BuildSuite(SuiteRun suite)
    {
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
        o.Reason);
}

using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Suites.Measurements;
using PerfInfra.Engine.Tests.Reporting;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Suites.Measurements;

public sealed class SuiteMetricSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static SuiteMeasurements Pipeline() => new(
        "pipeline", Start, Start.AddMinutes(3),
        [
            new SeriesSamples("raw", "batch_duration", [1000, 3000]),
            new SeriesSamples("parquet", "batch_duration", [2000, 90_000]),
            new SeriesSamples(null, "end_to_end", [120_000]),
        ],
        [new SeriesValue(null, "records_per_second", 833.3), new SeriesValue("parquet", "records_per_second", 1200)],
        Operations: 4, Failures: 0, FailuresByKind: new Dictionary<string, long>())
    {
        NotMeasured = [new NotMeasuredSeries("dms_lag", "needs AWS DMS")],
    };

    private static IReadOnlyList<ThresholdOutcome> Judge(SuiteMeasurements m, params string[] thresholds) =>
        ThresholdEvaluator.Evaluate(
            thresholds.Select(t =>
            {
                var parts = t.Split(' ', 2);
                var scope = parts[0].Split('/');
                return new ThresholdDefinition(new ThresholdScope(scope[0], scope.Length > 1 ? scope[1] : null), ThresholdParser.Parse(parts[1], scope[0]));
            }).ToList(),
            new SuiteMetricSource(m));

    [Fact]
    public void Measure_SuiteScope_JudgesEveryScopesSamplesTogether()
    {
        var outcome = Judge(Pipeline(), "pipeline batch_duration < 10m").Single();

        Assert.Equal(90_000, outcome.Measured);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void Measure_OneScope_JudgesOnlyItsSamples()
    {
        var outcomes = Judge(Pipeline(), "pipeline/raw batch_duration.max < 5s", "pipeline/raw batch_duration.avg < 5s", "pipeline/raw batch_duration.count >= 2");

        Assert.Equal([3000.0, 2000.0, 2.0], outcomes.Select(o => o.Measured!.Value));
        Assert.All(outcomes, o => Assert.True(o.Passed));
    }

    [Fact]
    public void Measure_SingleValue_ReadsThatScopesValueOnly()
    {
        var outcomes = Judge(Pipeline(), "pipeline records_per_second > 500/s", "pipeline/parquet records_per_second > 1000/s", "pipeline/raw records_per_second > 1/s");

        Assert.Equal(833.3, outcomes[0].Measured);
        Assert.Equal(1200, outcomes[1].Measured);
        Assert.Null(outcomes[2].Measured);
        Assert.False(outcomes[2].Passed);
        Assert.Equal(ThresholdEvaluator.NoSamplesReason, outcomes[2].Reason);
    }

    [Fact]
    public void Evaluate_SeriesNotMeasuredHere_NotMeasuredNeverPassed()
    {
        var outcome = Judge(Pipeline(), "pipeline dms_lag.max < 60s").Single();

        Assert.True(outcome.NotMeasured);
        Assert.False(outcome.Passed);
        Assert.Null(outcome.Measured);
        Assert.Equal("not measured: needs AWS DMS", outcome.Reason);
    }

    [Fact]
    public void Measure_OtherSuitesScope_NoSamples()
    {
        var outcome = Judge(Pipeline(), "athena duration.p95 < 2s").Single();

        Assert.False(outcome.Passed);
        Assert.False(outcome.NotMeasured);
        Assert.Equal(ThresholdEvaluator.NoSamplesReason, outcome.Reason);
    }

    [Fact]
    public void Judge_OneNotMeasuredOthersPass_PassNamingWhatWasNotJudged()
    {
        var outcomes = Judge(Pipeline(), "pipeline dms_lag.max < 60s", "pipeline batch_duration < 10m", "pipeline end_to_end < 30m");

        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, outcomes);

        Assert.Equal(Verdict.Pass, verdict);
        Assert.StartsWith("all 2 thresholds passed; 1 not measured here, so not judged: pipeline dms_lag.max < 60s (not measured: needs AWS DMS)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OnlyNotMeasuredThresholds_ErrorNeverPass()
    {
        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, Judge(Pipeline(), "pipeline dms_lag.max < 60s"));

        Assert.Equal(Verdict.Error, verdict);
        Assert.Contains("nothing to judge", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MeasuredSuite_SeriesPerScopeAndSuiteWideRowsJudgedThresholdsMarked()
    {
        var m = Pipeline() with { Tables = [new ReportTable("Stages", ["stage", "seconds"], [["raw", "1.0"], ["parquet", "2.0"]])] };
        var outcomes = Judge(m, "pipeline dms_lag.max < 60s", "pipeline batch_duration < 10m");

        var report = RunReportBuilder.Build(ReportSamples.Metadata(), Start, Start.AddMinutes(3), [new SuiteRun("pipeline", null) { Measurements = m }], outcomes, RunCompletion.Completed, null);

        var suite = report.Suites.Single();
        Assert.Equal("ran", suite.Status);
        Assert.Equal(["parquet", "raw", null, null], suite.Series.Select(s => s.Scope));
        var all = suite.Series.Single(s => s.Scope is null && s.Series == "batch_duration");
        Assert.Equal((4L, 1000.0, 90_000.0, "ms"), (all.Count, all.Min, all.Max, all.Unit));
        Assert.Equal("per_second", suite.Values[0].Unit);
        Assert.Equal("needs AWS DMS", suite.NotMeasured.Single().Reason);
        Assert.True(report.Thresholds[0].NotMeasured);
        Assert.Equal("pass", report.Verdict);

        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("| ➖ | pipeline | `dms_lag.max < 60s` | not measured: needs AWS DMS |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Stages**", markdown, StringComparison.Ordinal);
        var junit = JUnitReportWriter.Write(report);
        Assert.Contains("<skipped message=\"not measured: needs AWS DMS\" />", junit, StringComparison.Ordinal);
        Assert.Contains("failures=\"0\"", junit, StringComparison.Ordinal);
        var html = Engine.Reporting.Html.HtmlReportWriter.Write(report);
        Assert.Contains("data-not-measured=\"dms_lag\"", html, StringComparison.Ordinal);
        Assert.Contains("data-series=\"batch_duration\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_SuiteMeasurements_RoundTripsThroughTheReportContext()
    {
        var m = Pipeline();

        var json = System.Text.Json.JsonSerializer.Serialize(m, ReportJsonContext.Default.SuiteMeasurements);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, ReportJsonContext.Default.SuiteMeasurements)!;

        Assert.Equal(m.Samples.SelectMany(s => s.Values), back.Samples.SelectMany(s => s.Values));
        Assert.Equal("needs AWS DMS", back.NotMeasured.Single().Reason);
        Assert.Contains("\"records_per_second\"", json, StringComparison.Ordinal);
    }
}

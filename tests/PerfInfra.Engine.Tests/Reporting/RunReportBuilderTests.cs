using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class RunReportBuilderTests
{
    [Fact]
    public void Build_KnownSamples_ComputesPercentilesFromHistograms()
    {
        var report = ReportSamples.Report();

        var browse = report.Suites[0].Scenarios.Single(s => s.Name == "browse").Measurements;
        Assert.Equal(100, browse.Requests);
        Assert.Equal(10, browse.LatencyMs!.Min, 1);
        // 3 significant digits: p95 of 10..1000 ms is 950 ms within 0.1 %.
        Assert.Equal(950, browse.LatencyMs.P95, 950 * 0.001);
        Assert.Equal(1000, browse.LatencyMs.Max, 1000 * 0.001);
        Assert.Equal(505, browse.LatencyMs.Avg, 505 * 0.001);
        Assert.Equal(10, browse.Rps);
    }

    [Fact]
    public void Build_SuiteTotals_MergeAllScenarios()
    {
        var totals = ReportSamples.Report().Suites[0].Totals!;

        Assert.Equal(152, totals.Requests);
        Assert.Equal(2, totals.Errors);
        Assert.Equal(2.0 / 152, totals.ErrorRate, 6);
        Assert.Equal(2, totals.ErrorsByKind["http_503"]);
        Assert.Equal(1, totals.LatencyMs!.Min, 1);
    }

    [Fact]
    public void Build_SeedThresholds_JudgesEachWithMeasuredAndMargin()
    {
        var report = ReportSamples.Report();

        Assert.Equal(4, report.Thresholds.Count);
        var avg = report.Thresholds.Single(t => t.Expression == "avg < 500ms");
        // (100 × 505 ms + 50 × 25.5 ms) / 150 = 345.17 ms, within the histogram's 0.1 %.
        Assert.True(avg.Passed);
        Assert.Equal(345.17, avg.Measured!.Value, 345.17 * 0.001);
        Assert.Equal(500 - avg.Measured.Value, avg.Margin!.Value, 6);
        var errorRate = report.Thresholds.Single(t => t.Expression == "error_rate < 1%");
        Assert.False(errorRate.Passed);
        Assert.Equal("ratio", errorRate.Unit);
        Assert.Equal(0.01 - (2.0 / 152), errorRate.Margin!.Value, 6);
    }

    [Fact]
    public void Build_SuiteNotRun_HasStatusAndNoNumbers()
    {
        var athena = ReportSamples.Report().Suites.Single(s => s.Name == "athena");

        Assert.Equal("not_available", athena.Status);
        Assert.Null(athena.Totals);
        Assert.Equal("needs a later release", athena.Note);
    }

    [Fact]
    public void Build_Interrupted_VerdictPartial()
    {
        var report = ReportSamples.Report(RunCompletion.Interrupted);

        Assert.Equal("partial", report.Verdict);
        Assert.Contains("SIGINT", report.VerdictReason);
    }

    [Fact]
    public void Build_TimeSeries_SecondsCountFromRunStart()
    {
        var series = ReportSamples.Report().Suites[0].Scenarios[0].TimeSeries;

        var first = Assert.Single(series);
        Assert.Equal(0, first.Second);
        Assert.Equal(100, first.Requests);
        Assert.NotNull(first.P99Ms);
    }

    [Fact]
    public void Build_StepScopeThreshold_MeasuresOnlyThatStep()
    {
        var stepThreshold = ReportSamples.Def("max < 60ms", new MetricSelector("latency", MetricAggregation.Max),
            ThresholdOperator.LessThan, 60, MetricUnit.Milliseconds, new ThresholdScope("api", "checkout", "pay"));

        var outcome = ReportSamples.Report(thresholds: [stepThreshold]).Thresholds.Single();

        Assert.True(outcome.Passed);
        Assert.Equal(50, outcome.Measured!.Value, 0.1);
        Assert.Equal("api/checkout/pay", outcome.Scope);
    }

    [Fact]
    public void Build_ThresholdOnUnknownScenario_FailsWithNoSamples()
    {
        var t = ReportSamples.Def("p95 < 1s", new MetricSelector("latency", MetricAggregation.Percentile, 95),
            ThresholdOperator.LessThan, 1000, MetricUnit.Milliseconds, new ThresholdScope("api", "nope"));

        var outcome = ReportSamples.Report(thresholds: [t]).Thresholds.Single();

        Assert.False(outcome.Passed);
        Assert.Null(outcome.Measured);
    }
}

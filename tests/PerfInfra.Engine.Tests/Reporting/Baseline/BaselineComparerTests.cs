using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Tests.Reporting.Baseline;

public sealed class BaselineComparerTests
{
    private static readonly LatencySummary BaseLatency = new(1, 100, 90, 150, 200, 300, 400, 500);

    private static RunReport Report(LatencySummary? latency, double errorRate = 0.002, double rps = 1000, string scenario = "browse", long requests = 10_000)
    {
        var m = new MeasurementReport(requests, (long)(errorRate * requests), errorRate, rps, latency, null, new Dictionary<string, long>(), string.Empty);
        var sample = ReportSamples.Report();
        return sample with
        {
            Suites = [new SuiteReport("api", "ran", null, m, [new ScenarioReport(scenario, 100, m, [new StepReport("list", m)], [])])],
        };
    }

    private static BaselineComparison Compare(RunReport current, RunReport? baseline = null, bool gate = false) =>
        BaselineComparer.Compare(current, baseline ?? Report(BaseLatency), "base.json", RegressionTolerances.Default, gate);

    private static MetricDelta Delta(BaselineComparison c, string scope, string metric) =>
        c.Deltas.Single(d => d.Scope == scope && d.Metric == metric);

    [Theory]
    [InlineData(29, 10_000)]
    [InlineData(10_000, 29)]
    public void Compare_FewerThanThirtyRequestsOnEitherSide_ShownNeverFlagged(long now, long before)
    {
        var c = BaselineComparer.Compare(
            Report(BaseLatency with { P95 = 900, P99 = 2000 }, errorRate: 0.2, rps: 10, requests: now),
            Report(BaseLatency, requests: before), "base.json", RegressionTolerances.Default, gateEnabled: true);

        Assert.Equal(0, c.RegressionCount);
        var p95 = Delta(c, "api", "p95");
        Assert.Equal(900, p95.Current);
        Assert.Equal("+10% (not judged: under 30 requests)", p95.Tolerance);
        Assert.False(Delta(c, "api", "error_rate").Regressed);
    }

    [Fact]
    public void Compare_ThirtyRequestsOnBothSides_Judged() =>
        Assert.True(Delta(
            BaselineComparer.Compare(Report(BaseLatency with { P95 = 900 }, requests: 30), Report(BaseLatency, requests: 30), "base.json", RegressionTolerances.Default, false),
            "api", "p95").Regressed);

    [Fact]
    public void Compare_P95UpElevenPercent_IsARegression()
    {
        var c = Compare(Report(BaseLatency with { P95 = 222 }));

        var d = Delta(c, "api", "p95");
        Assert.True(d.Regressed);
        Assert.Equal(11, d.ChangePercent);
        Assert.Equal(22, d.Change);
        Assert.Equal("+10%", d.Tolerance);
    }

    [Fact]
    public void Compare_P95UpNinePercent_IsWithinTolerance()
    {
        var c = Compare(Report(BaseLatency with { P95 = 218 }));

        Assert.False(Delta(c, "api", "p95").Regressed);
        Assert.Equal(0, c.RegressionCount);
    }

    [Fact]
    public void Compare_MaxDoubled_IsShownButNeverGated()
    {
        var c = Compare(Report(BaseLatency with { Max = 1000 }));

        var d = Delta(c, "api", "max");
        Assert.Equal(100, d.ChangePercent);
        Assert.Null(d.Tolerance);
        Assert.False(d.Regressed);
    }

    [Theory]
    [InlineData(0.0075, true)]
    [InlineData(0.0065, false)]
    public void Compare_ErrorRate_IsJudgedInPercentagePoints(double errorRate, bool regressed)
    {
        // Baseline 0.2 %: +0.55 pp regresses, +0.45 pp does not, although both are > +200 % relative.
        var c = Compare(Report(BaseLatency, errorRate: errorRate));

        Assert.Equal(regressed, Delta(c, "api", "error_rate").Regressed);
    }

    [Theory]
    [InlineData(890, true)]
    [InlineData(910, false)]
    [InlineData(2000, false)]
    public void Compare_Rps_RegressesOnlyWhenItDrops(double rps, bool regressed)
    {
        var c = Compare(Report(BaseLatency, rps: rps));

        Assert.Equal(regressed, Delta(c, "api", "rps").Regressed);
    }

    [Fact]
    public void Compare_EveryScope_IsCompared()
    {
        var c = Compare(Report(BaseLatency with { Avg = 150 }));

        Assert.True(Delta(c, "api", "avg").Regressed);
        Assert.True(Delta(c, "api/browse", "avg").Regressed);
        Assert.True(Delta(c, "api/browse/list", "avg").Regressed);
        Assert.Equal(3, c.RegressionCount);
    }

    [Fact]
    public void Compare_ScenarioMissingFromBaseline_IsNewAndNotFlagged()
    {
        var c = Compare(Report(BaseLatency with { P99 = 9000 }, scenario: "checkout"));

        var d = Delta(c, "api/checkout", "p99");
        Assert.Null(d.Baseline);
        Assert.False(d.Regressed);
        Assert.Equal("new", ComparisonFormatting.Change(d));
    }

    [Fact]
    public void Compare_NoLatencyInCurrent_IsNotARegression()
    {
        var c = Compare(Report(null));

        Assert.False(Delta(c, "api", "p95").Regressed);
        Assert.Null(Delta(c, "api", "p95").Current);
    }

    [Fact]
    public void Compare_CustomTolerance_IsApplied()
    {
        var c = BaselineComparer.Compare(Report(BaseLatency with { P99 = 330 }), Report(BaseLatency), "b", new RegressionTolerances(LatencyIncreasePercent: 5), false);

        Assert.True(Delta(c, "api", "p99").Regressed);
        Assert.Equal("+5%", Delta(c, "api", "p99").Tolerance);
    }

    [Fact]
    public void Compare_RecordsWhereTheBaselineCameFrom()
    {
        var baseline = Report(BaseLatency);

        var c = Compare(Report(BaseLatency), baseline);

        Assert.Equal("base.json", c.BaselineSource);
        Assert.Equal(baseline.StartedAt, c.BaselineStartedAt);
        Assert.Equal(baseline.Metadata.ConfigSha256, c.BaselineConfigSha256);
    }

    [Fact]
    public void Tolerances_Invalid_ReportEveryError()
    {
        var errors = new RegressionTolerances(-1, double.NaN, 150).Validate();

        Assert.Equal(3, errors.Count);
        Assert.Empty(RegressionTolerances.Default.Validate());
    }
}

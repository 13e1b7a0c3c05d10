using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Reporting.Samples;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class ReportJsonComparisonTests
{
    [Fact]
    public void Serialize_WithBaseline_RoundTripsTheComparison()
    {
        var baseline = SyntheticReports.FiveMinutes();
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.3, seed: 7);
        var report = RegressionGate.Apply(current, BaselineComparer.Compare(current, baseline, "reports/latest/report.json", RegressionTolerances.Default, true));

        var json = ReportJson.Serialize(report);
        var back = ReportJson.Deserialize(json, "test");

        Assert.Contains("\"baseline\": {", json);
        Assert.Contains("\"regression_count\": ", json);
        Assert.Contains("\"change_percent\": ", json);
        Assert.Contains("\"gate_failed\": true", json);
        Assert.Equal(report.Baseline!.RegressionCount, back.Baseline!.RegressionCount);
        Assert.Equal(report.Baseline.Deltas, back.Baseline.Deltas);
        Assert.Equal(report.Baseline.Tolerances, back.Baseline.Tolerances);
        Assert.True(back.Baseline.GateFailed);
    }

    [Fact]
    public void Serialize_WithoutBaseline_WritesNullAndReadsBack()
    {
        var json = ReportJson.Serialize(ReportSamples.Report());

        Assert.Contains("\"baseline\": null", json);
        Assert.Null(ReportJson.Deserialize(json, "test").Baseline);
    }

    [Fact]
    public void Serialize_ConfigText_RoundTrips()
    {
        var report = SyntheticReports.FiveMinutes();

        var back = ReportJson.Deserialize(ReportJson.Serialize(report), "test");

        Assert.Equal(report.Metadata.ConfigText, back.Metadata.ConfigText);
    }
}

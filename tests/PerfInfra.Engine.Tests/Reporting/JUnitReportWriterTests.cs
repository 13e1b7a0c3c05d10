using System.Xml.Linq;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class JUnitReportWriterTests
{
    [Fact]
    public void Write_OneTestcasePerThreshold_FailuresCarryMeasuredAndLimit()
    {
        var report = ReportSamples.Report();

        var doc = XDocument.Parse(JUnitReportWriter.Write(report));

        var cases = doc.Descendants("testcase").ToList();
        Assert.Equal(report.Thresholds.Count, cases.Count);
        var failure = Assert.Single(doc.Descendants("failure"));
        Assert.Contains("error_rate < 1%", failure.Attribute("message")!.Value);
        Assert.Contains("limit 0.01 ratio", failure.Attribute("message")!.Value);
        Assert.Equal("1", doc.Root!.Attribute("failures")!.Value);
    }

    [Fact]
    public void Write_PartialRun_AddsAnErrorCaseSoCiIsNeverGreen()
    {
        var doc = XDocument.Parse(JUnitReportWriter.Write(ReportSamples.Report(RunCompletion.Interrupted)));

        var error = Assert.Single(doc.Descendants("error"));
        Assert.Equal("partial", error.Attribute("type")!.Value);
    }
}

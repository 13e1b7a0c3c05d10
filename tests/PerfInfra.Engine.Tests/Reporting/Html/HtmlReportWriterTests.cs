using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Reporting.Html;
using PerfInfra.Reporting.Samples;

namespace PerfInfra.Engine.Tests.Reporting.Html;

public sealed partial class HtmlReportWriterTests
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    [Fact]
    public void Write_SampleReport_ShowsVerdictAndEveryThreshold()
    {
        var report = ReportSamples.Report();

        var html = HtmlReportWriter.Write(report);

        Assert.Contains("data-verdict=\"fail\"", html);
        Assert.Contains(">FAIL<", html);
        Assert.Equal(report.Thresholds.Count, Regex.Count(html, "<tr class=\"(pass|fail)\" data-passed="));
        Assert.Contains("error_rate &lt; 1%", html);
    }

    [Fact]
    public void Write_FailedThreshold_SaysByHowMuchInTheBanner()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report());

        var banner = html[html.IndexOf("id=\"verdict\"", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("measured 1.32%, limit 1%, off by 0.32%", banner);
        Assert.Contains("<p>1 of 4 thresholds failed</p>", banner);
    }

    [Fact]
    public void Write_PartialRun_ShowsTheWholeReasonInTheBanner()
    {
        var report = ReportSamples.Report(PerfInfra.Engine.Metrics.RunCompletion.Interrupted);

        var html = HtmlReportWriter.Write(report);

        Assert.Contains("data-verdict=\"partial\"", html);
        Assert.Contains($"<p>{System.Net.WebUtility.HtmlEncode(report.VerdictReason)}</p>", html);
        Assert.StartsWith("run ended early (SIGINT)", report.VerdictReason);
    }

    [Fact]
    public void Write_AnyReport_IsSelfContained()
    {
        var html = HtmlReportWriter.Write(SyntheticReports.FiveMinutes());

        // The only URL allowed is the SVG namespace name, which browsers never fetch.
        var urls = UrlPattern().Matches(html).Select(m => m.Value).Distinct().ToList();
        Assert.All(urls, u => Assert.True(u.StartsWith("http://www.w3.org/2000/svg", StringComparison.Ordinal) || u.StartsWith("http://127.0.0.1:5000", StringComparison.Ordinal), u));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", html);
    }

    [Fact]
    public void Write_FiveMinuteThousandUserReport_DrawsThreeChartsPerScenarioUnderTwoMegabytes()
    {
        var report = SyntheticReports.FiveMinutes();

        var html = HtmlReportWriter.Write(report);

        var scenarios = report.Suites.Sum(s => s.Scenarios.Count);
        Assert.Equal(scenarios * 3, Regex.Count(html, "<svg class=\"chart\""));
        Assert.DoesNotMatch("data-points=\"0\"", html);
        Assert.True(Encoding.UTF8.GetByteCount(html) < TwoMegabytes, $"{Encoding.UTF8.GetByteCount(html)} bytes");
    }

    [Fact]
    public void Write_FiveMinuteThousandUserReport_RendersQuickly()
    {
        var report = SyntheticReports.FiveMinutes();
        HtmlReportWriter.Write(report);

        var watch = Stopwatch.StartNew();
        HtmlReportWriter.Write(report);
        watch.Stop();

        // The bar is 1 s; the assertion leaves room for a CI machine shared by parallel builds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Write_HostileNames_AreEncoded()
    {
        var report = ReportSamples.Report();
        var suite = report.Suites[0];
        var scenario = suite.Scenarios[0] with { Name = "<img src=x onerror=alert(1)>" };
        var hostile = report with { Suites = [suite with { Scenarios = [scenario, .. suite.Scenarios.Skip(1)] }, .. report.Suites.Skip(1)] };

        var html = HtmlReportWriter.Write(hostile);

        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Write_ConfigText_IsShownRedacted()
    {
        var html = HtmlReportWriter.Write(SyntheticReports.FiveMinutes());

        Assert.Contains("id=\"config\"", html);
        Assert.Contains("token: ***", html);
        Assert.DoesNotContain("sk_live_do_not_show", html);
    }

    [Fact]
    public void Write_NotRunSuite_ShowsItsNoteWithoutCharts()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report());

        var athena = html[html.IndexOf("data-suite=\"athena\"", StringComparison.Ordinal)..];
        athena = athena[..athena.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("needs a later release", athena);
        Assert.DoesNotContain("<svg", athena);
    }

    [Fact]
    public void Write_WithBaseline_ShowsDeltasAndRegressions()
    {
        var baseline = SyntheticReports.FiveMinutes();
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.3, seed: 43);
        var comparison = BaselineComparer.Compare(current, baseline, "reports/latest/report.json", RegressionTolerances.Default, gateEnabled: true);

        var html = HtmlReportWriter.Write(RegressionGate.Apply(current, comparison));

        Assert.Contains("id=\"baseline\"", html);
        Assert.Contains($"data-regressions=\"{comparison.RegressionCount}\"", html);
        Assert.True(comparison.RegressionCount > 0);
        Assert.Contains("<small class=\"delta regressed\"", html);
        Assert.Contains("regression gate failed", html);
    }

    [Fact]
    public void Write_WithBaselineReport_DrawsTheBaselineSpectrumDashed()
    {
        var baseline = SyntheticReports.FiveMinutes();
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.3, seed: 43);
        var compared = RegressionGate.Apply(current, BaselineComparer.Compare(current, baseline, "b", RegressionTolerances.Default, gateEnabled: false));

        var html = HtmlReportWriter.Write(compared, baseline);

        var scenarios = current.Suites.Sum(s => s.Scenarios.Count);
        Assert.Equal(scenarios, Regex.Count(html, "<g class=\"series s-baseline dashed\" data-name=\"[^\"]+ \\(baseline\\)\">"));
        Assert.DoesNotContain("s-baseline dashed", HtmlReportWriter.Write(compared));
    }

    [Fact]
    public void Write_ErrorsByKind_ListsEveryKind()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report());

        Assert.Contains("data-kind=\"http_503\"", html);
    }

    [Fact]
    public void Write_OpenModelServiceTime_GetsItsOwnRow()
    {
        var report = ReportSamples.Report();
        var api = report.Suites[0];
        var service = new LatencySummary(1, 2, 3, 4, 5, 6, 7, 8);
        var open = report with { Suites = [api with { Totals = api.Totals! with { ServiceTimeMs = service } }, .. report.Suites.Skip(1)] };

        var html = HtmlReportWriter.Write(open);

        Assert.Contains("<tr class=\"service\" data-scope=\"api\"><td class=\"text\">service time (uncorrected)</td><td></td><td></td><td></td><td></td><td>1</td><td>2</td>", html);
        Assert.DoesNotContain("<tr class=\"service\"", HtmlReportWriter.Write(report));
    }

    [GeneratedRegex("https?://[^\"'<> )]+")]
    private static partial Regex UrlPattern();
}

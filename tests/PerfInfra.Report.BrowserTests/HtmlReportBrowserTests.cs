using System.Text.Json;
using Microsoft.Playwright;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Reporting.Samples;

namespace PerfInfra.Report.BrowserTests;

/// <summary>
/// The generated report.html opened in real headless Chromium from file://: what a user sees, that
/// every chart drew its data, that nothing was fetched and nothing was logged as an error.
/// Screenshots are kept in the test output (bin/…/screenshots/).
/// </summary>
public sealed class HtmlReportBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int TestTimeoutMs = 90_000;
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly RunReport Baseline = SyntheticReports.FiveMinutes();

    private static RunReport ComparedReport()
    {
        var current = SyntheticReports.FiveMinutes(latencyFactor: 1.25, seed: 43);
        return RegressionGate.Apply(current, BaselineComparer.Compare(current, Baseline, "reports/latest/report.json", RegressionTolerances.Default, gateEnabled: true));
    }

    private static string Folder(string name) => Path.Combine(Path.GetTempPath(), "perfinfra-browser", name);

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Report_OnALaptop_ShowsVerdictThresholdsAndEveryChartWithoutFetchingAnything()
    {
        var report = ComparedReport();
        await using var opened = await ReportPage.OpenAsync(fixture.Browser, report, Folder("laptop"), Laptop, Baseline);
        var page = opened.Page;

        Assert.Equal("fail", await page.Locator("#verdict").GetAttributeAsync("data-verdict"));
        Assert.Contains("FAIL", await page.Locator("#verdict .word").InnerTextAsync());
        Assert.Contains("p95 < 800ms", await page.Locator("#verdict").InnerTextAsync());

        var rows = page.Locator("table.thresholds tbody tr");
        Assert.Equal(report.Thresholds.Count, await rows.CountAsync());
        Assert.Equal(report.Thresholds.Count(t => !t.Passed), await page.Locator("table.thresholds tr.fail").CountAsync());
        Assert.Equal(report.Baseline!.RegressionCount, await page.Locator("table.regressions tbody tr").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "report-laptop.png"), FullPage = true });

        Assert.Empty(opened.ForeignRequests);
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Report_EveryChart_DrewEverySeriesAtAVisibleSize()
    {
        var report = ComparedReport();
        await using var opened = await ReportPage.OpenAsync(fixture.Browser, report, Folder("charts"), Laptop, Baseline);

        // Per chart: its on-screen size and, per series, the drawn width of its lines (bounding box).
        var json = await opened.Page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('svg.chart')].map(svg => {
              const box = svg.getBoundingClientRect();
              return {
                id: svg.id,
                points: Number(svg.dataset.points),
                width: box.width,
                height: box.height,
                seriesWidths: [...svg.querySelectorAll('g.series')].map(g => g.getBBox().width),
              };
            }))
            """);
        var charts = JsonSerializer.Deserialize<ChartGeometry[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var scenarios = report.Suites.Sum(s => s.Scenarios.Count);
        Assert.Equal(scenarios * 3, charts.Length);
        Assert.Equal(scenarios, await opened.Page.Locator("svg.chart g.series.s-baseline").CountAsync());
        Assert.All(charts, c =>
        {
            Assert.True(c.Points > 0, $"{c.Id}: no data points");
            Assert.True(c.Width > 200 && c.Height > 50, $"{c.Id}: drawn at {c.Width}×{c.Height}");
            Assert.NotEmpty(c.SeriesWidths);
            Assert.All(c.SeriesWidths, w => Assert.True(w > 100, $"{c.Id}: a series spans only {w} px"));
        });
        Assert.Empty(opened.ForeignRequests);
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Report_OnAPhone_FitsTheScreenWidth()
    {
        await using var opened = await ReportPage.OpenAsync(fixture.Browser, ComparedReport(), Folder("phone"), Phone);
        var page = opened.Page;

        // Wide tables scroll inside their own box; the page itself must not scroll sideways.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"page is {overflow} px wider than the phone");
        var chartWidth = await page.EvaluateAsync<double>("() => document.querySelector('svg.chart').getBoundingClientRect().width");
        Assert.InRange(chartWidth, 250, Phone.Width);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "report-phone.png"), FullPage = false });
        Assert.Empty(opened.ForeignRequests);
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Report_WithoutBaseline_HasNoBaselineSectionAndShowsRedactedConfig()
    {
        var report = SyntheticReports.FiveMinutes();
        await using var opened = await ReportPage.OpenAsync(fixture.Browser, report, Folder("plain"), Laptop);
        var page = opened.Page;

        Assert.Equal(0, await page.Locator("#baseline").CountAsync());
        await page.Locator("#config summary").ClickAsync();
        var config = await page.Locator("#config pre").InnerTextAsync();
        Assert.Contains("token: ***", config);
        Assert.DoesNotContain("sk_live", await page.ContentAsync());
        Assert.Equal("not requested", (await page.Locator("section[data-suite=athena] h2 .muted").InnerTextAsync()).Trim('—', ' '));
        Assert.Empty(opened.ForeignRequests);
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task Report_ThatTriesToFetch_IsCaughtByTheRecorder()
    {
        // Proves the recorder works: without it the "nothing was fetched" assertions prove nothing.
        var report = SyntheticReports.FiveMinutes();
        await using var opened = await ReportPage.OpenAsync(fixture.Browser, report, Folder("probe"), Laptop);

        await opened.Page.EvaluateAsync("() => fetch('http://example.invalid/x').catch(() => 0)");

        Assert.NotEmpty(opened.ForeignRequests.Concat(opened.ConsoleErrors));
    }

    public sealed record ChartGeometry(string Id, int Points, double Width, double Height, double[] SeriesWidths);
}

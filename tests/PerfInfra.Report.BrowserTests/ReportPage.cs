using Microsoft.Playwright;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Html;

namespace PerfInfra.Report.BrowserTests;

/// <summary>
/// A report written to disk and opened from file:// in a fresh browser context that records every
/// request leaving the file (and aborts it) and every console error or page error.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page, string path)
    {
        _context = context;
        Page = page;
        Path = path;
    }

    public IPage Page { get; }

    public string Path { get; }

    public List<string> ForeignRequests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<ReportPage> OpenAsync(IBrowser browser, RunReport report, string folder, ViewportSize viewport, RunReport? baseline = null)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, ReportFolder.HtmlFileName);
        await File.WriteAllTextAsync(path, HtmlReportWriter.Write(report, baseline));

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, JavaScriptEnabled = true });
        context.SetDefaultTimeout(BrowserFixture.OperationTimeoutMs);
        var page = await context.NewPageAsync();
        var opened = new ReportPage(context, page, path);

        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (opened.ForeignRequests)
            {
                opened.ForeignRequests.Add(url);
            }

            await route.AbortAsync();
        });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (opened.ConsoleErrors)
                {
                    opened.ConsoleErrors.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (opened.ConsoleErrors)
            {
                opened.ConsoleErrors.Add($"page error: {error}");
            }
        };

        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

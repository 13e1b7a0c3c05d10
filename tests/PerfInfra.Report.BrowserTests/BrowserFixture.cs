using Microsoft.Playwright;

namespace PerfInfra.Report.BrowserTests;

/// <summary>One headless Chromium for the whole test class: starting it is the slow part.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Bounds every browser operation: a hung page fails the test instead of the CI run.</summary>
    public const float OperationTimeoutMs = 20_000;

    // No GPU, no sandbox (CI runs as root), and nothing that phones home: the tests assert that the
    // page itself makes no request, so the browser must not make any either.
    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Headless = true,
            Args = LaunchArgs,
            Timeout = OperationTimeoutMs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

using PerfInfra.Cli.Output;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Cli.Tests.Output;

public sealed class ProgressPrinterTests
{
    private static LiveStats Live(int seconds, long requests = 100, long errors = 0, double? p95 = 12.5) =>
        new(TimeSpan.FromSeconds(seconds), 50, 40, p95, requests, errors);

    [Fact]
    public void Format_ShowsElapsedUsersRpsP95AndErrors()
    {
        var line = ProgressPrinter.Format(Live(65, requests: 1000, errors: 5), TimeSpan.FromMinutes(5));

        Assert.StartsWith("01:05/05:00", line);
        Assert.Contains("users    50", line);
        Assert.Contains("rps      40", line);
        Assert.Contains("p95    12.5 ms", line);
        Assert.Contains("errors 5 (0.5%)", line);
    }

    [Fact]
    public void Format_NoSuccessfulRequestInLastSecond_ShowsDash()
    {
        Assert.Contains("p95          —", ProgressPrinter.Format(Live(1, p95: null), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Report_Redirected_LogsAtMostEveryTenSeconds()
    {
        using var output = new StringWriter();
        var printer = new ProgressPrinter(output, interactive: false, TimeSpan.FromMinutes(1));

        for (var s = 1; s <= 25; s++)
        {
            printer.Report(Live(s));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // at 1 s, 11 s, 21 s
    }

    [Fact]
    public void Report_Interactive_RewritesOneLine()
    {
        using var output = new StringWriter();
        var printer = new ProgressPrinter(output, interactive: true, TimeSpan.FromMinutes(1));

        printer.Report(Live(1));
        printer.Report(Live(2));
        printer.Complete();

        var text = output.ToString();
        Assert.Equal(2, text.Count(c => c == '\r'));
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

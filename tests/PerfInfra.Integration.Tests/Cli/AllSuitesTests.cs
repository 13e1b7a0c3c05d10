using System.Text.Json.Nodes;

namespace PerfInfra.Integration.Tests.Cli;

/// <summary>
/// `perf run --suite all` through the real process from the repository root (its config, its queries
/// folder, its published Lambda bootstrap): the four suites of the seed in one run and one report, every
/// suite's thresholds judged, DMS lag the only one not measured.
/// </summary>
public sealed class AllSuitesTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(4);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_AllSuites_OneReportEverySuiteRanAndJudged()
    {
        var outDir = Path.Combine(_dir.Path, "reports");

        var (code, stdout, stderr) = await CliProcess.RunAsync(RepositoryRoot.Path, ProcessTimeout,
            "run", "--suite", "all", "--rate", "20/s", "--duration", "3s", "--out", outDir);

        var folder = Assert.Single(Directory.GetDirectories(outDir), d => Path.GetFileName(d) != "latest");
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
        Assert.True(code == 0, $"exit {code}: {report["verdict_reason"]}\n{stdout}\n{stderr}");
        Assert.Equal(["api", "athena", "pipeline", "lambda"], report["suites"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.All(report["suites"]!.AsArray(), s => Assert.Equal("ran", s!["status"]!.GetValue<string>()));

        var thresholds = report["thresholds"]!.AsArray().Select(t => t!).ToList();
        foreach (var suite in new[] { "api", "athena", "pipeline", "lambda" })
        {
            Assert.Contains(thresholds, t => t["suite"]!.GetValue<string>() == suite && t["passed"]!.GetValue<bool>());
        }

        var notMeasured = thresholds.Where(t => t["not_measured"]!.GetValue<bool>()).Select(t => t["metric"]!.GetValue<string>());
        Assert.Equal(["dms_lag.max"], notMeasured);
        var athena = report["suites"]![1]!;
        Assert.Contains(athena["tables"]!.AsArray(), t => t!["title"]!.GetValue<string>().Contains("pruning", StringComparison.OrdinalIgnoreCase));
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        foreach (var suite in new[] { "api", "athena", "pipeline", "lambda" })
        {
            Assert.Contains($"data-suite=\"{suite}\"", html, StringComparison.Ordinal);
        }
    }
}

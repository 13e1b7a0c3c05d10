using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Tests.Architecture;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class ComparisonMarkdownTests
{
    private static string GoldenPath => Path.Combine(
        EngineDependencyTests.RepositoryRoot(), "tests", "PerfInfra.Engine.Tests", "Reporting", "Golden", "report-baseline.md");

    /// <summary>The sample report against itself with browse 20 % slower: known regressions, deterministic text.</summary>
    private static RunReport Compared()
    {
        var baseline = ReportSamples.Report();
        var api = baseline.Suites[0];
        var browse = api.Scenarios[0];
        var slower = browse.Measurements with { LatencyMs = browse.Measurements.LatencyMs! with { Avg = 606, P95 = 1140.36 } };
        var current = baseline with
        {
            Suites = [api with { Scenarios = [browse with { Measurements = slower }, .. api.Scenarios.Skip(1)] }, .. baseline.Suites.Skip(1)],
        };
        return RegressionGate.Apply(current, BaselineComparer.Compare(current, baseline, "reports/latest/report.json", RegressionTolerances.Default, gateEnabled: true));
    }

    /// <summary>Golden test of report.md with a baseline. To accept an intended change, run with PERFINFRA_UPDATE_GOLDEN=1 and review the diff.</summary>
    [Fact]
    public void Write_WithBaseline_MatchesGoldenFile()
    {
        var actual = MarkdownReportWriter.Write(Compared());

        if (Environment.GetEnvironmentVariable("PERFINFRA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual);
        }

        Assert.Equal(File.ReadAllText(GoldenPath), actual);
    }

    [Fact]
    public void Write_WithBaseline_ListsOnlyRegressionsInTheRegressionTable()
    {
        var md = ComparisonMarkdown.Write(Compared().Baseline!);

        Assert.Contains("**2 regression(s) beyond tolerance:**", md);
        Assert.Contains("| 🔺 | api/browse | avg | 505 ms | 606 ms | +20% | +10% |", md);
        Assert.Contains("| 🔺 | api/browse | p95 | 950.3 ms | 1140.4 ms | +20% | +10% |", md);
        Assert.Contains("regression gate **failed**", md);
    }

    [Fact]
    public void Write_WithoutBaseline_HasNoComparisonSection()
    {
        Assert.DoesNotContain("Compared with baseline", MarkdownReportWriter.Write(ReportSamples.Report()));
    }
}

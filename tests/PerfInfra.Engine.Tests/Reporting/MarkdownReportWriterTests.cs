using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Tests.Architecture;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private static string GoldenPath => Path.Combine(
        EngineDependencyTests.RepositoryRoot(), "tests", "PerfInfra.Engine.Tests", "Reporting", "Golden", "report.md");

    /// <summary>
    /// Golden test: the Markdown of a fixed report must not change by accident. To accept an intended
    /// change, run with PERFINFRA_UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [Fact]
    public void Write_SampleReport_MatchesGoldenFile()
    {
        var actual = MarkdownReportWriter.Write(ReportSamples.Report());

        if (Environment.GetEnvironmentVariable("PERFINFRA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, actual);
        }

        Assert.Equal(File.ReadAllText(GoldenPath), actual);
    }

    [Fact]
    public void Write_FailedThreshold_ShowsCrossAndNegativeMargin()
    {
        var md = MarkdownReportWriter.Write(ReportSamples.Report());

        var row = md.Split('\n').Single(l => l.Contains("`error_rate < 1%`"));
        Assert.StartsWith("| ❌ |", row);
        Assert.Contains("| -", row);
    }
}

using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Reporting.Samples;

namespace PerfInfra.Engine.Tests.Reporting.Baseline;

public sealed class ReportComparisonTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfinfra-compare-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Save(string name, RunReport report)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        ReportFolder.Write(folder, report, updateLatest: false);
        return folder;
    }

    [Fact]
    public void Compare_SlowerRunWithGate_FailsAndNamesTheBaseline()
    {
        var a = Save("a", SyntheticReports.FiveMinutes() with { Verdict = "pass" });
        var b = Save("b", SyntheticReports.FiveMinutes(latencyFactor: 1.4) with { Verdict = "pass" });

        var (report, baseline) = ReportComparison.Compare(Path.Combine(a, "report.json"), b, RegressionTolerances.Default, gate: true);

        Assert.Equal("fail", report.Verdict);
        Assert.True(report.Baseline!.GateFailed);
        Assert.Equal(Path.Combine(a, "report.json"), report.Baseline.BaselineSource);
        Assert.Equal(SyntheticReports.Start, baseline.StartedAt);
    }

    [Fact]
    public void Compare_SameRun_HasNoRegression()
    {
        var a = Save("a", SyntheticReports.FiveMinutes());

        var report = ReportComparison.Compare(a, a, RegressionTolerances.Default, gate: true).Report;

        Assert.Equal(0, report.Baseline!.RegressionCount);
        Assert.All(report.Baseline.Deltas, d => Assert.True(d.Change is null or 0));
    }

    [Fact]
    public void Compare_MissingFile_ThrowsNamingIt()
    {
        var a = Save("a", SyntheticReports.FiveMinutes());
        var missing = Path.Combine(_root, "nope", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(missing)!);

        var e = Assert.Throws<FileNotFoundException>(() => ReportComparison.Compare(a, missing, RegressionTolerances.Default, false));

        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void Compare_NotAReport_ThrowsInvalidData()
    {
        var a = Save("a", SyntheticReports.FiveMinutes());
        var junk = Path.Combine(_root, "junk.json");
        File.WriteAllText(junk, "not json at all");

        var e = Assert.Throws<InvalidDataException>(() => ReportComparison.Compare(a, junk, RegressionTolerances.Default, false));

        Assert.Contains("junk.json", e.Message);
    }

    [Fact]
    public void Compare_InvalidTolerance_Throws()
    {
        var a = Save("a", SyntheticReports.FiveMinutes());

        Assert.Throws<ArgumentException>(() => ReportComparison.Compare(a, a, new RegressionTolerances(RpsDecreasePercent: 200), false));
    }
}

using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Tests.Reporting.Baseline;

public sealed class BaselineReportLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfinfra-baseline-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_Latest_ReadsTheNewestWrittenReport()
    {
        var report = ReportSamples.Report();
        var folder = ReportFolder.Create(_root, report.StartedAt);
        ReportFolder.Write(folder, report);

        var loaded = BaselineReportLoader.Load("latest", _root);

        Assert.Equal(report.StartedAt, loaded.Report.StartedAt);
        Assert.Equal(report.Thresholds.Count, loaded.Report.Thresholds.Count);
        Assert.Equal($"{Path.Combine(_root, "latest", "report.json")} ({Path.GetFileName(folder)})", loaded.Source);
    }

    [Fact]
    public void Load_Folder_ReadsItsReportJson()
    {
        var report = ReportSamples.Report();
        var folder = ReportFolder.Create(_root, report.StartedAt);
        ReportFolder.Write(folder, report, updateLatest: false);

        var loaded = BaselineReportLoader.Load(folder, _root);

        Assert.Equal(report.Verdict, loaded.Report.Verdict);
        Assert.Equal(Path.Combine(folder, "report.json"), loaded.Source);
    }

    [Fact]
    public void Load_NoEarlierReport_ThrowsNamingTheFileAndTheFix()
    {
        var e = Assert.Throws<FileNotFoundException>(() => BaselineReportLoader.Load("latest", _root));

        Assert.Contains(Path.Combine(_root, "latest", "report.json"), e.Message);
        Assert.Contains("run once without a baseline first", e.Message);
    }

    [Fact]
    public void Load_NotAReport_ThrowsInvalidData()
    {
        var path = Path.Combine(_root, "other.json");
        File.WriteAllText(path, "{\"hello\": [1, 2]}");

        var e = Assert.Throws<InvalidDataException>(() => BaselineReportLoader.Load(path, _root));

        Assert.Contains(path, e.Message);
        Assert.Contains("not a PerfInfra report.json", e.Message);
    }
}

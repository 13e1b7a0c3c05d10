using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class ReportFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfinfra-folder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Write_Report_WritesHtmlBesideJson()
    {
        var report = ReportSamples.Report();
        var folder = ReportFolder.Create(_root, report.StartedAt);

        ReportFolder.Write(folder, report);

        Assert.True(File.Exists(Path.Combine(folder, "report.json")));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void Write_TwoRuns_LatestHoldsTheSecond()
    {
        var first = ReportSamples.Report();
        var second = first with { StartedAt = first.StartedAt.AddMinutes(5), VerdictReason = "second run" };
        ReportFolder.Write(ReportFolder.Create(_root, first.StartedAt), first);
        var secondFolder = ReportFolder.Create(_root, second.StartedAt);

        ReportFolder.Write(secondFolder, second);

        var latest = Path.Combine(_root, "latest");
        Assert.Equal(Path.GetFileName(secondFolder) + "\n", File.ReadAllText(Path.Combine(latest, "SOURCE")));
        foreach (var name in new[] { "report.json", "report.md", "report.html", "junit.xml" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(secondFolder, name)), File.ReadAllText(Path.Combine(latest, name)));
        }
    }

    [Fact]
    public void Write_UpdateLatestOff_LeavesLatestAlone()
    {
        var report = ReportSamples.Report();

        ReportFolder.Write(ReportFolder.Create(_root, report.StartedAt), report, updateLatest: false);

        Assert.False(Directory.Exists(Path.Combine(_root, "latest")));
    }

    [Fact]
    public void UpdateLatest_OntoItself_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportFolder.UpdateLatest(Path.Combine(_root, "latest")));
    }
}

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// Writes a run's files to OUT/&lt;yyyyMMdd-HHmmss&gt;/ (a numeric suffix when two runs start in the same
/// second), each file atomically. report.json is written last, so its presence means the set is complete.
/// </summary>
public static class ReportFolder
{
    public const string JsonFileName = "report.json";
    public const string MarkdownFileName = "report.md";
    public const string JUnitFileName = "junit.xml";

    public static string Create(string outputRoot, DateTimeOffset startedAt)
    {
        var stamp = startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(outputRoot, stamp);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(outputRoot, $"{stamp}-{n}");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Write(string folder, RunReport report)
    {
        AtomicFile.WriteAllText(Path.Combine(folder, MarkdownFileName), MarkdownReportWriter.Write(report));
        AtomicFile.WriteAllText(Path.Combine(folder, JUnitFileName), JUnitReportWriter.Write(report));
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFileName), ReportJson.Serialize(report));
    }
}

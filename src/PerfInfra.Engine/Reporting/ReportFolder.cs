using PerfInfra.Engine.Reporting.Html;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// Writes a run's files to OUT/&lt;yyyyMMdd-HHmmss&gt;/ (a numeric suffix when two runs start in the same
/// second), each file atomically. report.json is written last, so its presence means the set is complete.
/// OUT/latest/ then receives a copy of the set (report.json last again) and a SOURCE file naming the
/// folder: a copy rather than a symlink, so it works on every file system and mirrors S3's latest/.
/// </summary>
public static class ReportFolder
{
    public const string JsonFileName = "report.json";
    public const string MarkdownFileName = "report.md";
    public const string HtmlFileName = "report.html";
    public const string JUnitFileName = "junit.xml";
    public const string LatestFolderName = "latest";
    public const string LatestSourceFileName = "SOURCE";

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

    /// <summary>
    /// Writes the report set into <paramref name="folder"/> and, by default, refreshes the sibling latest/.
    /// <paramref name="baseline"/> is the report a <c>--baseline</c> run was compared with: the HTML draws its curves too.
    /// </summary>
    public static void Write(string folder, RunReport report, bool updateLatest = true, RunReport? baseline = null)
    {
        AtomicFile.WriteAllText(Path.Combine(folder, MarkdownFileName), MarkdownReportWriter.Write(report));
        AtomicFile.WriteAllText(Path.Combine(folder, HtmlFileName), HtmlReportWriter.Write(report, baseline));
        AtomicFile.WriteAllText(Path.Combine(folder, JUnitFileName), JUnitReportWriter.Write(report));
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFileName), ReportJson.Serialize(report));
        if (updateLatest)
        {
            UpdateLatest(folder);
        }
    }

    /// <summary>Copies a written report set to OUT/latest/ (OUT = the folder's parent). Returns the latest folder.</summary>
    public static string UpdateLatest(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var latest = Path.Combine(Path.GetDirectoryName(full)!, LatestFolderName);
        if (string.Equals(full, latest, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{folder}: cannot publish the latest folder onto itself", nameof(folder));
        }

        AtomicFile.WriteAllText(Path.Combine(latest, LatestSourceFileName), Path.GetFileName(full) + "\n");
        foreach (var name in (string[])[MarkdownFileName, HtmlFileName, JUnitFileName, JsonFileName])
        {
            var source = Path.Combine(full, name);
            if (File.Exists(source))
            {
                AtomicFile.WriteAllText(Path.Combine(latest, name), File.ReadAllText(source));
            }
        }

        return latest;
    }
}

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// Finds and reads the report a run is compared with. Accepts a report.json, a report folder, or
/// <see cref="Latest"/> (OUT/latest, which <see cref="ReportFolder.Write"/> keeps current). Read the
/// baseline before the new run writes its report, or "latest" is the run itself.
/// </summary>
public static class BaselineReportLoader
{
    public const string Latest = "latest";

    /// <summary>The report.json a baseline argument names (the file need not exist).</summary>
    public static string Resolve(string pathOrLatest, string outputRoot)
    {
        if (string.Equals(pathOrLatest, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return Path.Combine(outputRoot, ReportFolder.LatestFolderName, ReportFolder.JsonFileName);
        }

        return Directory.Exists(pathOrLatest) ? Path.Combine(pathOrLatest, ReportFolder.JsonFileName) : pathOrLatest;
    }

    /// <summary>
    /// Reads the report; throws <see cref="FileNotFoundException"/> when it is missing and
    /// <see cref="InvalidDataException"/> when it is not a report.json — both messages name the file.
    /// </summary>
    public static LoadedBaseline Load(string pathOrLatest, string outputRoot)
    {
        var path = Resolve(pathOrLatest, outputRoot);
        if (!File.Exists(path))
        {
            var hint = string.Equals(pathOrLatest, Latest, StringComparison.OrdinalIgnoreCase)
                ? $" (no earlier report under {outputRoot}: run once without a baseline first)"
                : string.Empty;
            throw new FileNotFoundException($"{path}: report not found (give a report.json, its folder or \"latest\"){hint}", path);
        }

        var report = ReportJson.Deserialize(File.ReadAllText(path), path);
        var sourceFile = Path.Combine(Path.GetDirectoryName(path) ?? ".", ReportFolder.LatestSourceFileName);
        var source = string.Equals(pathOrLatest, Latest, StringComparison.OrdinalIgnoreCase) && File.Exists(sourceFile)
            ? $"{path} ({File.ReadAllText(sourceFile).Trim()})"
            : path;
        return new LoadedBaseline(report, source);
    }
}

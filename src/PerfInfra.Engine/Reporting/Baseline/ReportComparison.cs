namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// `perf compare A B`: reads two existing reports (A the baseline, B the run judged against it) and
/// returns B with the comparison attached and the regression gate applied — the same model `perf run
/// --baseline` produces, so the HTML and Markdown are rendered by the same writers.
/// </summary>
public static class ReportComparison
{
    public const string DefaultHtmlFileName = "comparison.html";

    /// <summary>
    /// Throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/> (naming the file)
    /// for a missing or malformed report, <see cref="ArgumentException"/> for invalid tolerances.
    /// </summary>
    public static RunReport Compare(string baselinePath, string currentPath, RegressionTolerances tolerances, bool gate)
    {
        var problems = tolerances.Validate();
        if (problems.Count > 0)
        {
            // No parameter name: the message goes to a person, and "(Parameter 'tolerances')" means nothing to them.
            throw new ArgumentException("invalid tolerance: " + string.Join("; ", problems));
        }

        // Relative to the working directory: "latest" is not accepted here, both reports are named.
        var baseline = Load(baselinePath);
        var current = Load(currentPath);
        var comparison = BaselineComparer.Compare(current, baseline, baselinePath, tolerances, gate);
        return RegressionGate.Apply(current, comparison);
    }

    private static RunReport Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, ReportFolder.JsonFileName) : path;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file}: report not found (give a report.json or a report folder)", file);
        }

        return ReportJson.Deserialize(File.ReadAllText(file), file);
    }
}

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// `perf compare A B`: reads two existing reports (A the baseline, B the run judged against it) and
/// returns B with the comparison attached and the regression gate applied (and A, for the charts) — the same model `perf run
/// --baseline` produces, so the HTML and Markdown are rendered by the same writers.
/// </summary>
public static class ReportComparison
{
    public const string DefaultHtmlFileName = "comparison.html";

    /// <summary>
    /// Throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/> (naming the file)
    /// for a missing or malformed report, <see cref="ArgumentException"/> for invalid tolerances.
    /// </summary>
    public static ComparedReports Compare(string baselinePath, string currentPath, RegressionTolerances tolerances, bool gate)
    {
        var problems = tolerances.Validate();
        if (problems.Count > 0)
        {
            // No parameter name: the message goes to a person, and "(Parameter 'tolerances')" means nothing to them.
            throw new ArgumentException("invalid tolerance: " + string.Join("; ", problems));
        }

        // Paths are relative to the working directory, where "latest" means ./latest/ (e.g. inside reports/).
        var baseline = BaselineReportLoader.Load(baselinePath, ".");
        var current = BaselineReportLoader.Load(currentPath, ".");
        var comparison = BaselineComparer.Compare(current.Report, baseline.Report, baseline.Source, tolerances, gate);
        return new ComparedReports(RegressionGate.Apply(current.Report, comparison), baseline.Report);
    }
}

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// Attaches a comparison to a report and, when the regression gate is on and something regressed,
/// makes the verdict <c>fail</c> (exit 1) with the regressions in the reason. <c>partial</c> and
/// <c>error</c> are worse than <c>fail</c> and stay as they are (VerdictJudge's order).
/// </summary>
public static class RegressionGate
{
    private const int ListedRegressions = 5;

    public static RunReport Apply(RunReport report, BaselineComparison comparison)
    {
        var withComparison = report with { Baseline = comparison };
        if (!comparison.GateFailed)
        {
            return withComparison;
        }

        var text = Describe(comparison);
        return report.Verdict switch
        {
            "pass" => withComparison with { Verdict = "fail", VerdictReason = text },
            "fail" => withComparison with { VerdictReason = $"{report.VerdictReason}; {text}" },
            _ => withComparison,
        };
    }

    /// <summary>"2 regressions beyond tolerance vs baseline: api p95 +23.1% (tolerance +10%); …".</summary>
    public static string Describe(BaselineComparison comparison)
    {
        var regressed = comparison.Deltas.Where(d => d.Regressed).ToList();
        var listed = regressed.Take(ListedRegressions).Select(d => $"{d.Scope} {d.Metric} {ComparisonFormatting.Change(d)} (tolerance {d.Tolerance})");
        var more = regressed.Count > ListedRegressions ? $"; and {regressed.Count - ListedRegressions} more" : string.Empty;
        var noun = regressed.Count == 1 ? "regression" : "regressions";
        return $"{regressed.Count} {noun} beyond tolerance vs baseline: {string.Join("; ", listed)}{more}";
    }
}

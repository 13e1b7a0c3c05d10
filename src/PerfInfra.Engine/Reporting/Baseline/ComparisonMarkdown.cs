using System.Text;

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// The "compared with baseline" part of report.md and of `perf compare`'s output: a headline, the
/// regressions (the rows that matter in a pull-request comment) and each suite's key deltas.
/// </summary>
public static class ComparisonMarkdown
{
    private static readonly string[] KeyMetrics = ["avg", "p95", "p99", "error_rate", "rps"];

    public static string Write(BaselineComparison comparison)
    {
        var md = new StringBuilder();
        var gate = comparison.GateEnabled ? (comparison.GateFailed ? "regression gate **failed**" : "regression gate passed") : "regression gate off";
        Line(md, $"Baseline: `{comparison.BaselineSource}` ({comparison.BaselineStartedAt:yyyy-MM-dd HH:mm:ss}Z, verdict {comparison.BaselineVerdict}) · {gate}");
        Line(md);
        var regressed = comparison.Deltas.Where(d => d.Regressed).ToList();
        if (regressed.Count == 0)
        {
            Line(md, "No regressions beyond tolerance.");
        }
        else
        {
            Line(md, $"**{regressed.Count} regression(s) beyond tolerance:**");
            Line(md);
            Table(md, regressed);
        }

        var keys = comparison.Deltas.Where(d => d.Scope == d.Suite && KeyMetrics.Contains(d.Metric)).ToList();
        if (keys.Count > 0)
        {
            Line(md);
            Line(md, "Suite totals:");
            Line(md);
            Table(md, keys);
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, IReadOnlyList<MetricDelta> rows)
    {
        Line(md, "| | Scope | Metric | Baseline | Current | Change | Tolerance |");
        Line(md, "|---|---|---|---:|---:|---:|---:|");
        foreach (var d in rows)
        {
            var mark = d.Regressed ? "🔺" : ComparisonFormatting.Direction(d) < 0 ? "▿" : "";
            Line(md, $"| {mark} | {Escape(d.Scope)} | {d.Metric} | {ComparisonFormatting.Value(d.Baseline, d.Unit)} | {ComparisonFormatting.Value(d.Current, d.Unit)} | {ComparisonFormatting.Change(d)} | {d.Tolerance ?? "—"} |");
        }
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}

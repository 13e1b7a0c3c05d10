using System.Globalization;
using System.Text;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Reporting;

/// <summary>
/// report.md: a compact summary fit for a pull-request comment or a notification — verdict,
/// thresholds, regressions against the baseline (when there is one), per-scenario latency, and where
/// the charts are. Deterministic for a given report (golden-tested).
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(RunReport report)
    {
        var md = new StringBuilder();
        var icon = report.Verdict switch { "pass" => "✅", "fail" => "❌", "partial" => "⚠️", _ => "⛔" };
        Line(md, $"# PerfInfra report — {icon} {report.Verdict.ToUpperInvariant()}");
        Line(md);
        Line(md, report.VerdictReason);
        Line(md);
        var m = report.Metadata;
        var rate = m.RatePerSecond is { } r ? $", rate {F(r)}/s" : string.Empty;
        Line(md, $"- **Target:** {m.Target} · **profile** {m.Profile} · **model** {m.LoadModel} ({m.Users} users{rate}, planned {F(m.PlannedDurationSeconds)} s)");
        Line(md, $"- **Ran:** {report.StartedAt:yyyy-MM-dd HH:mm:ss}Z → {report.EndedAt:HH:mm:ss}Z ({F(report.DurationSeconds)} s) · engine {m.EngineVersion} · config `{Short(m.ConfigSha256)}`");
        if (m.DelayedIterations > 0)
        {
            Line(md, $"- **Delayed iterations:** {m.DelayedIterations} of {m.StartedIterations} started late (concurrency cap reached); their latency includes the delay.");
        }

        Line(md);
        Line(md, "## Thresholds");
        Line(md);
        Line(md, "| | Scope | Threshold | Measured | Margin |");
        Line(md, "|---|---|---|---|---|");
        foreach (var t in report.Thresholds)
        {
            var measured = t.Measured is { } v ? ReportFormatting.Display(v, t.Unit) : t.Reason ?? "no samples";
            var margin = t.Margin is { } g ? ReportFormatting.SignedDisplay(g, t.Unit) : "—";
            Line(md, $"| {(t.NotMeasured ? "➖" : t.Passed ? "✅" : "❌")} | {Escape(t.Scope)} | `{Escape(t.Expression)}` | {measured} | {margin} |");
        }

        if (report.Preflight is { } preflight)
        {
            Line(md);
            Line(md, $"## Preflight (mode {preflight.Mode})");
            Line(md);
            Line(md, "| | Check | Expected | Found | Note |");
            Line(md, "|---|---|---|---|---|");
            foreach (var c in preflight.Checks)
            {
                var mark = c.Status switch { "pass" => "✅", "fail" => "❌", _ => "➖" };
                Line(md, $"| {mark} | {Escape(c.Name)} | {Escape(c.Expected)} | {Escape(c.Actual)} | {Escape(c.Reason ?? string.Empty)} |");
            }
        }

        if (report.Baseline is { } comparison)
        {
            Line(md);
            Line(md, "## Compared with baseline");
            Line(md);
            md.Append(ComparisonMarkdown.Write(comparison));
        }

        foreach (var suite in report.Suites)
        {
            Line(md);
            Line(md, $"## Suite `{suite.Name}` — {suite.Status.Replace('_', ' ')}");
            if (suite.Note is not null)
            {
                Line(md);
                Line(md, suite.Note);
            }

            if (suite.Source is not null)
            {
                Line(md);
                Line(md, $"Measured on: {suite.Source}");
            }

            WriteMeasuredSuite(md, suite);
            if (suite.Totals is null)
            {
                continue;
            }

            Line(md);
            Line(md, "| Scope | Requests | Errors | rps | avg | p50 | p95 | p99 | max |");
            Line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Row(md, $"**{suite.Name}**", suite.Totals);
            foreach (var s in suite.Scenarios)
            {
                Row(md, s.Name, s.Measurements);
                foreach (var step in s.Steps)
                {
                    Row(md, $"{s.Name} › {step.Name}", step.Measurements);
                }
            }

            var errors = suite.Totals.ErrorsByKind;
            if (errors.Count > 0)
            {
                Line(md);
                Line(md, "Errors by kind: " + string.Join(", ", errors.Select(e => $"`{e.Key}` {e.Value}")));
            }
        }

        Line(md);
        Line(md, $"Charts: `{ReportFolder.HtmlFileName}` · full data: `{ReportFolder.JsonFileName}` beside this file (schema_version " + report.SchemaVersion.ToString(CultureInfo.InvariantCulture) + ").");
        return md.ToString();
    }

    /// <summary>The Athena, pipeline and Lambda suites: series statistics, values, operations, not-measured series, tables.</summary>
    private static void WriteMeasuredSuite(StringBuilder md, SuiteReport suite)
    {
        if (suite.Series.Count > 0)
        {
            Line(md);
            Line(md, "| Scope | Series | n | avg | p50 | p95 | p99 | max |");
            Line(md, "|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var s in suite.Series)
            {
                string D(double v) => ReportFormatting.Display(v, s.Unit);
                Line(md, $"| {Escape(s.Scope ?? $"**{suite.Name}**")} | {s.Series} | {s.Count} | {D(s.Avg)} | {D(s.P50)} | {D(s.P95)} | {D(s.P99)} | {D(s.Max)} |");
            }
        }

        if (suite.Values.Count > 0)
        {
            Line(md);
            Line(md, string.Join(" · ", suite.Values.Select(v => $"**{(v.Scope is null ? string.Empty : v.Scope + " ")}{v.Series}** {ReportFormatting.Display(v.Value, v.Unit)}")));
        }

        if (suite.Operations is { } ops)
        {
            Line(md);
            var kinds = ops.FailuresByKind.Count == 0 ? string.Empty : " (" + string.Join(", ", ops.FailuresByKind.Select(e => $"`{e.Key}` {e.Value}")) + ")";
            Line(md, $"Operations: {ops.Total}, failed {ops.Failed}{kinds}.");
        }

        foreach (var n in suite.NotMeasured)
        {
            Line(md);
            Line(md, $"➖ `{n.Series}` not measured: {n.Reason}.");
        }

        foreach (var table in suite.Tables)
        {
            Line(md);
            Line(md, $"**{Escape(table.Title)}**");
            Line(md);
            Line(md, "| " + string.Join(" | ", table.Columns.Select(Escape)) + " |");
            Line(md, "|" + string.Concat(table.Columns.Select(_ => "---|")));
            foreach (var row in table.Rows)
            {
                Line(md, "| " + string.Join(" | ", row.Select(c => Escape(c).ReplaceLineEndings(" "))) + " |");
            }

            if (table.Note is not null)
            {
                Line(md);
                Line(md, table.Note);
            }
        }
    }

    private static void Row(StringBuilder md, string scope, MeasurementReport m)
    {
        var l = m.LatencyMs;
        string Ms(Func<LatencySummary, double> pick) => l is null ? "—" : F(pick(l));
        Line(md, $"| {Escape(scope)} | {m.Requests} | {m.Errors} ({F(m.ErrorRate * 100)}%) | {F(m.Rps)} | {Ms(x => x.Avg)} | {Ms(x => x.P50)} | {Ms(x => x.P95)} | {Ms(x => x.P99)} | {Ms(x => x.Max)} |");
    }

    private static string F(double v) => ReportFormatting.Number(v);

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}

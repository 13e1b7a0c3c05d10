using System.Globalization;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using Spectre.Console;

namespace PerfInfra.Cli.Output;

/// <summary>
/// The color-coded end-of-run summary: verdict, the threshold table (green pass, red fail, with the
/// margin) and per-scenario latency. Colors are dropped automatically when output is not a terminal.
/// </summary>
internal static class SummaryPrinter
{
    public static void Print(IAnsiConsole console, RunReport report, string folder)
    {
        var thresholds = new Table().Border(TableBorder.Rounded).Title("[bold]Thresholds[/]");
        thresholds.AddColumns("", "Scope", "Threshold", "Measured", "Margin");
        foreach (var t in report.Thresholds)
        {
            var color = t.NotMeasured ? "yellow" : t.Passed ? "green" : "red";
            thresholds.AddRow(
                $"[{color}]{(t.NotMeasured ? "NOT MEASURED" : t.Passed ? "PASS" : "FAIL")}[/]",
                Markup.Escape(t.Scope),
                Markup.Escape(t.Expression),
                t.Measured is { } m ? Markup.Escape(ReportFormatting.Display(m, t.Unit)) : $"[{color}]{Markup.Escape(t.Reason ?? "no samples")}[/]",
                t.Margin is { } g ? $"[{color}]{Markup.Escape(ReportFormatting.SignedDisplay(g, t.Unit))}[/]" : "—");
        }

        foreach (var suite in report.Suites.Where(s => s.Totals is not null))
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Suite {Markup.Escape(suite.Name)}[/]");
            table.AddColumns("Scope", "Requests", "Errors", "rps", "avg ms", "p50", "p95", "p99", "max");
            foreach (var c in table.Columns.Skip(1))
            {
                c.RightAligned();
            }

            AddRow(table, $"[bold]{Markup.Escape(suite.Name)}[/]", suite.Totals!);
            foreach (var s in suite.Scenarios)
            {
                AddRow(table, Markup.Escape(s.Name), s.Measurements);
                foreach (var step in s.Steps)
                {
                    AddRow(table, "  " + Markup.Escape(step.Name), step.Measurements);
                }
            }

            console.Write(table);
            if (suite.Totals!.ErrorsByKind.Count > 0)
            {
                console.MarkupLine("Errors by kind: " + Markup.Escape(string.Join(", ", suite.Totals.ErrorsByKind.Select(e => $"{e.Key} {e.Value}"))));
            }
        }

        foreach (var suite in report.Suites.Where(s => s.Series.Count > 0 || s.Operations is not null))
        {
            PrintMeasuredSuite(console, suite);
        }

        foreach (var suite in report.Suites.Where(s => s.Totals is null && s.Note is not null))
        {
            console.MarkupLine($"[yellow]Suite {Markup.Escape(suite.Name)}: {Markup.Escape(suite.Note!)}[/]");
        }

        console.Write(thresholds);
        if (report.Preflight is { Checks.Count: > 0 } preflight)
        {
            foreach (var c in preflight.Checks)
            {
                var color = c.Status switch { "pass" => "green", "fail" => preflight.Mode == "warn" ? "yellow" : "red", _ => "grey" };
                console.MarkupLine($"[{color}]Preflight {Markup.Escape(c.Status.ToUpperInvariant())}[/] {Markup.Escape(c.Name)}: {Markup.Escape(c.Reason ?? c.Actual)}");
            }
        }

        if (report.Baseline is { } comparison)
        {
            var color = comparison.RegressionCount == 0 ? "green" : comparison.GateEnabled ? "red" : "yellow";
            var text = comparison.RegressionCount == 0
                ? $"no regression beyond tolerance vs baseline {comparison.BaselineSource}"
                : RegressionGate.Describe(comparison);
            console.MarkupLine($"[{color}]Baseline:[/] {Markup.Escape(text)}");
        }

        var verdictColor = report.Verdict switch { "pass" => "green", "fail" => "red", _ => "yellow" };
        console.MarkupLine($"[bold {verdictColor}]{report.Verdict.ToUpperInvariant()}[/] — {Markup.Escape(report.VerdictReason)}");
        console.MarkupLine($"Report: [link]{Markup.Escape(folder)}[/] (report.html, report.md, report.json, junit.xml)");
    }

    /// <summary>The Athena, pipeline and Lambda suites: series per scope, values, failures, not-measured series.</summary>
    private static void PrintMeasuredSuite(IAnsiConsole console, SuiteReport suite)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Suite {Markup.Escape(suite.Name)}[/]");
        table.AddColumns("Scope", "Series", "n", "avg", "p50", "p95", "p99", "max");
        foreach (var c in table.Columns.Skip(2))
        {
            c.RightAligned();
        }

        foreach (var s in suite.Series)
        {
            string D(double v) => Markup.Escape(ReportFormatting.Display(v, s.Unit));
            table.AddRow(s.Scope is null ? "[bold]all[/]" : Markup.Escape(s.Scope), Markup.Escape(s.Series), s.Count.ToString(CultureInfo.InvariantCulture),
                D(s.Avg), D(s.P50), D(s.P95), D(s.P99), D(s.Max));
        }

        console.Write(table);
        if (suite.Values.Count > 0)
        {
            console.MarkupLine(Markup.Escape(string.Join(" · ", suite.Values.Select(v => $"{(v.Scope is null ? string.Empty : v.Scope + " ")}{v.Series} {ReportFormatting.Display(v.Value, v.Unit)}"))));
        }

        if (suite.Operations is { Failed: > 0 } ops)
        {
            console.MarkupLine($"[red]{ops.Failed} of {ops.Total} operations failed[/]: " + Markup.Escape(string.Join(", ", ops.FailuresByKind.Select(e => $"{e.Key} {e.Value}"))));
        }

        foreach (var n in suite.NotMeasured)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(n.Series)} not measured: {Markup.Escape(n.Reason)}[/]");
        }
    }

    private static void AddRow(Table table, string scope, MeasurementReport m)
    {
        var l = m.LatencyMs;
        string Ms(Func<LatencySummary, double> pick) => l is null ? "—" : F(pick(l));
        table.AddRow(scope, m.Requests.ToString(CultureInfo.InvariantCulture),
            m.Errors == 0 ? "0" : $"[red]{m.Errors} ({F(m.ErrorRate * 100)}%)[/]",
            F(m.Rps), Ms(x => x.Avg), Ms(x => x.P50), Ms(x => x.P95), Ms(x => x.P99), Ms(x => x.Max));
    }

    private static string F(double v) => ReportFormatting.Number(v);
}

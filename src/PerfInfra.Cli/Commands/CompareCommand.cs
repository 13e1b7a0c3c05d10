using System.CommandLine;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Reporting.Html;

namespace PerfInfra.Cli.Commands;

/// <summary>
/// `perf compare BASELINE CURRENT [--out FILE] [--gate] [--latency-tolerance %] [--error-rate-tolerance pp]
/// [--rps-tolerance %]`: renders CURRENT compared with BASELINE (each a report.json or a report folder)
/// as HTML, prints the Markdown summary. Exit 0 compared; 1 the regression gate (--gate) failed;
/// 2 bad input (missing file, not a report.json, bad tolerance).
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var baseline = new Argument<string>("baseline") { Description = "The earlier report: report.json or its folder." };
        var current = new Argument<string>("current") { Description = "The report to judge against it: report.json or its folder." };
        var output = new Option<string>("--out") { Description = "HTML file to write.", DefaultValueFactory = _ => ReportComparison.DefaultHtmlFileName };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a metric regressed beyond its tolerance." };
        var latency = new Option<double>("--latency-tolerance")
        {
            Description = "Allowed increase of avg, p95 and p99, in percent.",
            DefaultValueFactory = _ => RegressionDefaults.LatencyIncreasePercent,
        };
        var errorRate = new Option<double>("--error-rate-tolerance")
        {
            Description = "Allowed increase of the error rate, in percentage points.",
            DefaultValueFactory = _ => RegressionDefaults.ErrorRateIncreasePoints,
        };
        var rps = new Option<double>("--rps-tolerance")
        {
            Description = "Allowed drop of requests per second, in percent.",
            DefaultValueFactory = _ => RegressionDefaults.RpsDecreasePercent,
        };

        var command = new Command("compare", "Compare two existing reports and render the comparison as HTML.")
        {
            baseline, current, output, gate, latency, errorRate, rps,
        };

        command.SetAction((ParseResult parse) =>
        {
            var tolerances = new RegressionTolerances(parse.GetValue(latency), parse.GetValue(errorRate), parse.GetValue(rps));
            ComparedReports compared;
            try
            {
                compared = ReportComparison.Compare(parse.GetValue(baseline)!, parse.GetValue(current)!, tolerances, parse.GetValue(gate));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"perf compare: {e.Message}");
                return ExitCodes.BadInput;
            }

            var report = compared.Report;
            var path = parse.GetValue(output) ?? ReportComparison.DefaultHtmlFileName;
            AtomicFile.WriteAllText(path, HtmlReportWriter.Write(report, compared.Baseline));
            stdout.Write(ComparisonMarkdown.Write(report.Baseline!));
            stdout.WriteLine();
            stdout.WriteLine($"HTML: {Path.GetFullPath(path)}");

            // 1 means what it means for `perf run`: the verdict is fail — here because of the regression gate.
            return report.Baseline!.GateFailed ? ExitCodes.ThresholdsFailed : ExitCodes.Success;
        });
        return command;
    }
}

using System.Diagnostics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;
using PerfInfra.Engine.Reporting.Html;
using PerfInfra.Reporting.Samples;

// perfinfra-report-probe (REPORT.json | --sample) OUT_DIR
// Reads a report.json (or synthesizes the 5-minute, 1000-user sample), compares it with a 20 % slower
// copy of itself, and writes report.json/md/html into OUT_DIR: every reporting path the AOT report
// Lambda takes — source-generated JSON both ways, histogram decoding, SVG charts, baseline, Markdown.
const int Usage = 2;
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: perfinfra-report-probe (REPORT.json | --sample) OUT_DIR");
    return Usage;
}

var report = args[0] == "--sample"
    ? SyntheticReports.FiveMinutes()
    : ReportJson.Deserialize(File.ReadAllText(args[0]), args[0]);
var roundTripped = ReportJson.Deserialize(ReportJson.Serialize(report), "round trip");

const double SlowerBy = 1.2;
var baseline = roundTripped with { Suites = Slower(roundTripped.Suites, 1 / SlowerBy) };
var compared = RegressionGate.Apply(roundTripped, BaselineComparer.Compare(roundTripped, baseline, "probe baseline", RegressionTolerances.Default, gateEnabled: true));

var watch = Stopwatch.StartNew();
var html = HtmlReportWriter.Write(compared, baseline);
watch.Stop();

Directory.CreateDirectory(args[1]);
ReportFolder.Write(args[1], compared, updateLatest: false, baseline);
Console.WriteLine($"rendered {html.Length} chars of HTML in {watch.Elapsed.TotalMilliseconds:0.0} ms; " +
    $"{compared.Baseline!.Deltas.Count} deltas, {compared.Baseline.RegressionCount} regressions; verdict {compared.Verdict}; wrote {args[1]}");
return html.Contains("<svg class=\"chart\"", StringComparison.Ordinal) && compared.Baseline.RegressionCount > 0 ? 0 : 1;

static IReadOnlyList<SuiteReport> Slower(IReadOnlyList<SuiteReport> suites, double factor) => suites.Select(s => s with
{
    Totals = s.Totals is null ? null : Scale(s.Totals, factor),
    Scenarios = s.Scenarios.Select(c => c with { Measurements = Scale(c.Measurements, factor) }).ToList(),
}).ToList();

static MeasurementReport Scale(MeasurementReport m, double f) => m with
{
    LatencyMs = m.LatencyMs is { } l ? l with { Avg = l.Avg * f, P95 = l.P95 * f, P99 = l.P99 * f } : null,
};

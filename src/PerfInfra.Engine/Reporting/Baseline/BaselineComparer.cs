using System.Globalization;

namespace PerfInfra.Engine.Reporting.Baseline;

/// <summary>
/// Compares a run with a baseline report, scope by scope (suite totals, scenarios, steps matched by
/// name). Every latency percentile, error rate and rps gets a delta; avg/p95/p99, error rate and rps
/// are judged against the tolerances. A scope that exists on one side only is shown, never flagged:
/// a new scenario has nothing to regress from. Nor is a scope with fewer than
/// <see cref="RegressionDefaults.MinRequestsToJudge"/> requests on either side: its deltas are noise.
/// </summary>
public static class BaselineComparer
{
    private const double PercentPerRatio = 100;
    private const string Ms = "ms";
    private const string Ratio = "ratio";
    private const string PerSecond = "per_second";

    public static BaselineComparison Compare(
        RunReport current, RunReport baseline, string baselineSource, RegressionTolerances tolerances, bool gateEnabled)
    {
        var before = Index(baseline);
        var deltas = new List<MetricDelta>();
        foreach (var (suite, scope, m) in Scopes(current))
        {
            before.TryGetValue(scope, out var old);
            deltas.AddRange(CompareMeasurements(suite, scope, old, m, tolerances));
        }

        return new BaselineComparison(
            baselineSource,
            baseline.StartedAt,
            baseline.Verdict,
            baseline.Metadata.ConfigSha256,
            tolerances,
            gateEnabled,
            deltas.Count(d => d.Regressed),
            deltas);
    }

    private static IEnumerable<MetricDelta> CompareMeasurements(
        string suite, string scope, MeasurementReport? before, MeasurementReport now, RegressionTolerances t)
    {
        // Below the minimum the deltas are still shown; the tolerance column says why none is flagged.
        var judgeable = before is not null && before.Requests >= RegressionDefaults.MinRequestsToJudge && now.Requests >= RegressionDefaults.MinRequestsToJudge;
        string Tolerance(string text) => judgeable || before is null ? text : $"{text} (not judged: under {RegressionDefaults.MinRequestsToJudge} requests)";
        var latencyTolerance = Tolerance("+" + Pct(t.LatencyIncreasePercent));
        foreach (var (name, pick, gated) in LatencyMetrics)
        {
            var b = before?.LatencyMs is { } bl ? pick(bl) : (double?)null;
            var c = now.LatencyMs is { } cl ? pick(cl) : (double?)null;
            var percent = RelativePercent(b, c);
            var regressed = judgeable && gated && percent > t.LatencyIncreasePercent;
            yield return new MetricDelta(suite, scope, name, Ms, b, c, Diff(b, c), percent, gated ? latencyTolerance : null, regressed);
        }

        {
            double? b = before?.ErrorRate;
            double c = now.ErrorRate;
            var change = Diff(b, c);
            var regressed = judgeable && change * PercentPerRatio > t.ErrorRateIncreasePoints;
            yield return new MetricDelta(suite, scope, "error_rate", Ratio, b, c, change, RelativePercent(b, c),
                Tolerance("+" + Number(t.ErrorRateIncreasePoints) + " pp"), regressed);
        }

        {
            double? b = before?.Rps;
            double c = now.Rps;
            var percent = RelativePercent(b, c);
            var regressed = judgeable && percent < -t.RpsDecreasePercent;
            yield return new MetricDelta(suite, scope, "rps", PerSecond, b, c, Diff(b, c), percent, Tolerance("-" + Pct(t.RpsDecreasePercent)), regressed);
        }
    }

    private static readonly (string Name, Func<LatencySummary, double> Pick, bool Gated)[] LatencyMetrics =
    [
        ("avg", l => l.Avg, true),
        ("p50", l => l.P50, false),
        ("p90", l => l.P90, false),
        ("p95", l => l.P95, true),
        ("p99", l => l.P99, true),
        ("p999", l => l.P999, false),
        ("max", l => l.Max, false),
    ];

    /// <summary>Suite totals, scenarios and steps of the suites that ran, in report order.</summary>
    internal static IEnumerable<(string Suite, string Scope, MeasurementReport Measurements)> Scopes(RunReport report)
    {
        foreach (var suite in report.Suites)
        {
            if (suite.Totals is null)
            {
                continue;
            }

            yield return (suite.Name, suite.Name, suite.Totals);
            foreach (var scenario in suite.Scenarios)
            {
                yield return (suite.Name, $"{suite.Name}/{scenario.Name}", scenario.Measurements);
                foreach (var step in scenario.Steps)
                {
                    yield return (suite.Name, $"{suite.Name}/{scenario.Name}/{step.Name}", step.Measurements);
                }
            }
        }
    }

    private static Dictionary<string, MeasurementReport> Index(RunReport report)
    {
        var index = new Dictionary<string, MeasurementReport>(StringComparer.Ordinal);
        foreach (var (_, scope, m) in Scopes(report))
        {
            // A duplicated name keeps the first, as the report shows it first.
            index.TryAdd(scope, m);
        }

        return index;
    }

    private static double? Diff(double? before, double? now) =>
        before is { } b && now is { } c ? Math.Round(c - b, 6) : null;

    private static double? RelativePercent(double? before, double? now) =>
        before is { } b && now is { } c && b != 0 ? Math.Round((c - b) / b * PercentPerRatio, 3) : null;

    private static string Pct(double percent) => Number(percent) + "%";

    private static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}

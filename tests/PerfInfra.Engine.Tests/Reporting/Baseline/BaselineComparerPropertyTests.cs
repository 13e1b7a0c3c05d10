using CsCheck;
using PerfInfra.Engine.Reporting;
using PerfInfra.Engine.Reporting.Baseline;

namespace PerfInfra.Engine.Tests.Reporting.Baseline;

/// <summary>Properties of the comparison that must hold for any latencies and tolerances, not just the examples.</summary>
public sealed class BaselineComparerPropertyTests
{
    private static readonly Gen<LatencySummary> Latency =
        Gen.Double[0.1, 60_000].Array[8].Select(v =>
        {
            Array.Sort(v);
            return new LatencySummary(v[0], v[3], v[1], v[2], v[4], v[5], v[6], v[7]);
        });

    private static readonly RunReport Sample = ReportSamples.Report();

    private static RunReport With(LatencySummary latency, double rps = 1000)
    {
        var m = new MeasurementReport(1000, 0, 0, rps, latency, null, new Dictionary<string, long>(), string.Empty);
        return Sample with { Suites = [new SuiteReport("api", "ran", null, m, [new ScenarioReport("s", 1, m, [], [])])] };
    }

    [Fact]
    public void Compare_ReportWithItself_NeverRegresses()
    {
        Latency.Sample(latency =>
        {
            var report = With(latency);
            var c = BaselineComparer.Compare(report, report, "self", RegressionTolerances.Default, gateEnabled: true);
            return c.RegressionCount == 0 && c.Deltas.All(d => d.Change is 0 or null);
        });
    }

    [Fact]
    public void Compare_ScaledLatency_RegressesExactlyWhenBeyondTolerance()
    {
        // Factors within 0.01 % of the tolerance are skipped: the change is rounded to 3 decimals.
        var gen = Gen.Select(Latency, Gen.Double[0.5, 2.0], Gen.Double[0, 50]).Where((_, f, t) => Math.Abs(((f - 1) * 100) - t) > 0.01);
        gen.Sample((latency, factor, tolerance) =>
        {
            var scaled = latency with { Avg = latency.Avg * factor, P95 = latency.P95 * factor, P99 = latency.P99 * factor };
            var c = BaselineComparer.Compare(With(scaled), With(latency), "b", new RegressionTolerances(LatencyIncreasePercent: tolerance), gateEnabled: false);
            var expected = (factor - 1) * 100 > tolerance;
            return c.Deltas.Where(d => d.Metric is "avg" or "p95" or "p99").All(d => d.Regressed == expected);
        });
    }
}

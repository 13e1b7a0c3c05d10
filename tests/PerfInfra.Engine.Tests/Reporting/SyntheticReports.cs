using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Reporting.Samples;

/// <summary>
/// A realistic large report built through the public report API only, so the engine tests, the browser
/// tests and the AOT probe (which link this file) render the same thing: the seed's 1000 users for
/// 5 minutes — three scenarios, seven steps, 300 one-second points each, a stall at 200 s, two error
/// kinds, the seed's API thresholds plus a per-scenario one that fails.
/// </summary>
internal static class SyntheticReports
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private const int Seconds = 300;
    private const int Users = 1000;
    private const int SamplesPerStep = 20_000;
    private const int StallSecond = 200;
    private const int StallLengthSeconds = 5;
    private const double MicrosecondsPerMs = 1000;

    private sealed record StepShape(string Name, double MedianMs, double Rps);

    private sealed record ScenarioShape(string Name, StepShape[] Steps);

    private static readonly ScenarioShape[] Shapes =
    [
        new("browse", [new("list products", 120, 420), new("product by id", 60, 380), new("search", 240, 300)]),
        new("cart", [new("add to cart", 90, 180), new("read cart", 40, 180)]),
        new("checkout", [new("auth token", 70, 60), new("checkout", 650, 60)]),
    ];

    private const int DefaultSeed = 42;

    // Building one takes ~100 ms of sampling; reports are immutable records, so the default one is shared.
    private static readonly Lazy<RunReport> Default = new(() => Build(1.0, DefaultSeed));

    /// <summary>The 5-minute, 1000-user report. <paramref name="latencyFactor"/> scales every latency (1.2 = 20 % slower), for baseline tests.</summary>
    public static RunReport FiveMinutes(double latencyFactor = 1.0, int seed = DefaultSeed) =>
        latencyFactor == 1.0 && seed == DefaultSeed ? Default.Value : Build(latencyFactor, seed);

    private static RunReport Build(double latencyFactor, int seed)
    {
        var random = new Random(seed);
        var scenarios = new List<ScenarioReport>();
        var suiteHistogram = EncodedHistogram.NewHistogram();
        var suiteKinds = new Dictionary<string, long>(StringComparer.Ordinal);
        long suiteRequests = 0, suiteErrors = 0;

        foreach (var shape in Shapes)
        {
            var scenarioHistogram = EncodedHistogram.NewHistogram();
            var steps = new List<StepReport>();
            long requests = 0, errors = 0;
            var kinds = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var step in shape.Steps)
            {
                var h = EncodedHistogram.NewHistogram();
                var total = (long)(step.Rps * Seconds);
                var weight = Math.Max(1, total / SamplesPerStep);
                for (var i = 0; i < SamplesPerStep; i++)
                {
                    h.RecordValueWithCount(SampleUs(random, step.MedianMs * latencyFactor), weight);
                }

                var stepErrors = total / 400;
                var stepKinds = new Dictionary<string, long>(StringComparer.Ordinal) { ["http_503"] = stepErrors * 3 / 4, ["timeout"] = stepErrors - (stepErrors * 3 / 4) };
                steps.Add(new StepReport(step.Name, Measure(h, h.TotalCount + stepErrors, stepErrors, stepKinds)));
                scenarioHistogram.Add(h);
                requests += h.TotalCount + stepErrors;
                errors += stepErrors;
                foreach (var (k, v) in stepKinds)
                {
                    kinds[k] = kinds.GetValueOrDefault(k) + v;
                }
            }

            var medianMs = shape.Steps.Average(s => s.MedianMs) * latencyFactor;
            scenarios.Add(new ScenarioReport(shape.Name, requests / shape.Steps.Length, Measure(scenarioHistogram, requests, errors, kinds), steps,
                TimeSeries(random, medianMs, requests / (double)Seconds, errors / (double)Seconds)));
            suiteHistogram.Add(scenarioHistogram);
            suiteRequests += requests;
            suiteErrors += errors;
            foreach (var (k, v) in kinds)
            {
                suiteKinds[k] = suiteKinds.GetValueOrDefault(k) + v;
            }
        }

        var totals = Measure(suiteHistogram, suiteRequests, suiteErrors, suiteKinds);
        var checkout = scenarios.Single(s => s.Name == "checkout").Measurements;
        var thresholds = new List<ThresholdReport>
        {
            Threshold("api", "avg < 500ms", "ms", 500, totals.LatencyMs!.Avg, lessThan: true),
            Threshold("api", "p95 < 1000ms", "ms", 1000, totals.LatencyMs.P95, lessThan: true),
            Threshold("api", "p99 < 2000ms", "ms", 2000, totals.LatencyMs.P99, lessThan: true),
            Threshold("api", "error_rate < 1%", "ratio", 0.01, totals.ErrorRate, lessThan: true),
            Threshold("api/checkout", "p95 < 800ms", "ms", 800, checkout.LatencyMs!.P95, lessThan: true),
            Threshold("api", "rps > 1000", "per_second", 1000, totals.Rps, lessThan: false),
        };
        var failed = thresholds.Count(t => !t.Passed);
        var end = Start.AddSeconds(Seconds);
        var metadata = new RunMetadata("0.1.0", "ci-runner-7", "full", "tests/performance/load-test-config.yaml",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "http://127.0.0.1:5000", "closed",
            Users, null, Seconds, suiteRequests, suiteRequests, 0, Users)
        {
            ConfigText = "target:\n  base_url: http://127.0.0.1:5000\n  auth:\n    header: Authorization\n    token: sk_live_do_not_show\nscenarios:\n  - name: browse\n    weight: 60\n",
        };
        return new RunReport(
            RunReport.CurrentSchemaVersion,
            failed == 0 ? "pass" : "fail",
            failed == 0 ? $"all {thresholds.Count} thresholds passed" : $"{failed} of {thresholds.Count} thresholds failed",
            Start,
            end,
            Seconds,
            metadata,
            [new SuiteReport("api", "ran", null, totals, scenarios), new SuiteReport("athena", "not_requested", null, null, [])],
            thresholds);
    }

    /// <summary>A log-normal-ish latency: most samples near the median, a long right tail.</summary>
    private static long SampleUs(Random random, double medianMs)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        const double Sigma = 0.45;
        return Math.Max(1, (long)(medianMs * Math.Exp(Sigma * normal) * MicrosecondsPerMs));
    }

    private static List<TimeSeriesPoint> TimeSeries(Random random, double medianMs, double rps, double errorsPerSecond)
    {
        var points = new List<TimeSeriesPoint>(Seconds);
        for (var s = 0; s < Seconds; s++)
        {
            // Ramp-up over the first 30 s, then a five-second stall: the shape a report must make visible.
            var ramp = Math.Min(1.0, (s + 1) / 30.0);
            var stall = s is >= StallSecond and < StallSecond + StallLengthSeconds;
            var p50 = medianMs * (0.9 + (0.2 * random.NextDouble())) * (stall ? 6 : 1);
            var requests = (long)(rps * ramp * (stall ? 0.3 : 0.95 + (0.1 * random.NextDouble())));
            var errors = (long)(errorsPerSecond * (stall ? 8 : random.NextDouble() * 2));
            points.Add(new TimeSeriesPoint(s, requests, errors, Math.Round(p50, 3), Math.Round(p50 * 2.1, 3), Math.Round(p50 * 3.4, 3)));
        }

        return points;
    }

    private static MeasurementReport Measure(HdrHistogram.HistogramBase h, long requests, long errors, IReadOnlyDictionary<string, long> kinds) => new(
        requests,
        errors,
        Math.Round((double)errors / requests, 6),
        Math.Round(requests / (double)Seconds, 2),
        LatencySummary.From(h),
        null,
        new SortedDictionary<string, long>(kinds.ToDictionary(), StringComparer.Ordinal),
        EncodedHistogram.Encode(h).Base64);

    private static ThresholdReport Threshold(string scope, string expression, string unit, double limit, double measured, bool lessThan)
    {
        var margin = lessThan ? limit - measured : measured - limit;
        var metric = expression.Split(' ')[0];
        return new ThresholdReport(scope.Split('/')[0], scope, expression, metric, unit, limit, measured, Math.Round(margin, 6), margin > 0, false, null);
    }
}

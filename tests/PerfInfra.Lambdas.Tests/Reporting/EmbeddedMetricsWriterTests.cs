using System.Text.Json;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Lambdas.Reporting;

namespace PerfInfra.Lambdas.Tests.Reporting;

/// <summary>
/// The exact CloudWatch Embedded Metric Format layout the report step prints, parsed back as JSON: the
/// _aws.CloudWatchMetrics directive (namespace, dimension sets, every metric with its unit) and the values
/// beside it, for the suite and for each scenario. The monitoring stack's alarms depend on these names.
/// </summary>
public sealed class EmbeddedMetricsWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly (string Name, string Unit)[] ExpectedMetrics =
    [
        ("error_rate", "Percent"), ("rps", "Count/Second"), ("requests", "Count"), ("errors", "Count"),
        ("latency", "Milliseconds"), ("latency_p50", "Milliseconds"), ("latency_p95", "Milliseconds"),
        ("latency_p99", "Milliseconds"), ("latency_avg", "Milliseconds"),
    ];

    [Fact]
    public void Lines_SuiteWithTwoScenarios_OneDocumentPerSuiteAndScenarioInTheExactEmfLayout()
    {
        var lines = EmbeddedMetricsWriter.Lines(Report(), At);

        Assert.Equal(3, lines.Count);
        var suite = Parse(lines[0]);
        AssertDirective(suite, ["Suite"]);
        Assert.Equal("api", suite.GetProperty("Suite").GetString());
        Assert.Equal(2.5, suite.GetProperty("error_rate").GetDouble()); // 0.025 as a percentage
        Assert.Equal(100, suite.GetProperty("rps").GetDouble());
        Assert.Equal(1000, suite.GetProperty("requests").GetDouble());
        Assert.Equal(25, suite.GetProperty("errors").GetDouble());
        Assert.Equal(12, suite.GetProperty("latency_p50").GetDouble());
        Assert.Equal(95, suite.GetProperty("latency_p95").GetDouble());
        Assert.Equal(99, suite.GetProperty("latency_p99").GetDouble());
        Assert.Equal(20.5, suite.GetProperty("latency_avg").GetDouble());

        var checkout = Parse(lines[2]);
        AssertDirective(checkout, ["Suite", "Scenario"]);
        Assert.Equal("api", checkout.GetProperty("Suite").GetString());
        Assert.Equal("checkout", checkout.GetProperty("Scenario").GetString());
        Assert.Equal(0, checkout.GetProperty("error_rate").GetDouble());
        Assert.Equal(40, checkout.GetProperty("rps").GetDouble());
    }

    [Fact]
    public void Lines_Latency_HundredQuantilesOfTheRealDistribution()
    {
        // 50 % at 10 ms, 45 % at 20 ms, 5 % at 100 ms: the 100 mid-slice quantiles must show exactly that.
        var latency = Parse(EmbeddedMetricsWriter.Lines(Report(), At)[0]).GetProperty("latency").EnumerateArray().Select(v => v.GetDouble()).ToList();

        Assert.Equal(EmfDefaults.LatencyQuantiles, latency.Count);
        Assert.All(latency.Take(50), v => Assert.InRange(v, 9.99, 10.01));
        Assert.All(latency.Skip(50).Take(45), v => Assert.InRange(v, 19.98, 20.02));
        Assert.All(latency.Skip(95), v => Assert.InRange(v, 99.9, 100.1));
    }

    [Fact]
    public void Lines_ScenarioWithoutLatencySamples_OmitsTheLatencyMetrics()
    {
        var report = Report();
        var empty = report.Suites[0].Scenarios[1] with
        {
            Measurements = new MeasurementReport(5, 5, 1, 1, null, null, new Dictionary<string, long> { ["status"] = 5 }, EncodedHistogram.Empty.Base64),
        };
        report = report with { Suites = [report.Suites[0] with { Scenarios = [report.Suites[0].Scenarios[0], empty] }] };

        var scenario = Parse(EmbeddedMetricsWriter.Lines(report, At)[2]);

        var names = scenario.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString()).ToList();
        Assert.Equal(["error_rate", "rps", "requests", "errors"], names);
        Assert.Equal(100, scenario.GetProperty("error_rate").GetDouble());
        Assert.False(scenario.TryGetProperty("latency", out _));
    }

    private static void AssertDirective(JsonElement line, string[] dimensions)
    {
        var aws = line.GetProperty("_aws");
        Assert.Equal(At.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal("PerfInfra/LoadTests", directive.GetProperty("Namespace").GetString());
        var sets = directive.GetProperty("Dimensions").EnumerateArray().Select(set => set.EnumerateArray().Select(d => d.GetString()!).ToArray()).ToList();
        Assert.Equal([dimensions], sets);
        var metrics = directive.GetProperty("Metrics").EnumerateArray()
            .Select(m => (m.GetProperty("Name").GetString()!, m.GetProperty("Unit").GetString()!)).ToArray();
        Assert.Equal(ExpectedMetrics, metrics);
        foreach (var (name, _) in ExpectedMetrics)
        {
            Assert.True(line.TryGetProperty(name, out _), $"the value of {name} is missing beside the directive");
        }

        foreach (var dimension in dimensions)
        {
            Assert.Equal(JsonValueKind.String, line.GetProperty(dimension).ValueKind);
        }
    }

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement.Clone();

    private static RunReport Report()
    {
        var histogram = EncodedHistogram.NewHistogram();
        histogram.RecordValueWithCount(10_000, 50);
        histogram.RecordValueWithCount(20_000, 45);
        histogram.RecordValueWithCount(100_000, 5);
        var encoded = EncodedHistogram.Encode(histogram).Base64;
        var latency = new LatencySummary(Min: 10, Avg: 20.5, P50: 12, P90: 20, P95: 95, P99: 99, P999: 100, Max: 100);
        var totals = new MeasurementReport(1000, 25, 0.025, 100, latency, null, new Dictionary<string, long> { ["status"] = 25 }, encoded);
        var browse = new ScenarioReport("browse", 600, totals with { Requests = 600, Rps = 60 }, [], []);
        var checkout = new ScenarioReport("checkout", 400, totals with { Requests = 400, Errors = 0, ErrorRate = 0, Rps = 40 }, [], []);
        var metadata = new RunMetadata("0.1.0", "aws-step-functions", "full", "built-in", "sha", "http://127.0.0.1/", "closed", 10, null, 10, 0, 0, 0, 0);
        return new RunReport(RunReport.CurrentSchemaVersion, "pass", "all passed", At, At, 10, metadata,
            [new SuiteReport("api", "ran", null, totals, [browse, checkout]), new SuiteReport("athena", "not_requested", null, null, [])], []);
    }
}

using System.Text.Json.Nodes;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Reporting;

public sealed class ReportJsonTests
{
    [Fact]
    public void Serialize_UsesDocumentedSnakeCaseFields()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(ReportSamples.Report()))!;

        Assert.Equal(1, json["schema_version"]!.GetValue<int>());
        Assert.Equal("fail", json["verdict"]!.GetValue<string>());
        Assert.NotNull(json["started_at"]);
        Assert.NotNull(json["ended_at"]);
        var scenario = json["suites"]![0]!["scenarios"]![0]!;
        Assert.Equal("browse", scenario["name"]!.GetValue<string>());
        var m = scenario["measurements"]!;
        foreach (var key in new[] { "requests", "errors", "rps", "latency_ms", "service_time_ms", "errors_by_kind" })
        {
            Assert.True(m.AsObject().ContainsKey(key), $"missing {key}");
        }

        foreach (var key in new[] { "min", "avg", "p50", "p90", "p95", "p99", "p999", "max" })
        {
            Assert.True(m["latency_ms"]!.AsObject().ContainsKey(key), $"missing latency_ms.{key}");
        }

        Assert.NotEmpty(scenario["steps"]!.AsArray());
        var threshold = json["thresholds"]![0]!;
        foreach (var key in new[] { "suite", "scope", "expression", "measured", "passed" })
        {
            Assert.True(threshold.AsObject().ContainsKey(key), $"missing thresholds[].{key}");
        }
    }

    [Fact]
    public void Deserialize_OfSerialized_RoundTrips()
    {
        var report = ReportSamples.Report();

        var back = ReportJson.Deserialize(ReportJson.Serialize(report), "mem");

        Assert.Equal(report.Verdict, back.Verdict);
        Assert.Equal(report.Thresholds, back.Thresholds);
        Assert.Equal(report.Suites[0].Scenarios[0].Measurements.LatencyMs, back.Suites[0].Scenarios[0].Measurements.LatencyMs);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schema_version\": 99}")]
    public void Deserialize_NotAReport_ThrowsNamingTheSource(string json)
    {
        var e = Assert.Throws<InvalidDataException>(() => ReportJson.Deserialize(json, "old/report.json"));

        Assert.StartsWith("old/report.json:", e.Message);
    }
}

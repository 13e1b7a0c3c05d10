using System.Text.Json;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// The pipeline suite's branch of the synthesized state machine, run by aws-local-stepfunctions with the
/// Batch, Athena and CloudWatch states answered from recorded responses (Recorded/*.json) and the collect,
/// aggregate and report steps served by the real handlers; asserted on the report in s3rver.
/// </summary>
public sealed class PipelineExecutionTests(LocalAws aws) : IClassFixture<LocalAws>
{
    private const string PipelineConfig = """
        version: 1
        default_profile: full
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          full:
            api: { model: constant_arrival_rate, rate: 20/s, duration: 2s, max_in_flight: 10 }
            pipeline: { records: 100000 }
        suites:
          api:
            thresholds: ["p95 < 10s"]
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
          pipeline:
            thresholds:
              - "dms_lag.max < 60s"
              - "batch_duration < 10m"
              - "end_to_end < 30m"
        """;

    [Fact]
    public async Task Execute_PipelineRecordedRun_PassesWithEverySeriesJudgedInTheReport()
    {
        await DeployConfigAsync();

        var result = await aws.ExecuteAsync("run-pipeline", Input(), Recorded("pipeline-pass.json"));

        Assert.True(result.GetProperty("status").GetString() == "SUCCEEDED", result.GetRawText());
        var report = await ReportAsync(DatedPrefix("run-pipeline"));
        Assert.Equal("pass", report.Verdict);
        var pipeline = report.Suites.Single(s => s.Name == "pipeline");
        Assert.Equal("ran", pipeline.Status);
        Assert.Equal(162_500, pipeline.Series.Single(s => s.Series == "batch_duration").Max);
        Assert.Equal(21_000, pipeline.Series.Single(s => s.Series == "dms_lag" && s.Scope is null).Max);
        Assert.Equal(212_300, pipeline.Series.Single(s => s.Series == "end_to_end").Max);
        Assert.Equal(["queue", "batch", "verify", "end to end"], pipeline.Tables.Single().Rows.Select(r => r[0]));
        var judged = report.Thresholds.Where(t => t.Suite == "pipeline").ToList();
        Assert.Equal(["batch_duration.max", "dms_lag.max", "end_to_end.max"], judged.Select(t => t.Metric).Order());
        Assert.All(judged, t => Assert.True(t.Passed, t.Reason));
        Assert.Equal("not_requested", report.Suites.Single(s => s.Name == "api").Status);
    }

    [Fact]
    public async Task Execute_DmsLagAboveSixtySeconds_FailsThresholdsBreachedNamingDmsLag()
    {
        await DeployConfigAsync();

        var result = await aws.ExecuteAsync("run-pipeline-lag", Input(), Recorded("pipeline-lag-breach.json"));

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("error").GetString() == "ThresholdsBreached", result.GetRawText());
        Assert.Contains("dms_lag", result.GetProperty("cause").GetString(), StringComparison.Ordinal);
        var report = await ReportAsync(DatedPrefix("run-pipeline-lag"));
        var failed = Assert.Single(report.Thresholds, t => !t.Passed);
        Assert.Equal("dms_lag.max", failed.Metric);
        Assert.Equal(95_000, failed.Measured);
    }

    private string Input() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["suites"] = new[] { "pipeline" },
        ["target"] = aws.DemoUrl.ToString(),
    });

    private static string Recorded(string name) => RepositoryRoot.Resolve($"tests/PerfInfra.Harness.Tests/Recorded/{name}");

    private static string DatedPrefix(string execution) => $"reports/{DateTime.UtcNow:yyyy/MM/dd}/{execution}/";

    private Task DeployConfigAsync() =>
        aws.Store.PutTextAsync(LocalAws.ConfigKey, PipelineConfig, "application/yaml", CancellationToken.None);

    private async Task<RunReport> ReportAsync(string prefix)
    {
        var json = await aws.Store.GetTextAsync(prefix + "report.json", CancellationToken.None);
        Assert.NotNull(json);
        return ReportJson.Deserialize(json, prefix);
    }
}

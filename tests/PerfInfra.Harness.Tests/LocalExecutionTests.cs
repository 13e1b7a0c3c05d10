using System.Text.Json;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// The synthesized state machine executed locally end to end: three runs, each asserted on the
/// execution's end state and on the report it left in the (s3rver) bucket.
/// </summary>
[Collection(LocalAwsCollection.Name)]
public sealed class LocalExecutionTests(LocalAws aws)
{
    private const string PassingConfig = """
        version: 1
        default_profile: full
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          full:
            api: { model: constant_arrival_rate, rate: 20/s, duration: 2s, max_in_flight: 10 }
        suites:
          api:
            thresholds:
              - "p95 < 10s"
              - "error_rate < 50%"
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
        """;

    [Fact]
    public async Task Execute_AllThresholdsPass_SucceedsWithACompleteReportInTheStore()
    {
        await DeployConfigAsync(PassingConfig);

        var result = await aws.ExecuteAsync("run-pass", Input());

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        var prefix = result.GetProperty("output").GetProperty("report").GetProperty("reportPrefix").GetString()!;
        Assert.Matches(@"^reports/\d{4}/\d{2}/\d{2}/run-pass/$", prefix);
        foreach (var name in new[] { "report.json", "report.md", "report.html", "junit.xml", "cost.json" })
        {
            Assert.NotNull(await aws.Store.GetTextAsync(prefix + name, CancellationToken.None));
        }

        var report = await ReportAsync(prefix);
        Assert.Equal("pass", report.Verdict);
        Assert.True(report.Suites.Single(s => s.Name == "api").Totals!.Requests > 0);
        Assert.Equal("not_requested", report.Suites.Single(s => s.Name == "athena").Status);
        Assert.Equal("pass", (await ReportAsync("reports/latest/")).Verdict);
    }

    [Fact]
    public async Task Execute_ThresholdBreached_FailsAndTheReportSaysWhich()
    {
        await DeployConfigAsync(PassingConfig.Replace("p95 < 10s", "p95 < 1us", StringComparison.Ordinal));

        var result = await aws.ExecuteAsync("run-breach", Input());

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("ThresholdsBreached", result.GetProperty("error").GetString());
        var report = await ReportAsync(DatedPrefix("run-breach"));
        Assert.Equal("fail", report.Verdict);
        var failed = Assert.Single(report.Thresholds, t => !t.Passed);
        Assert.Contains("p95", failed.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_OneWorkerCrashes_ReportIsErrorWithTheSurvivingShardsData()
    {
        await DeployConfigAsync(PassingConfig);
        aws.Invoke.Crash = (handler, payload) => handler == "load-worker" && payload.GetProperty("index").GetInt32() == 1;
        try
        {
            var result = await aws.ExecuteAsync("run-crash", Input());

            Assert.Equal("FAILED", result.GetProperty("status").GetString());
            Assert.Equal("RunError", result.GetProperty("error").GetString());
            var report = await ReportAsync(DatedPrefix("run-crash"));
            Assert.Equal("error", report.Verdict);
            Assert.Contains("1 of 2 shards failed", report.VerdictReason, StringComparison.Ordinal);
            Assert.True(report.Suites.Single(s => s.Name == "api").Totals!.Requests > 0);
        }
        finally
        {
            aws.Invoke.Crash = (_, _) => false;
        }
    }

    private const string AthenaConfig = """
        version: 1
        default_profile: full
        target:
          base_url: demo
          allow_hosts: [127.0.0.1]
          timeout: 5s
        profiles:
          full:
            api: { model: constant_arrival_rate, rate: 20/s, duration: 2s, max_in_flight: 10 }
            athena: { concurrency: 4, duration: 10m }
        suites:
          api:
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
          athena:
            thresholds:
              simple: ["duration.p95 < 2s"]
              complex: ["duration.p95 < 15s", "bytes_scanned.max < 1GB"]
        """;

    [Fact]
    public async Task Execute_AthenaSuiteWithRecordedResponses_ReportHasSeriesPerClassTheFailureAndJudgedThresholds()
    {
        await DeployConfigAsync(AthenaConfig);
        var input = JsonSerializer.Serialize(new Dictionary<string, object> { ["suites"] = new[] { "athena" }, ["target"] = aws.DemoUrl.ToString() });

        var result = await aws.ExecuteAsync("run-athena", input, RepositoryRoot.Resolve("tests/PerfInfra.Harness.Tests/Recorded/athena-responses.json"));

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        var report = await ReportAsync(DatedPrefix("run-athena"));
        Assert.Equal("pass", report.Verdict);
        Assert.Equal("not_requested", report.Suites.Single(s => s.Name == "api").Status);
        var athena = report.Suites.Single(s => s.Name == "athena");
        Assert.Equal("ran", athena.Status);
        // Built-in queries: three per class, one round at concurrency 4; one simple query FAILED.
        Assert.Equal(6, athena.Operations!.Total);
        Assert.Equal(1, athena.Operations.Failed);
        Assert.Equal(1, athena.Operations.FailuresByKind["query_error"]);
        var simple = athena.Series.Single(s => s.Scope == "simple" && s.Series == "duration");
        Assert.Equal(2, simple.Count);
        Assert.Equal(1420, simple.Max);
        Assert.Equal(3, athena.Series.Single(s => s.Scope == "complex" && s.Series == "duration").Count);
        Assert.Contains(athena.Series, s => s.Scope == "complex" && s.Series == "queue_time");
        Assert.Contains(athena.Series, s => s.Scope == "simple" && s.Series == "bytes_scanned");
        Assert.True(athena.Values.Single(v => v.Scope is null && v.Series == "cost").Value > 0);
        Assert.Contains(athena.Tables.Single(t => t.Title == "Athena queries").Rows, r => r[^1].Contains("COLUMN_NOT_FOUND", StringComparison.Ordinal));
        var judged = report.Thresholds.Where(t => t.Suite == "athena").ToArray();
        Assert.Equal(3, judged.Length);
        Assert.All(judged, t => Assert.True(t.Passed, t.Expression));
        Assert.Equal(1420, judged.Single(t => t.Scope.EndsWith("simple", StringComparison.Ordinal)).Measured);
    }

    private string Input() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["suites"] = new[] { "api" },
        ["target"] = aws.DemoUrl.ToString(),
    });

    private static string DatedPrefix(string execution) => $"reports/{DateTime.UtcNow:yyyy/MM/dd}/{execution}/";

    private Task DeployConfigAsync(string yaml) =>
        aws.Store.PutTextAsync(LocalAws.ConfigKey, yaml, "application/yaml", CancellationToken.None);

    private async Task<RunReport> ReportAsync(string prefix)
    {
        var json = await aws.Store.GetTextAsync(prefix + "report.json", CancellationToken.None);
        Assert.NotNull(json);
        return ReportJson.Deserialize(json, prefix);
    }
}

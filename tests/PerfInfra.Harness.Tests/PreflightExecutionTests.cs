using System.Text.Json;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// The AWS preflight through the synthesized state machine: GetStage, GetProvisionedConcurrencyConfig and
/// GetWorkGroup answered from recorded responses (Recorded/preflight-live.json, overridden per test), judged by
/// the real plan handler against the expectations the app computes, carried into the report by aggregate.
/// </summary>
[Collection(LocalAwsCollection.Name)]
public sealed class PreflightExecutionTests(LocalAws aws)
{
    private const string Config = """
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
            thresholds: ["p95 < 10s", "error_rate < 50%"]
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
        """;

    [Fact]
    public async Task Execute_OptimizationsLive_EveryCheckARowOfThePassingReport()
    {
        await DeployConfigAsync();

        var result = await aws.ExecuteAsync("run-preflight-live", Input());

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        Assert.Equal(4, result.GetProperty("output").GetProperty("preflightResponses").GetArrayLength());
        var report = await ReportAsync("run-preflight-live");
        Assert.Equal("pass", report.Verdict);
        Assert.Equal("fail", report.Preflight!.Mode);
        // The API suite depends on the stage (cluster, default TTL, throttling, six routes) and the authorizer's alias.
        Assert.Equal(10, report.Preflight.Checks.Count);
        Assert.All(report.Preflight.Checks, c => Assert.Equal(PreflightCheck.Pass, c.Status));
        Assert.Contains(report.Preflight.Checks, c => c.Name == "api cache GET /categories" && c.Actual == "caching on, 3600 s");
        Assert.Contains(report.Preflight.Checks, c => c.Name == "provisioned concurrency auth:live" && c.Actual == "READY, 5 allocated");
        Assert.DoesNotContain(report.Preflight.Checks, c => c.Name.StartsWith("athena", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Execute_AliasWithoutProvisionedConcurrency_PreflightFailedBeforeAnyLoad()
    {
        await DeployConfigAsync();
        aws.Invoke.ResetCounts();
        var recorded = """
            { "PreflightProvisionedConcurrency-auth": { "$error": "Lambda.ProvisionedConcurrencyConfigNotFoundException", "$cause": "No Provisioned Concurrency Config found for this function" } }
            """;

        var result = await aws.ExecuteWithRecordedJsonAsync("run-preflight-blocked", Input(), recorded);

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("PreflightFailed", result.GetProperty("error").GetString());
        Assert.Contains("provisioned concurrency auth:live: lambda:GetProvisionedConcurrencyConfig failed: Lambda.ProvisionedConcurrencyConfigNotFoundException",
            result.GetProperty("cause").GetString(), StringComparison.Ordinal);
        Assert.False(aws.Invoke.Invocations.ContainsKey("load-worker"), "no worker may run after a failed preflight");
        var report = await ReportAsync("run-preflight-blocked");
        Assert.Equal("fail", report.Verdict);
        Assert.StartsWith("preflight failed, no load was sent", report.VerdictReason, StringComparison.Ordinal);
        var api = report.Suites.Single(s => s.Name == "api");
        Assert.Null(api.Totals);
        Assert.Equal(PreflightCheck.Fail, report.Preflight!.Checks.Single(c => c.Name == "provisioned concurrency auth:live").Status);
        Assert.Equal(9, report.Preflight.Checks.Count(c => c.Status == PreflightCheck.Pass));
    }

    [Fact]
    public async Task Execute_CacheClusterOffInWarnMode_RunsAndTheVerdictCarriesTheWarning()
    {
        await DeployConfigAsync();
        var live = JsonDocument.Parse(await File.ReadAllTextAsync(LocalAws.LivePreflightPath)).RootElement.GetProperty("PreflightGetStage").GetRawText();
        var stage = live.Replace("\"CacheClusterStatus\": \"AVAILABLE\"", "\"CacheClusterStatus\": \"DELETE_IN_PROGRESS\"", StringComparison.Ordinal);
        Assert.NotEqual(live, stage);

        var result = await aws.ExecuteWithRecordedJsonAsync("run-preflight-warn", Input("warn"), $$"""{ "PreflightGetStage": {{stage}} }""");

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        var report = await ReportAsync("run-preflight-warn");
        Assert.Equal("pass", report.Verdict);
        Assert.EndsWith("preflight warnings: api stage cache cluster: expected enabled, 0.5 GB, AVAILABLE, found enabled, 0.5 GB, DELETE_IN_PROGRESS", report.VerdictReason, StringComparison.Ordinal);
        Assert.True(report.Suites.Single(s => s.Name == "api").Totals!.Requests > 0);
    }

    [Fact]
    public async Task Execute_PreflightOff_NoCallIsMadeAndTheReportHasNoPreflight()
    {
        await DeployConfigAsync();
        // Every preflight call fails if made: off must not make them.
        var recorded = """
            { "PreflightGetStage": { "$error": "ApiGateway.NotFoundException", "$cause": "must not be called" },
              "PreflightProvisionedConcurrency-auth": { "$error": "Lambda.ResourceNotFoundException", "$cause": "must not be called" } }
            """;

        var result = await aws.ExecuteWithRecordedJsonAsync("run-preflight-off", Input("off"), recorded);

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        // The state at the end: PreflightOff left an empty list where the calls' answers would be.
        Assert.Equal(0, result.GetProperty("output").GetProperty("preflightResponses").GetArrayLength());
        Assert.Null((await ReportAsync("run-preflight-off")).Preflight);
    }

    [Fact]
    public async Task Execute_UnknownPreflightMode_RunErrorNamingTheField()
    {
        await DeployConfigAsync();

        var result = await aws.ExecuteAsync("run-preflight-bad", Input("strict"));

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("RunError", result.GetProperty("error").GetString());
        Assert.Contains("preflight: 'strict' is not a mode: expected what a failed preflight check does", result.GetProperty("cause").GetString(), StringComparison.Ordinal);
    }

    private string Input(string? preflight = null)
    {
        var input = new Dictionary<string, object> { ["suites"] = new[] { "api" }, ["target"] = aws.DemoUrl.ToString() };
        if (preflight is not null)
        {
            input["preflight"] = preflight;
        }

        return JsonSerializer.Serialize(input);
    }

    private Task DeployConfigAsync() => aws.Store.PutTextAsync(LocalAws.ConfigKey, Config, "application/yaml", CancellationToken.None);

    private async Task<RunReport> ReportAsync(string execution)
    {
        var prefix = $"reports/{DateTime.UtcNow:yyyy/MM/dd}/{execution}/";
        var json = await aws.Store.GetTextAsync(prefix + "report.json", CancellationToken.None);
        Assert.NotNull(json);
        return ReportJson.Deserialize(json, prefix);
    }
}

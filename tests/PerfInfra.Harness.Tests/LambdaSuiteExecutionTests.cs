using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// The synthesized Lambda suite branch executed locally: plan, collect, aggregate and report are the real
/// handlers; the Lambda API calls (GetFunctionConfiguration, UpdateFunctionConfiguration, Invoke with
/// LogType Tail) answer with recorded responses shaped as AWS returns them.
/// </summary>
public sealed class LambdaSuiteExecutionTests(LocalAws aws) : IClassFixture<LocalAws>
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
            lambda: { cold_starts: 2, warm_invocations: 3 }
        suites:
          api:
            thresholds: ["p95 < 10s"]
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
          lambda:
            thresholds:
              - "cold_start.max < 3000ms"
              - "warm.p95 < 200ms"
              - "memory_used.max < 80%"
        """;

    [Fact]
    public async Task Execute_LambdaSuiteWithinThresholds_SucceedsAndTheReportJudgesColdWarmAndMemory()
    {
        await DeployConfigAsync();

        var result = await aws.ExecuteWithRecordedJsonAsync("run-lambda-pass", Input(), Recorded(demoApiInitMs: 412.35, demoApiColdMs: 23.18));

        Assert.True(result.GetProperty("status").GetString() == "SUCCEEDED", result.GetRawText());
        var report = await ReportAsync("run-lambda-pass");
        Assert.Equal("pass", report.Verdict);
        var lambda = report.Suites.Single(s => s.Name == "lambda");
        Assert.Equal("ran", lambda.Status);
        // 2 functions × (2 cold + 3 warm).
        Assert.Equal(10, lambda.Operations!.Total);
        Assert.Equal(0, lambda.Operations.Failed);
        var judged = report.Thresholds.Where(t => t.Suite == "lambda").ToArray();
        Assert.Equal(["cold_start.max", "warm.p95", "memory_used.max"], judged.Select(t => t.Metric));
        Assert.All(judged, t => Assert.True(t.Passed, $"{t.Expression}: {t.Reason}"));
        Assert.Equal(435.53, judged[0].Measured!.Value, 2);
        Assert.Equal(72.0 / 512, judged[2].Measured!.Value, 6);
        Assert.Equal(["demo-api", "auth"], lambda.Tables[0].Rows.Select(r => r[0]));
        Assert.Equal("not_requested", report.Suites.Single(s => s.Name == "api").Status);
    }

    [Fact]
    public async Task Execute_ColdStartOf3500Ms_FailsThresholdsBreachedNamingColdStart()
    {
        // Only demo-api selected: auth is not invoked.
        await DeployConfigAsync(Config.Replace("  lambda:\n    thresholds:", "  lambda:\n    functions: [demo-api]\n    thresholds:", StringComparison.Ordinal));

        var result = await aws.ExecuteWithRecordedJsonAsync("run-lambda-breach", Input(), Recorded(demoApiInitMs: 3312.40, demoApiColdMs: 187.60));

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("ThresholdsBreached", result.GetProperty("error").GetString());
        Assert.Contains("cold_start", result.GetProperty("cause").GetString(), StringComparison.Ordinal);
        var report = await ReportAsync("run-lambda-breach");
        Assert.Equal("fail", report.Verdict);
        var failed = Assert.Single(report.Thresholds, t => !t.Passed);
        Assert.Equal("cold_start.max", failed.Metric);
        Assert.Equal(3500, failed.Measured!.Value, 2);
        var lambda = report.Suites.Single(s => s.Name == "lambda");
        Assert.Equal(["demo-api"], lambda.Tables[0].Rows.Select(r => r[0]));
        Assert.Equal(5, lambda.Operations!.Total);
    }

    [Fact]
    public async Task Execute_MemorySweep_TableOfSizesAndTheFunctionsOwnSizeRestored()
    {
        await DeployConfigAsync(Config
            .Replace("lambda: { cold_starts: 2, warm_invocations: 3 }", "lambda: { cold_starts: 2, warm_invocations: 3, memory_sweep: [256, 2048], sweep_invocations: 2 }", StringComparison.Ordinal)
            .Replace("  lambda:\n    thresholds:", "  lambda:\n    functions: [demo-api]\n    thresholds:", StringComparison.Ordinal));
        var demoApi = SynthesizedDefinition.LambdaTargetNames[0].FunctionName;
        var recorded = JsonNode.Parse(Recorded(demoApiInitMs: 412.35, demoApiColdMs: 23.18))!.AsObject();
        recorded["LambdaSweepReadMemory"] = Configuration(demoApi, 1024, "Successful");
        recorded["LambdaSweepSetMemory"] = Configuration(demoApi, 256, "InProgress");
        recorded["LambdaSweepWaitForUpdate"] = new JsonArray(Configuration(demoApi, 256, "InProgress"), Configuration(demoApi, 256, "Successful"));
        // Sequential: at 256 MB a cold start then a warm invocation, then the same at 2048 MB.
        recorded["LambdaInvokeSweep"] = new JsonArray(
            Invoke("REPORT RequestId: 11111111-0000-4000-8000-000000000001\tDuration: 61.50 ms\tBilled Duration: 512 ms\tMemory Size: 256 MB\tMax Memory Used: 80 MB\tInit Duration: 450.10 ms\t"),
            Invoke("REPORT RequestId: 11111111-0000-4000-8000-000000000002\tDuration: 38.20 ms\tBilled Duration: 39 ms\tMemory Size: 256 MB\tMax Memory Used: 81 MB\t"),
            Invoke("REPORT RequestId: 11111111-0000-4000-8000-000000000003\tDuration: 9.70 ms\tBilled Duration: 320 ms\tMemory Size: 2048 MB\tMax Memory Used: 88 MB\tInit Duration: 310.00 ms\t"),
            Invoke("REPORT RequestId: 11111111-0000-4000-8000-000000000004\tDuration: 3.10 ms\tBilled Duration: 4 ms\tMemory Size: 2048 MB\tMax Memory Used: 88 MB\t"));
        // Only a restore to the size read at the start (1024 MB) is answered: any other would fail the execution.
        recorded["LambdaSweepRestoreMemory"] = new JsonArray(new JsonObject
        {
            ["match"] = new JsonObject { ["FunctionName"] = demoApi, ["MemorySize"] = 1024 },
            ["response"] = Configuration(demoApi, 1024, "InProgress"),
        });
        recorded["LambdaSweepWaitForRestore"] = new JsonArray(Configuration(demoApi, 1024, "InProgress"), Configuration(demoApi, 1024, "Successful"));

        var result = await aws.ExecuteWithRecordedJsonAsync("run-lambda-sweep", Input(), recorded.ToJsonString());

        Assert.True(result.GetProperty("status").GetString() == "SUCCEEDED", result.GetRawText());
        var lambda = (await ReportAsync("run-lambda-sweep")).Suites.Single(s => s.Name == "lambda");
        var sweep = lambda.Tables.Single(t => t.Title.StartsWith("Memory sweep: demo-api", StringComparison.Ordinal));
        Assert.Equal(["256 MB", "2048 MB"], sweep.Rows.Select(r => r[0]));
        Assert.Equal(["38.20 ms", "3.10 ms"], sweep.Rows.Select(r => r[2]));
        // 256 MB: 39 ms billed ≈ $0.33/1M; 2048 MB: 4 ms ≈ $0.31/1M, and 12× faster: it wins all three.
        Assert.Equal(["", "fastest, cheapest, balanced"], sweep.Rows.Select(r => r[^1]));
        Assert.Contains("(1024 MB) was restored", sweep.Note, StringComparison.Ordinal);
        // The deployed size's measurements are untouched by the sweep: 2 cold + 3 warm.
        Assert.Equal(5, lambda.Operations!.Total);
    }

    private string Input() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["suites"] = new[] { "lambda" },
        ["target"] = aws.DemoUrl.ToString(),
    });

    private Task DeployConfigAsync(string yaml = Config) =>
        aws.Store.PutTextAsync(LocalAws.ConfigKey, yaml, "application/yaml", CancellationToken.None);

    private async Task<RunReport> ReportAsync(string execution)
    {
        var prefix = $"reports/{DateTime.UtcNow:yyyy/MM/dd}/{execution}/";
        var json = await aws.Store.GetTextAsync(prefix + "report.json", CancellationToken.None);
        Assert.NotNull(json);
        return ReportJson.Deserialize(json, prefix);
    }

    /// <summary>
    /// What the Lambda API answers for the two targets: GetFunctionConfiguration (the environment, then
    /// one InProgress poll before Successful), UpdateFunctionConfiguration, and Invoke results whose
    /// LogResult is the base64 of the log's tail ending in the REPORT line.
    /// </summary>
    private static string Recorded(double demoApiInitMs, double demoApiColdMs)
    {
        var (demoApi, auth) = (SynthesizedDefinition.LambdaTargetNames[0].FunctionName, SynthesizedDefinition.LambdaTargetNames[1].FunctionName);
        var recorded = new JsonObject
        {
            ["LambdaReadEnvironment"] = new JsonArray(
                Match(demoApi, Configuration(demoApi, 1024, "Successful")),
                Match(auth, Configuration(auth, 512, "Successful"))),
            ["LambdaForceColdStart"] = Configuration(demoApi, 1024, "InProgress"),
            ["LambdaWaitForUpdate"] = new JsonArray(Configuration(demoApi, 1024, "InProgress"), Configuration(demoApi, 1024, "Successful")),
            ["LambdaInvokeCold"] = new JsonArray(
                Match(demoApi, Invoke($"REPORT RequestId: 0c4f5b0e-1d2a-4a8e-9d55-6f1f3c2a7b10\tDuration: {demoApiColdMs:0.00} ms\tBilled Duration: {Math.Ceiling(demoApiColdMs + demoApiInitMs):0} ms\tMemory Size: 1024 MB\tMax Memory Used: 88 MB\tInit Duration: {demoApiInitMs:0.00} ms\t\nXRAY TraceId: 1-6745a1b2-3c4d5e6f7a8b9c0d1e2f3a4b\tSegmentId: 1a2b3c4d5e6f7a8b\tSampled: true\t")),
                Match(auth, Invoke("REPORT RequestId: 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\tDuration: 3.12 ms\tBilled Duration: 202 ms\tMemory Size: 512 MB\tMax Memory Used: 71 MB\tInit Duration: 198.40 ms\t"))),
            // Only the environment read at the start (no PERF_COLD_START) is answered: any other would fail the execution.
            ["LambdaRestoreEnvironment"] = new JsonArray(
                RestoreMatch(demoApi, Configuration(demoApi, 1024, "InProgress")),
                RestoreMatch(auth, Configuration(auth, 512, "InProgress"))),
            ["LambdaWaitForRestoreEnvironment"] = new JsonArray(Configuration(demoApi, 1024, "InProgress"), Configuration(demoApi, 1024, "Successful")),
            ["LambdaInvokeWarm"] = new JsonArray(
                Match(demoApi, Invoke("REPORT RequestId: 4b3a2918-0f7e-4d6c-9b5a-483726150f4e\tDuration: 4.21 ms\tBilled Duration: 5 ms\tMemory Size: 1024 MB\tMax Memory Used: 88 MB\t")),
                Match(auth, Invoke("REPORT RequestId: 7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d\tDuration: 1.83 ms\tBilled Duration: 2 ms\tMemory Size: 512 MB\tMax Memory Used: 72 MB\t"))),
        };
        return recorded.ToJsonString();
    }

    private static JsonObject RestoreMatch(string functionName, JsonNode response) => new()
    {
        ["match"] = new JsonObject
        {
            ["FunctionName"] = functionName,
            ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["AWS_NODEJS_CONNECTION_REUSE_ENABLED"] = "1" } },
        },
        ["response"] = response,
    };

    private static JsonObject Match(string functionName, JsonNode response) => new()
    {
        ["match"] = new JsonObject { ["FunctionName"] = functionName },
        ["response"] = response,
    };

    private static JsonObject Configuration(string functionName, int memoryMb, string lastUpdateStatus) => new()
    {
        ["FunctionName"] = functionName,
        ["FunctionArn"] = $"arn:aws:lambda:us-east-1:123456789012:function:{functionName}",
        ["Runtime"] = "nodejs24.x",
        ["Handler"] = "index.handler",
        ["MemorySize"] = memoryMb,
        ["Architectures"] = new JsonArray("arm64"),
        ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["AWS_NODEJS_CONNECTION_REUSE_ENABLED"] = "1" } },
        ["State"] = "Active",
        ["LastUpdateStatus"] = lastUpdateStatus,
    };

    private static JsonObject Invoke(string reportLine)
    {
        var requestId = reportLine.Split('\t')[0]["REPORT RequestId: ".Length..];
        var log = $"START RequestId: {requestId} Version: $LATEST\n{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}\t{requestId}\tINFO\thandled\nEND RequestId: {requestId}\n{reportLine}\n";
        return new JsonObject
        {
            ["StatusCode"] = 200,
            ["ExecutedVersion"] = "$LATEST",
            ["LogResult"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(log)),
            ["Payload"] = """{"statusCode":200,"body":"{\"status\":\"ok\"}"}""",
        };
    }
}

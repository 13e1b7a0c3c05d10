using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfInfra.Engine.Reporting;
using PerfInfra.Harness.Tests.Support;

namespace PerfInfra.Harness.Tests;

/// <summary>
/// A worker result above its share of Step Functions' 256 KB state limit (issue #4): many scenarios and
/// steps make each shard's histograms too large to travel in the state, so the worker writes them to
/// the bucket (s3rver) and the state carries only the key; aggregate reads them back and the report
/// covers every scenario.
/// </summary>
[Collection(LocalAwsCollection.Name)]
public sealed class LargeResultExecutionTests(LocalAws aws)
{
    private const int Scenarios = 100;
    private const int StepsPerScenario = 8;

    /// <summary>A shard's share when the Map gathers 2 shards' outputs (LoadWorkerHandler: limit ÷ (shards + 1)).</summary>
    private const int ShareOfTheStateLimit = 256 * 1024 / 3;

    [Fact]
    public async Task Execute_WorkerResultsAboveTheirShare_TravelThroughS3AndAggregateReadsThemBack()
    {
        await aws.Store.PutTextAsync(LocalAws.ConfigKey, ManyScenariosConfig(), "application/yaml", CancellationToken.None);
        var input = JsonSerializer.Serialize(new Dictionary<string, object> { ["suites"] = new[] { "api" }, ["target"] = aws.DemoUrl.ToString() });

        var result = await aws.ExecuteAsync("run-large", input);

        Assert.True(result.GetProperty("status").GetString() == "SUCCEEDED", $"{result.GetProperty("status")}: {(result.TryGetProperty("cause", out var cause) ? cause.GetString() : string.Empty)}");
        var workers = result.GetProperty("output").GetProperty("suites")[0].GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(2, workers.Count);
        foreach (var worker in workers)
        {
            Assert.False(worker.TryGetProperty("result", out _), "the result travelled in the state");
            var key = worker.GetProperty("resultKey").GetString()!;
            Assert.Matches(@"^runs/run-large/workers/\d\.json$", key);
            var stored = await aws.Store.GetTextAsync(key, CancellationToken.None);
            Assert.NotNull(stored);
            Assert.True(Encoding.UTF8.GetByteCount(stored) > ShareOfTheStateLimit, $"{key} is {stored.Length} bytes: not large enough to prove the spill");
        }

        var prefix = result.GetProperty("output").GetProperty("report").GetProperty("reportPrefix").GetString()!;
        var report = ReportJson.Deserialize((await aws.Store.GetTextAsync(prefix + "report.json", CancellationToken.None))!, prefix);
        var api = report.Suites.Single(s => s.Name == "api");
        Assert.Equal(Scenarios, api.Scenarios.Count);
        Assert.Equal(api.Totals!.Requests, api.Scenarios.Sum(s => s.Measurements.Requests));
        Assert.True(api.Totals.Requests > 0);
        using var cost = JsonDocument.Parse((await aws.Store.GetTextAsync(prefix + "cost.json", CancellationToken.None))!);
        // CostEstimator: 12 fixed + 1 per shard × 2 + 2 per spilled result (put, get) × 2.
        Assert.Equal(18, cost.RootElement.GetProperty("s3Requests").GetInt64());
    }

    /// <summary>
    /// The demo platform's product pages as many scenarios of many steps: each step carries its own
    /// histograms, so the result's size comes from the config's shape, not from the load (2 shards of 10/s).
    /// </summary>
    private static string ManyScenariosConfig()
    {
        var yaml = new StringBuilder("""
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

            """);
        for (var s = 0; s < Scenarios; s++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"      - name: browse-{s}\n        weight: 1\n        steps:\n");
            for (var step = 0; step < StepsPerScenario; step++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"          - {{ name: page {step}, get: \"/api/products?page={step + 1}\" }}\n");
            }
        }

        return yaml.ToString();
    }
}

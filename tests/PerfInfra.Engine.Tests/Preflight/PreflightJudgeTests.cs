using System.Text.Json;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Preflight;

public sealed class PreflightJudgeTests
{
    private static readonly AwsPreflightExpectations Expected = new("0.5", 300, 1000, 2000, 10, "perfinfra-optimized", 10_737_418_240);

    /// <summary>As Step Functions' SDK integrations return them (PascalCase), recorded shapes.</summary>
    private const string LiveResponses = """
        {
          "Stage": {
            "StageName": "prod", "CacheClusterEnabled": true, "CacheClusterSize": "0.5", "CacheClusterStatus": "AVAILABLE",
            "MethodSettings": { "*/*": { "CachingEnabled": true, "CacheTtlInSeconds": 300, "ThrottlingRateLimit": 1000.0, "ThrottlingBurstLimit": 2000, "MetricsEnabled": true } }
          },
          "ProvisionedConcurrency": [
            { "FunctionName": "orders-api", "RequestedProvisionedConcurrentExecutions": 10, "AvailableProvisionedConcurrentExecutions": 10, "AllocatedProvisionedConcurrentExecutions": 10, "Status": "READY" },
            { "FunctionName": "recommendations", "RequestedProvisionedConcurrentExecutions": 10, "AllocatedProvisionedConcurrentExecutions": 4, "Status": "IN_PROGRESS" }
          ],
          "WorkGroup": { "WorkGroup": { "Name": "perfinfra-optimized", "State": "ENABLED",
            "Configuration": { "EnforceWorkGroupConfiguration": true, "BytesScannedCutoffPerQuery": 10737418240, "PublishCloudWatchMetricsEnabled": true } } }
        }
        """;

    [Fact]
    public void Judge_RecordedResponses_OneCheckPerOptimizationAndTheNotReadyFunctionFails()
    {
        using var doc = JsonDocument.Parse(LiveResponses);

        var checks = AwsPreflightJudge.Judge(Expected, doc.RootElement);

        Assert.Equal(
            ["api stage cache cluster", "api cache ttl", "api throttling", "provisioned concurrency orders-api", "provisioned concurrency recommendations", "athena workgroup"],
            checks.Select(c => c.Name));
        Assert.Equal([PreflightCheck.Pass, PreflightCheck.Pass, PreflightCheck.Pass, PreflightCheck.Pass, PreflightCheck.Fail, PreflightCheck.Pass], checks.Select(c => c.Status));
        Assert.Equal("expected READY, 10 allocated, found IN_PROGRESS, 4 allocated", checks[4].Reason);
    }

    [Fact]
    public void Judge_CacheClusterOffAndCamelCase_FailsNamingWhatWasFound()
    {
        using var doc = JsonDocument.Parse("""{ "stage": { "cacheClusterEnabled": false, "methodSettings": { "*/*": { "cachingEnabled": false, "cacheTtlInSeconds": 0, "throttlingRateLimit": 1000, "throttlingBurstLimit": 2000 } } } }""");

        var checks = AwsPreflightJudge.Judge(Expected, doc.RootElement);

        Assert.Equal("expected enabled, 0.5 GB, AVAILABLE, found disabled, ? GB, ?", checks[0].Reason);
        Assert.Equal(PreflightCheck.Fail, checks[1].Status);
        Assert.Equal(PreflightCheck.Pass, checks[2].Status);
        Assert.Equal("the preflight response has no ProvisionedConcurrency", checks[3].Reason);
        Assert.Equal("the preflight response has no WorkGroup.WorkGroup", checks[4].Reason);
    }

    [Theory]
    [InlineData("""{"cache_enabled":true,"latency_scale":1}""", PreflightCheck.Pass)]
    [InlineData("""{"cache_enabled":false}""", PreflightCheck.Fail)]
    [InlineData("""{"ok":true}""", PreflightCheck.Skipped)]
    [InlineData("not json", PreflightCheck.Skipped)]
    [InlineData(null, PreflightCheck.Skipped)]
    public void JudgeSwitches_DemoPlatformAnswer_FailsOnlyWhenTheCacheIsKnownOff(string? body, string status) =>
        Assert.Equal(status, DemoPlatformPreflight.JudgeSwitches(body).Status);

    [Fact]
    public void Judge_FailedPreflightInFailMode_FailsTheVerdictWhateverTheThresholds()
    {
        var preflight = new PreflightResult(PreflightMode.Fail, [DemoPlatformPreflight.JudgeSwitches("""{"cache_enabled":false}""")]);

        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Completed, null, [], preflight);

        Assert.Equal(Verdict.Fail, verdict);
        Assert.Equal("preflight failed, no load was sent: api response cache enabled: expected on, found off", reason);
    }

    [Fact]
    public void Judge_FailedPreflightInWarnMode_VerdictFromTheRunWithAWarning()
    {
        var preflight = new PreflightResult(PreflightMode.Warn, [DemoPlatformPreflight.JudgeSwitches("""{"cache_enabled":false}""")]);

        var (verdict, reason) = VerdictJudge.Judge(RunCompletion.Interrupted, "Ctrl-C", [], preflight);

        Assert.Equal(Verdict.Partial, verdict);
        Assert.EndsWith("preflight warnings: api response cache enabled: expected on, found off", reason, StringComparison.Ordinal);
    }
}

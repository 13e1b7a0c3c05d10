using System.Text.Json;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Preflight;
using PerfInfra.Engine.Reporting;

namespace PerfInfra.Engine.Tests.Preflight;

public sealed class PreflightJudgeTests
{
    private static readonly AwsPreflightExpectations Expected = new(
        new ApiStageExpectation("0.5", 300, 1000, 2000, [new("/categories", "GET", 3600), new("/products/{id}", "GET", 300), new("/orders", "POST", null)]),
        [new("auth", "live", 5)],
        [new("perfinfra-simple", 1_073_741_824), new("perfinfra-complex", 10_737_418_240)]);

    /// <summary>As the state machine hands them to plan: Step Functions' SDK integrations answer in PascalCase.</summary>
    private const string LiveResponses = """
        [
          { "check": "stage", "name": "prod", "response": {
            "StageName": "prod", "CacheClusterEnabled": true, "CacheClusterSize": "0.5", "CacheClusterStatus": "AVAILABLE",
            "MethodSettings": {
              "*/*": { "CachingEnabled": true, "CacheTtlInSeconds": 300, "ThrottlingRateLimit": 1000.0, "ThrottlingBurstLimit": 2000, "MetricsEnabled": true },
              "~1categories/GET": { "CachingEnabled": true, "CacheTtlInSeconds": 3600 },
              "~1products~1{id}/GET": { "CachingEnabled": true, "CacheTtlInSeconds": 300 },
              "~1orders/POST": { "CachingEnabled": false, "CacheTtlInSeconds": 300 } } } },
          { "check": "provisioned_concurrency", "name": "auth", "response": {
            "RequestedProvisionedConcurrentExecutions": 7, "AvailableProvisionedConcurrentExecutions": 7, "AllocatedProvisionedConcurrentExecutions": 7, "Status": "READY" } },
          { "check": "workgroup", "name": "perfinfra-simple", "response": { "WorkGroup": { "Name": "perfinfra-simple", "State": "ENABLED",
            "Configuration": { "EnforceWorkGroupConfiguration": true, "BytesScannedCutoffPerQuery": 1073741824 } } } },
          { "check": "workgroup", "name": "perfinfra-complex", "response": { "WorkGroup": { "Name": "perfinfra-complex", "State": "ENABLED",
            "Configuration": { "EnforceWorkGroupConfiguration": true, "BytesScannedCutoffPerQuery": 10737418240 } } } }
        ]
        """;

    private static IReadOnlyList<PreflightCheck> JudgeLive(Func<string, string> edit, AwsPreflightExpectations? expected = null)
    {
        using var doc = JsonDocument.Parse(edit(LiveResponses));
        return AwsPreflightJudge.Judge(expected ?? Expected, doc.RootElement);
    }

    [Fact]
    public void Judge_LivePlatform_OneCheckPerExpectationAllPass()
    {
        var checks = JudgeLive(s => s);

        Assert.Equal(
            ["api stage cache cluster", "api cache ttl (stage default)", "api throttling", "api cache GET /categories", "api cache GET /products/{id}",
                "api cache POST /orders", "provisioned concurrency auth:live", "athena workgroup perfinfra-simple", "athena workgroup perfinfra-complex"],
            checks.Select(c => c.Name));
        Assert.All(checks, c => Assert.Equal(PreflightCheck.Pass, c.Status));
    }

    [Fact]
    public void Judge_ProvisionedConcurrencyStillAllocating_FailsWithStatusAndCount()
    {
        var checks = JudgeLive(s => s.Replace("\"AllocatedProvisionedConcurrentExecutions\": 7, \"Status\": \"READY\"", "\"AllocatedProvisionedConcurrentExecutions\": 2, \"Status\": \"IN_PROGRESS\"", StringComparison.Ordinal));

        var pc = Assert.Single(checks, c => c.Name == "provisioned concurrency auth:live");
        Assert.Equal(PreflightCheck.Fail, pc.Status);
        Assert.Equal("expected READY, at least 5 allocated, found IN_PROGRESS, 2 allocated", pc.Reason);
        Assert.Single(checks, c => c.Status == PreflightCheck.Fail);
    }

    [Fact]
    public void Judge_ProvisionedConcurrencyScaledAboveTheFloor_Passes()
    {
        var checks = JudgeLive(s => s, Expected with { ProvisionedConcurrency = [new("auth", "live", 7)] });

        Assert.Equal(PreflightCheck.Pass, Assert.Single(checks, c => c.Name == "provisioned concurrency auth:live").Status);
    }

    [Fact]
    public void Judge_RouteServedFromCacheThatMustNotBe_FailsThatRoute()
    {
        var checks = JudgeLive(s => s.Replace("\"~1orders/POST\": { \"CachingEnabled\": false", "\"~1orders/POST\": { \"CachingEnabled\": true", StringComparison.Ordinal));

        var failed = Assert.Single(checks, c => c.Status == PreflightCheck.Fail);
        Assert.Equal("api cache POST /orders", failed.Name);
        Assert.Equal("expected caching off, found caching on, 300 s", failed.Reason);
    }

    [Fact]
    public void Judge_CallFailedAndCacheClusterOff_FailsNamingTheErrorAndWhatWasFound()
    {
        var responses = """
            [ { "check": "stage", "name": "prod", "response": { "cacheClusterEnabled": false, "methodSettings": { "*/*": { "cachingEnabled": false, "cacheTtlInSeconds": 0, "throttlingRateLimit": 1000, "throttlingBurstLimit": 2000 } } } },
              { "check": "provisioned_concurrency", "name": "auth", "error": { "Error": "Lambda.ProvisionedConcurrencyConfigNotFoundException", "Cause": "No Provisioned Concurrency Config found for this function (Service: Lambda, Status Code: 404)" } } ]
            """;
        using var doc = JsonDocument.Parse(responses);

        var checks = AwsPreflightJudge.Judge(Expected, doc.RootElement);

        Assert.Equal("expected enabled, 0.5 GB, AVAILABLE, found disabled, ? GB, ?", checks[0].Reason);
        Assert.Equal("expected caching on, 300 s, found caching off", checks[1].Reason);
        Assert.Equal(PreflightCheck.Pass, checks[2].Status);
        Assert.Equal("the preflight response has no MethodSettings[\"~1categories/GET\"]", checks[3].Reason);
        Assert.Equal(
            "lambda:GetProvisionedConcurrencyConfig failed: Lambda.ProvisionedConcurrencyConfigNotFoundException: No Provisioned Concurrency Config found for this function (Service: Lambda, Status Code: 404)",
            Assert.Single(checks, c => c.Name == "provisioned concurrency auth:live").Reason);
        Assert.Equal("the preflight made no athena:GetWorkGroup call for it", Assert.Single(checks, c => c.Name == "athena workgroup perfinfra-simple").Reason);
        Assert.DoesNotContain(checks, c => c.Status == PreflightCheck.Pass && c.Name != "api throttling");
    }

    [Fact]
    public void Judge_WorkgroupNotEnforcingItsCutoff_Fails()
    {
        var checks = JudgeLive(s => s.Replace("\"EnforceWorkGroupConfiguration\": true, \"BytesScannedCutoffPerQuery\": 1073741824 }", "\"EnforceWorkGroupConfiguration\": false }", StringComparison.Ordinal));

        Assert.Equal("expected ENABLED, settings enforced, cutoff 1073741824 B, found ENABLED, settings not enforced, cutoff ? B",
            Assert.Single(checks, c => c.Status == PreflightCheck.Fail).Reason);
    }

    [Theory]
    [InlineData(true, false, false, false, 7)]
    [InlineData(false, true, false, false, 2)]
    [InlineData(false, false, false, true, 1)]
    [InlineData(true, true, true, true, 9)]
    public void ForSuites_OnlyWhatTheRequestedSuitesDependOn(bool api, bool athena, bool pipeline, bool lambda, int checks) =>
        Assert.Equal(checks, JudgeLive(s => s, Expected.ForSuites(api, athena, pipeline, lambda)).Count);

    [Fact]
    public void MethodSettingsKey_PathSlashesEncodedAsApiGatewayReturnsThem() =>
        Assert.Equal("~1products~1{id}/GET", new RouteCacheExpectation("/products/{id}", "GET", 300).MethodSettingsKey);

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

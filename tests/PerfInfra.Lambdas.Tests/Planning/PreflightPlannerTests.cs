using System.Text.Json;
using PerfInfra.Engine.Preflight;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Planning;

/// <summary>The plan step judging the preflight: mode, the expectations from the environment, the shards it then makes.</summary>
public sealed class PreflightPlannerTests
{
    private const string Target = "http://127.0.0.1:8080/";

    private static readonly AwsPreflightExpectations Expected = new(
        new ApiStageExpectation("0.5", 300, 2000, 5000, []),
        [new("auth", "live", 5)],
        [new("perfinfra-simple", 1_073_741_824)]);

    private const string Live = """
        [ { "check": "stage", "name": "prod", "response": { "CacheClusterEnabled": true, "CacheClusterSize": "0.5", "CacheClusterStatus": "AVAILABLE",
            "MethodSettings": { "*/*": { "CachingEnabled": true, "CacheTtlInSeconds": 300, "ThrottlingRateLimit": 2000.0, "ThrottlingBurstLimit": 5000 } } } },
          { "check": "provisioned_concurrency", "name": "auth", "response": { "AllocatedProvisionedConcurrentExecutions": 5, "Status": "READY" } },
          { "check": "workgroup", "name": "perfinfra-simple", "response": { "WorkGroup": { "State": "ENABLED", "Configuration": { "EnforceWorkGroupConfiguration": true, "BytesScannedCutoffPerQuery": 1073741824 } } } } ]
        """;

    [Fact]
    public async Task HandleAsync_LivePlatform_ChecksTheApiSuitesDependenciesAndPlansShards()
    {
        var plan = await PlanAsync(new RunRequest(Users: 100, Target: Target), Live);

        Assert.Equal("fail", plan.Preflight.Mode);
        Assert.False(plan.Preflight.Blocks);
        Assert.Equal(["api stage cache cluster", "api cache ttl (stage default)", "api throttling", "provisioned concurrency auth:live"], plan.Preflight.Checks.Select(c => c.Name));
        Assert.All(plan.Preflight.Checks, c => Assert.Equal(PreflightCheck.Pass, c.Status));
        Assert.Equal(2, plan.Shards.Count);
    }

    [Fact]
    public async Task HandleAsync_FailedCheckInFailMode_BlocksAndMakesNoShard()
    {
        var plan = await PlanAsync(new RunRequest(Users: 100, Target: Target), Live.Replace("\"Status\": \"READY\"", "\"Status\": \"FAILED\"", StringComparison.Ordinal));

        Assert.True(plan.Preflight.Blocks);
        Assert.Empty(plan.Shards);
        Assert.Equal("provisioned concurrency auth:live: expected READY, at least 5 allocated, found FAILED, 5 allocated", plan.Preflight.Reason);
        Assert.False(plan.Preflight.ToResult()!.Checks.All(c => c.Status == PreflightCheck.Pass));
    }

    [Fact]
    public async Task HandleAsync_FailedCheckInWarnMode_PlansAnyway()
    {
        var plan = await PlanAsync(new RunRequest(Users: 100, Target: Target, Preflight: "warn"), Live.Replace("\"Status\": \"READY\"", "\"Status\": \"FAILED\"", StringComparison.Ordinal));

        Assert.False(plan.Preflight.Blocks);
        Assert.NotNull(plan.Preflight.Reason);
        Assert.Equal(2, plan.Shards.Count);
    }

    [Fact]
    public async Task HandleAsync_PreflightOff_NoChecksNothingInTheReport()
    {
        var plan = await PlanAsync(new RunRequest(Users: 100, Target: Target, Preflight: "off"), "[]");

        Assert.Equal("off", plan.Preflight.Mode);
        Assert.Empty(plan.Preflight.Checks);
        Assert.Null(plan.Preflight.ToResult());
    }

    [Fact]
    public async Task HandleAsync_AthenaOnly_ChecksTheWorkgroupsNotTheApi()
    {
        var plan = await PlanAsync(new RunRequest(Suites: ["athena"], Target: Target), Live);

        Assert.Equal(["athena workgroup perfinfra-simple"], plan.Preflight.Checks.Select(c => c.Name));
    }

    [Fact]
    public async Task HandleAsync_NoExpectationsDeployed_OneSkippedRowNeverAPass()
    {
        var plan = await PlanAsync(new RunRequest(Users: 100, Target: Target), Live, withExpectations: false);

        var check = Assert.Single(plan.Preflight.Checks);
        Assert.Equal(PreflightCheck.Skipped, check.Status);
        Assert.Contains(LambdaSettings.PreflightExpectedVariable, check.Reason, StringComparison.Ordinal);
        Assert.False(plan.Preflight.Blocks);
    }

    [Fact]
    public void Read_ExpectationsNotJson_InitErrorNamingTheVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestSettings.Create(new() { [LambdaSettings.PreflightExpectedVariable] = "{stage:" }));

        Assert.StartsWith($"{LambdaSettings.PreflightExpectedVariable} is not the expectations JSON the stack writes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"preflight":"strict"}""", "preflight: 'strict' is not a mode: expected what a failed preflight check does: \"fail\"")]
    [InlineData("""{"preflight":false}""", "preflight: got false: expected what a failed preflight check does")]
    public void Check_BadPreflightField_OneProblemNamingWhatIsAccepted(string input, string problem)
    {
        using var doc = JsonDocument.Parse(input);

        Assert.StartsWith(problem, Assert.Single(PerfInfra.Lambdas.Planning.RunRequestShape.Check(doc.RootElement)), StringComparison.Ordinal);
    }

    private static async Task<RunPlan> PlanAsync(RunRequest request, string responses, bool withExpectations = true)
    {
        var env = new Dictionary<string, string>();
        if (withExpectations)
        {
            env[LambdaSettings.PreflightExpectedVariable] = JsonSerializer.Serialize(Expected, LambdaJsonContext.Default.AwsPreflightExpectations);
        }

        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create(env), NoKillSwitch.Instance);
        using var preflight = JsonDocument.Parse(responses);
        var payload = JsonSerializer.Serialize(new PlanInput("exec-1", request, preflight.RootElement.Clone()), LambdaJsonContext.Default.PlanInput);
        var json = await sut.HandleAsync(new Invocation("req", payload, DateTimeOffset.UtcNow.AddMinutes(1), null, null), CancellationToken.None);
        return JsonSerializer.Deserialize(json, LambdaJsonContext.Default.RunPlan)!;
    }
}

using System.Text.Json;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Handlers;

public sealed class PlanHandlerTests
{
    private const string Target = "http://127.0.0.1:9/";

    [Fact]
    public async Task HandleAsync_ThousandUsers_SplitsIntoTwentyShardsOfFifty()
    {
        var plan = await PlanAsync(new RunRequest(Users: 1000, Target: Target));

        Assert.Equal(20, plan.Shards.Count);
        Assert.All(plan.Shards, s => Assert.Equal(20, s.Count));
        Assert.Equal(Enumerable.Range(0, 20), plan.Shards.Select(s => s.Index));
        Assert.Equal(1000, plan.Users);
        Assert.Equal("full", plan.Profile);
        Assert.True(plan.Suites.Api);
        Assert.False(plan.Suites.Athena);
    }

    [Fact]
    public async Task HandleAsync_ApiNotRequested_HasNoShards()
    {
        var plan = await PlanAsync(new RunRequest(Suites: ["athena"], Target: Target));

        Assert.Empty(plan.Shards);
        Assert.True(plan.Suites.Athena);
        Assert.False(plan.Suites.Api);
    }

    [Fact]
    public async Task HandleAsync_BadInput_RejectsListingEveryProblem()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() =>
            PlanAsync(new RunRequest(Suites: ["api", "browser"], Duration: "soon", Target: Target)));

        Assert.Contains("'browser' is not a suite", error.Message, StringComparison.Ordinal);
        Assert.Contains("duration: 'soon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UsersAboveSafetyCap_Rejected()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => PlanAsync(new RunRequest(Users: 50_000, Target: Target)));

        Assert.Contains("users", error.Message, StringComparison.Ordinal);
        Assert.Contains("safety.max_users", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TargetNotOnAllowList_Rejected()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => PlanAsync(new RunRequest(Target: "https://evil.example.com/")));

        Assert.Contains("allow-list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DemoTargetWithoutOverride_RejectedWithHowToFix()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => PlanAsync(new RunRequest()));

        Assert.Contains("target.base_url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ConfigKeyMissingFromBucket_RejectedNamingTheKey()
    {
        var settings = TestSettings.Create(new() { [LambdaSettings.ConfigKeyVariable] = "config/load-test-config.yaml" });
        var sut = new PlanHandler(new InMemoryObjectStore(), settings, NoKillSwitch.Instance);

        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => sut.HandleAsync(Invocation(new RunRequest(Target: Target)), CancellationToken.None));

        Assert.Contains("config/load-test-config.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_PipelineRequested_CarriesTheProfilesRecordCount()
    {
        var plan = await PlanAsync(new RunRequest(Suites: ["pipeline"], Target: Target));

        Assert.True(plan.Suites.Pipeline);
        Assert.Equal(100_000, plan.PipelineRecords);
    }

    [Fact]
    public async Task HandleAsync_PipelineNotRequested_HasNoRecordCount()
    {
        var plan = await PlanAsync(new RunRequest(Target: Target));

        Assert.Null(plan.PipelineRecords);
    }

    [Fact]
    public async Task HandleAsync_KillSwitchSaysStop_RefusesNamingTheSwitchAndHowToAllowRunsAgain()
    {
        const string name = "/perfinfra/test/kill-switch";
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[name] = "stop";
        using var killSwitch = ssm.KillSwitch(name);
        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create(), killSwitch);

        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => sut.HandleAsync(Invocation(new RunRequest(Target: Target)), CancellationToken.None));

        Assert.Contains($"kill switch {name} is 'stop', so no run may start", error.Message, StringComparison.Ordinal);
        Assert.Contains($"aws ssm put-parameter --name {name} --value run --overwrite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_KillSwitchRun_Plans()
    {
        const string name = "/perfinfra/test/kill-switch";
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[name] = "run";
        using var killSwitch = ssm.KillSwitch(name);
        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create(), killSwitch);

        var plan = JsonSerializer.Deserialize(await sut.HandleAsync(Invocation(new RunRequest(Users: 100, Target: Target)), CancellationToken.None), LambdaJsonContext.Default.RunPlan)!;

        Assert.Equal(2, plan.Shards.Count);
        Assert.Single(ssm.Requests);
    }

    [Fact]
    public async Task HandleAsync_KillSwitchParameterMissing_FailsClosed()
    {
        await using var ssm = new LocalSsmServer();
        using var killSwitch = ssm.KillSwitch("/perfinfra/test/deleted");
        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create(), killSwitch);

        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => sut.HandleAsync(Invocation(new RunRequest(Target: Target)), CancellationToken.None));

        Assert.Contains("kill switch /perfinfra/test/deleted: could not read it (ParameterNotFoundException", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A whole config in the execution input: its own profile, scenario and thresholds.</summary>
    private const string InputConfig = """
        version: 1
        default_profile: smoke
        target:
          base_url: http://127.0.0.1:9/
          allow_hosts: [127.0.0.1, 10.9.9.9]
        safety: { max_users: 5000 }
        profiles:
          smoke:
            api: { model: constant_arrival_rate, rate: 30/s, duration: 20s, max_in_flight: 120 }
        suites:
          api:
            thresholds: ["p99 < 300ms"]
            scenarios:
              - name: health
                weight: 1
                steps:
                  - { name: health, get: /health }
        """;

    [Fact]
    public async Task HandleAsync_ConfigInTheInput_ReplacesTheDeployedOne()
    {
        var plan = await PlanAsync(new RunRequest(Config: InputConfig));

        Assert.Equal("smoke", plan.Profile);
        Assert.Equal(30, plan.Rate);
        Assert.Equal(20, plan.DurationSeconds);
        Assert.Equal("http://127.0.0.1:9/", plan.Target);
    }

    [Fact]
    public async Task HandleAsync_ConfigInTheInputWidensTheAllowList_TheDeployedListStillDecides()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() =>
            PlanAsync(new RunRequest(Config: InputConfig.Replace("base_url: http://127.0.0.1:9/", "base_url: http://10.9.9.9/", StringComparison.Ordinal))));

        Assert.Contains("10.9.9.9", error.Message, StringComparison.Ordinal);
        Assert.Contains("allow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecutionConfig_InputRaisesCapsAndWidensAllowList_DeployedCapsAndListKept()
    {
        var deployed = Engine.Config.ConfigLoader.LoadText(
            InputConfig.Replace("max_users: 5000", "max_users: 400", StringComparison.Ordinal).Replace("[127.0.0.1, 10.9.9.9]", "[127.0.0.1]", StringComparison.Ordinal),
            "deployed.yaml");

        var config = ExecutionConfig.For(deployed, InputConfig);

        Assert.Equal(400, config.Safety.MaxUsers);
        Assert.Equal(["127.0.0.1"], config.Target.AllowHosts);
        Assert.Equal("health", config.Suites.Api.Scenarios.Single().Name);
        Assert.Same(deployed, ExecutionConfig.For(deployed, null));
    }

    [Fact]
    public async Task HandleAsync_BrokenConfigInTheInput_RejectedNamingLineAndKey()
    {
        var error = await Assert.ThrowsAsync<PlanRejectedException>(() =>
            PlanAsync(new RunRequest(Config: InputConfig.Replace("rate: 30/s", "rate: fast", StringComparison.Ordinal))));

        Assert.Contains("config: execution input config:", error.Message, StringComparison.Ordinal);
        Assert.Contains("rate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    private static async Task<RunPlan> PlanAsync(RunRequest request)
    {
        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create(), NoKillSwitch.Instance);
        var json = await sut.HandleAsync(Invocation(request), CancellationToken.None);
        return JsonSerializer.Deserialize(json, LambdaJsonContext.Default.RunPlan)!;
    }

    private static Invocation Invocation(RunRequest request) => new(
        "req", JsonSerializer.Serialize(new PlanInput("exec-1", request), LambdaJsonContext.Default.PlanInput),
        DateTimeOffset.UtcNow.AddMinutes(1), null, null);
}

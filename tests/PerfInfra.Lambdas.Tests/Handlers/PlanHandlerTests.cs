using System.Text.Json;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
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
        var sut = new PlanHandler(new InMemoryObjectStore(), settings);

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

    private static async Task<RunPlan> PlanAsync(RunRequest request)
    {
        var sut = new PlanHandler(new InMemoryObjectStore(), TestSettings.Create());
        var json = await sut.HandleAsync(Invocation(request), CancellationToken.None);
        return JsonSerializer.Deserialize(json, LambdaJsonContext.Default.RunPlan)!;
    }

    private static Invocation Invocation(RunRequest request) => new(
        "req", JsonSerializer.Serialize(new PlanInput("exec-1", request), LambdaJsonContext.Default.PlanInput),
        DateTimeOffset.UtcNow.AddMinutes(1), null, null);
}

using System.Text.Json;
using PerfInfra.DemoPlatform;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.Engine.Reporting;
using PerfInfra.Lambdas.Aws;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Handlers;

/// <summary>
/// plan → load-worker × N → aggregate → report, in process, the workers loading the demo platform on
/// loopback: what the state machine does, minus Step Functions.
/// </summary>
public sealed class HandlerPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private DemoPlatformHost _demo = null!;

    public async Task InitializeAsync() =>
        _demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions { LatencyProfile = LatencyProfile.None }, CancellationToken.None);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Pipeline_TwoHealthyShards_PublishesAPassingReportToDatedFolderAndLatest()
    {
        var store = TestConfigs.StoreWithConfig();
        var metrics = new StringWriter();

        var (report, output) = await RunAsync(store, metrics, crashShard: null);

        Assert.Equal("pass", output.Verdict);
        Assert.Equal("ran", report.Suites.Single(s => s.Name == "api").Status);
        Assert.True(report.Suites.Single(s => s.Name == "api").Totals!.Requests > 0);
        Assert.Matches(@"^reports/\d{4}/\d{2}/\d{2}/exec-1/$", output.ReportPrefix);
        foreach (var name in new[] { "report.json", "report.md", "report.html", "junit.xml", "cost.json" })
        {
            Assert.True(store.Objects.ContainsKey(output.ReportPrefix + name), name);
            Assert.True(store.Objects.ContainsKey(StoreKeys.LatestPrefix + name), "latest/" + name);
        }

        Assert.Contains("AWS cost estimate", store.Objects[output.ReportPrefix + "report.md"].Text, StringComparison.Ordinal);
        Assert.True(output.Cost.LambdaGbSeconds > 0);
        Assert.Contains("\"Namespace\":\"PerfInfra/LoadTests\"", metrics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_OneShardCrashed_ReportIsErrorWithTheSurvivorsData()
    {
        var store = TestConfigs.StoreWithConfig();

        var (report, output) = await RunAsync(store, new StringWriter(), crashShard: 1);

        Assert.Equal("error", output.Verdict);
        Assert.Contains("1 of 2 shards failed", report.VerdictReason, StringComparison.Ordinal);
        Assert.True(report.Suites.Single(s => s.Name == "api").Totals!.Requests > 0);
        Assert.False(store.Objects.ContainsKey(StoreKeys.LatestReport));
    }

    [Fact]
    public async Task Pipeline_InputOverridesThresholds_TheRunIsJudgedByTheInputsThresholdsOnly()
    {
        var store = TestConfigs.StoreWithConfig();
        var thresholds = new Dictionary<string, IReadOnlyList<string>> { ["api"] = ["p(95) < 1us", "error_rate < 50%"] };

        var (report, output) = await RunAsync(store, new StringWriter(), crashShard: null, thresholds);

        // The deployed config's "p95 < 10s" passes any loopback run; the input's 1 µs cannot.
        Assert.Equal("fail", output.Verdict);
        Assert.Equal(["p(95) < 1us", "error_rate < 50%"], report.Thresholds.Select(t => t.Expression));
        Assert.False(report.Thresholds[0].Passed);
        Assert.True(report.Thresholds[1].Passed);
    }

    [Fact]
    public async Task Pipeline_KillSwitchSaysStopWhenTheWorkersStart_ReportIsPartialNamingTheSwitch()
    {
        const string name = "/perfinfra/test/kill-switch";
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[name] = KillSwitchDefaults.StopValue;
        using var killSwitch = ssm.KillSwitch(name);
        var store = TestConfigs.StoreWithConfig();

        var (report, output) = await RunAsync(store, new StringWriter(), crashShard: null, workerKillSwitch: killSwitch);

        Assert.Equal("partial", output.Verdict);
        Assert.Contains($"stopped by kill switch {name}", report.VerdictReason, StringComparison.Ordinal);
        Assert.False(store.Objects.ContainsKey(StoreKeys.LatestReport), "a stopped run must not become the baseline");
    }

    [Fact]
    public async Task Report_CaughtErrorWithoutAggregate_StillWritesAnErrorReport()
    {
        var store = new InMemoryObjectStore();
        var sut = new ReportHandler(store, TestSettings.Create(), TimeProvider.System, new StringWriter());
        var input = new ReportInput("exec-9", Error: new StepError("PlanRejectedException", "the run was rejected: users: expected 1 to 5000"));

        var output = JsonSerializer.Deserialize(
            await sut.HandleAsync(Invoke(JsonSerializer.Serialize(input, LambdaJsonContext.Default.ReportInput)), CancellationToken.None),
            LambdaJsonContext.Default.ReportOutput)!;

        Assert.Equal("error", output.Verdict);
        Assert.Contains("PlanRejectedException", output.VerdictReason, StringComparison.Ordinal);
        Assert.True(store.Objects.ContainsKey(output.ReportPrefix + "report.json"));
    }

    private async Task<(RunReport Report, ReportOutput Output)> RunAsync(
        InMemoryObjectStore store, StringWriter metrics, int? crashShard, IReadOnlyDictionary<string, IReadOnlyList<string>>? thresholds = null,
        IKillSwitch? workerKillSwitch = null)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var settings = TestSettings.Create(new() { [LambdaSettings.RatePerShardVariable] = "10", [LambdaSettings.ConfigKeyVariable] = TestConfigs.Key });
        var request = new RunRequest(Rate: 20, Users: 10, Duration: "2s", Target: _demo.BaseUrl.ToString(), Thresholds: thresholds);
        var planJson = await new PlanHandler(store, settings, NoKillSwitch.Instance).HandleAsync(
            Invoke(JsonSerializer.Serialize(new PlanInput("exec-1", request), LambdaJsonContext.Default.PlanInput)), timeout.Token);
        var plan = JsonSerializer.Deserialize(planJson, LambdaJsonContext.Default.RunPlan)!;
        Assert.Equal(2, plan.Shards.Count);

        var worker = new LoadWorkerHandler(store, settings, TimeProvider.System, _ => null, workerKillSwitch ?? NoKillSwitch.Instance, TextWriter.Null);
        var outputs = await Task.WhenAll(plan.Shards.Select(async shard =>
        {
            if (shard.Index == crashShard)
            {
                return new WorkerOutput(shard.Index, Error: new StepError("Sandbox.Timedout", "Task timed out"));
            }

            var json = await worker.HandleAsync(Invoke(JsonSerializer.Serialize(shard, LambdaJsonContext.Default.ShardTask)), timeout.Token);
            return JsonSerializer.Deserialize(json, LambdaJsonContext.Default.WorkerOutput)!;
        }));

        var aggregateInput = new AggregateInput(plan, [new SuiteBranchOutput("api", "ran", outputs), new SuiteBranchOutput("athena", "not_requested")]);
        var aggregateJson = await new AggregateHandler(store, settings, TimeProvider.System).HandleAsync(
            Invoke(JsonSerializer.Serialize(aggregateInput, LambdaJsonContext.Default.AggregateInput)), timeout.Token);
        var aggregate = JsonSerializer.Deserialize(aggregateJson, LambdaJsonContext.Default.AggregateOutput)!;

        var reportInput = new ReportInput("exec-1", plan, aggregate);
        var reportJson = await new ReportHandler(store, settings, TimeProvider.System, metrics).HandleAsync(
            Invoke(JsonSerializer.Serialize(reportInput, LambdaJsonContext.Default.ReportInput)), timeout.Token);
        var output = JsonSerializer.Deserialize(reportJson, LambdaJsonContext.Default.ReportOutput)!;
        var report = ReportJson.Deserialize(store.Objects[output.ReportPrefix + "report.json"].Text, "store");
        return (report, output);
    }

    private static Invocation Invoke(string payload) => new("req", payload, DateTimeOffset.UtcNow.AddMinutes(1), null, null);
}

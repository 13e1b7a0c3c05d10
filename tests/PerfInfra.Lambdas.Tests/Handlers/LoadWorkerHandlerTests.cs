using System.Diagnostics;
using System.Text.Json;
using PerfInfra.DemoPlatform;
using PerfInfra.DemoPlatform.Latency;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Reporting;
using PerfInfra.Lambdas.Contracts;
using PerfInfra.Lambdas.Handlers;
using PerfInfra.Lambdas.KillSwitch;
using PerfInfra.Lambdas.Planning;
using PerfInfra.Lambdas.Runtime;
using PerfInfra.Lambdas.Tests.Support;

namespace PerfInfra.Lambdas.Tests.Handlers;

/// <summary>
/// One shard on the real engine: the kill switch (through the real SSM client against a local SSM
/// endpoint, at the default poll interval) and the allow-list re-checked by the worker itself.
/// </summary>
public sealed class LoadWorkerHandlerTests : IAsyncLifetime
{
    private const string SwitchName = "/perfinfra/test/kill-switch";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private DemoPlatformHost _demo = null!;

    public async Task InitializeAsync() =>
        _demo = await DemoPlatformHost.StartAsync(new DemoPlatformOptions { LatencyProfile = LatencyProfile.None }, CancellationToken.None);

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task HandleAsync_KillSwitchFlipsMidRun_StopsWithinThePollIntervalWithItsPartialData()
    {
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[SwitchName] = KillSwitchDefaults.RunValue;
        using var killSwitch = ssm.KillSwitch(SwitchName);
        var settings = Settings();
        var sut = new LoadWorkerHandler(TestConfigs.StoreWithConfig(), settings, TimeProvider.System, _ => null, killSwitch, TextWriter.Null);

        // A minute of load, so only the switch can end it early.
        var running = sut.HandleAsync(Shard(new RunRequest(Rate: 20, Users: 10, Duration: "60s", Target: _demo.BaseUrl.ToString())), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        ssm.Parameters[SwitchName] = KillSwitchDefaults.StopValue;
        var flipped = Stopwatch.StartNew();
        var output = await running.WaitAsync(Bound);
        var stoppedAfter = flipped.Elapsed;

        // The poll interval (5 s by default) plus the engine's 1.5 s stop budget, and slack for a loaded CI box.
        Assert.Equal(TimeSpan.FromSeconds(KillSwitchDefaults.PollIntervalSeconds), settings.KillSwitchPollInterval);
        Assert.True(stoppedAfter < settings.KillSwitchPollInterval + TimeSpan.FromSeconds(3.5), $"stopped {stoppedAfter.TotalSeconds:0.0} s after the flip");
        var result = Result(output);
        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.Equal($"stopped by kill switch {SwitchName} (value 'stop')", result.CompletionReason);
        Assert.True(result.Scenarios.Sum(s => s.Requests) > 0, "the partial data was kept");
        Assert.True(ssm.Requests.Count >= 2, "polled while running");
    }

    [Fact]
    public async Task HandleAsync_KillSwitchSaysStopAtStart_SendsNothingAndReportsStopped()
    {
        using var target = new CountingTcpListener();
        await using var ssm = new LocalSsmServer();
        ssm.Parameters[SwitchName] = KillSwitchDefaults.StopValue;
        using var killSwitch = ssm.KillSwitch(SwitchName);
        var sut = new LoadWorkerHandler(TestConfigs.StoreWithConfig(), Settings(), TimeProvider.System, _ => null, killSwitch, TextWriter.Null);

        var output = await sut.HandleAsync(Shard(new RunRequest(Duration: "30s", Target: $"http://127.0.0.1:{target.PortText}/")), CancellationToken.None).WaitAsync(Bound);

        var result = Result(output);
        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.StartsWith($"stopped by kill switch {SwitchName}", result.CompletionReason, StringComparison.Ordinal);
        Assert.Equal(0, target.Connections);
    }

    [Fact]
    public async Task HandleAsync_TamperedShardTargetNotOnAllowList_RefusedAndNothingSent()
    {
        using var target = new CountingTcpListener();
        // Deployed config: only "localhost" may be loaded. The shard item was altered to 127.0.0.1 — the same
        // machine under a name the allow-list does not hold, so only the host check can stop it.
        var store = new InMemoryObjectStore();
        store.Objects[TestConfigs.Key] = (TestConfigs.Yaml
            .Replace("base_url: demo", $"base_url: http://localhost:{target.PortText}/", StringComparison.Ordinal)
            .Replace("allow_hosts: [127.0.0.1, localhost]", "allow_hosts: [localhost]", StringComparison.Ordinal), "application/yaml");
        var sut = new LoadWorkerHandler(store, Settings(), TimeProvider.System, _ => null, NoKillSwitch.Instance, TextWriter.Null);
        var tampered = Shard(new RunRequest(Target: $"http://127.0.0.1:{target.PortText}/"));

        var error = await Assert.ThrowsAsync<PlanRejectedException>(() => sut.HandleAsync(tampered, CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.Contains("host '127.0.0.1' is not on the allow-list (localhost)", error.Message, StringComparison.Ordinal);
        Assert.Empty(RuntimeError.From(error).StackTrace);
        Assert.Equal(0, target.Connections);
    }

    [Fact]
    public async Task HandleAsync_UntamperedShardOnTheAllowList_Runs()
    {
        // The control for the test above: the same config and listener, the allowed name, and the worker connects.
        using var target = new CountingTcpListener();
        var store = new InMemoryObjectStore();
        store.Objects[TestConfigs.Key] = (TestConfigs.Yaml
            .Replace("base_url: demo", $"base_url: http://localhost:{target.PortText}/", StringComparison.Ordinal)
            .Replace("allow_hosts: [127.0.0.1, localhost]", "allow_hosts: [localhost]", StringComparison.Ordinal), "application/yaml");
        var sut = new LoadWorkerHandler(store, Settings(), TimeProvider.System, _ => null, NoKillSwitch.Instance, TextWriter.Null);

        await sut.HandleAsync(Shard(new RunRequest(Duration: "1s")), CancellationToken.None).WaitAsync(Bound);

        Assert.True(target.Connections > 0);
    }

    private static LambdaSettings Settings() => TestSettings.Create(new() { [LambdaSettings.ConfigKeyVariable] = TestConfigs.Key });

    private static Invocation Shard(RunRequest request) => new(
        "req", JsonSerializer.Serialize(new ShardTask("exec-k", 0, 1, request), LambdaJsonContext.Default.ShardTask),
        DateTimeOffset.UtcNow.AddMinutes(5), null, null);

    private static WorkerResult Result(string output)
    {
        var worker = JsonSerializer.Deserialize(output, LambdaJsonContext.Default.WorkerOutput)!;
        return JsonSerializer.Deserialize(worker.Result!, ReportJsonContext.Default.WorkerResult)!;
    }
}

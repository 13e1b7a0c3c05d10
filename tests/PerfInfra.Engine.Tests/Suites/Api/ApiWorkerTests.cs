using System.Diagnostics;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Safety;
using PerfInfra.Engine.Suites.Api;
using PerfInfra.Engine.Tests.Load;

namespace PerfInfra.Engine.Tests.Suites.Api;

[Collection(RealTimeCollection.Name)]
public sealed class ApiWorkerTests
{
    private static ApiSuitePlan Plan(LoadModelOptions load, SafetyLimits? limits = null, string allowedHost = "127.0.0.1") => new(
        BaseUrl: null,
        AllowList: new HostAllowList([allowedHost]),
        Limits: limits ?? SafetyLimits.Default,
        Load: load,
        Scenarios: [LoadTestData.Scenario("browse")],
        Thresholds: [],
        RequestTimeout: TimeSpan.FromSeconds(5),
        Auth: null);

    private static ClosedModelOptions Users(int users, TimeSpan hold) => new() { Users = users, Hold = hold };

    private static ApiWorker CreateSut(ApiSuitePlan plan, FakeLoadHttpClient client, string workerId = "local") =>
        new(plan, client, TimeProvider.System, workerId) { Random = new Random(5) };

    [Fact]
    public void Ctor_TargetNotOnAllowList_RefusesBeforeAnyConnection()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero);

        Assert.Throws<TargetNotAllowedException>(() => CreateSut(Plan(Users(1, TimeSpan.FromSeconds(1)), allowedHost: "api.example.com"), client));
        Assert.Equal(0, client.ExchangesOpened);
    }

    [Fact]
    public void Ctor_LoadAboveEveryCap_NamesEachCapExceeded()
    {
        var limits = new SafetyLimits(MaxUsers: 10, MaxRatePerSecond: 100, MaxDuration: TimeSpan.FromMinutes(1));
        var load = new ConstantArrivalRateOptions { RatePerSecond = 500, Duration = TimeSpan.FromMinutes(5), MaxInFlight = 50 };

        var error = Assert.Throws<LoadLimitExceededException>(() => CreateSut(Plan(load, limits), FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero)));

        Assert.Equal(3, error.Violations.Count);
        Assert.Contains("max in flight 50 exceeds the cap of 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("rate 500/s exceeds the cap of 100/s", error.Message, StringComparison.Ordinal);
        Assert.Contains("duration 00:05:00 exceeds the cap of 00:01:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_InvalidLoad_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CreateSut(Plan(new ClosedModelOptions { Users = 0, Hold = TimeSpan.Zero }), FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero)));

        Assert.Contains("load.users", error.Message, StringComparison.Ordinal);
        Assert.Contains("load.duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WholeDuration_CompletedWithCountsAndTimeSeries()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(10));
        using var sut = CreateSut(Plan(Users(5, TimeSpan.FromMilliseconds(1200))), client, "shard-3");

        var result = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(RunCompletion.Completed, result.Completion);
        Assert.Null(result.CompletionReason);
        Assert.Equal("shard-3", result.WorkerId);
        Assert.Equal(5, result.Load.PeakConcurrency);
        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(client.Sent, scenario.Requests);
        Assert.Equal(scenario.Requests, scenario.TimeSeries.Sum(b => b.Requests));
        Assert.InRange((result.EndedAt - result.StartedAt).TotalSeconds, 1.1, 2.5);
        Assert.Equal(scenario.Requests, sut.Live.TotalRequests);
        Assert.Same(result, sut.Snapshot());
    }

    [Fact]
    public async Task RunAsync_StopFiresWhileTargetStalls_InterruptedWithin2sAndNoErrors()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromSeconds(60));
        using var sut = CreateSut(Plan(Users(20, TimeSpan.FromMinutes(5))), client);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        var result = await sut.RunAsync(stop.Token);

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(300) + TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.Equal("stopped", result.CompletionReason);
        Assert.Equal(0, result.Scenarios.Single().Errors);
        Assert.Equal(20, client.Sent);
    }

    [Fact]
    public async Task Abort_DuringOpenModelRun_AbortedWithReasonAndPartialData()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(5));
        var load = new ConstantArrivalRateOptions { RatePerSecond = 200, Duration = TimeSpan.FromMinutes(1), MaxInFlight = 10 };
        using var sut = CreateSut(Plan(load), client);

        var running = sut.RunAsync(CancellationToken.None);
        await Task.Delay(500);
        var live = sut.Live;
        var midRun = sut.Snapshot();
        sut.Abort("p95 < 1000ms breached for 30s");
        var clock = Stopwatch.StartNew();
        var result = await running;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RunCompletion.Aborted, result.Completion);
        Assert.Equal("p95 < 1000ms breached for 30s", result.CompletionReason);
        Assert.Equal(RunCompletion.Interrupted, midRun.Completion);
        Assert.True(midRun.Scenarios.Single().Requests > 0);
        Assert.True(result.Scenarios.Single().Requests >= midRun.Scenarios.Single().Requests);
        Assert.NotNull(result.Scenarios.Single().ServiceTime);
        Assert.True(result.Load.StartedIterations > 50);
        Assert.True(live.Elapsed > TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Stop_DuringRun_InterruptedWithTheOperatorsReasonAndPartialData()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(5));
        using var sut = CreateSut(Plan(Users(5, TimeSpan.FromMinutes(5))), client);

        var running = sut.RunAsync(CancellationToken.None);
        await Task.Delay(300);
        sut.Stop("stopped by kill switch /perfinfra/load-test/kill-switch");
        var clock = Stopwatch.StartNew();
        var result = await running;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.Equal("stopped by kill switch /perfinfra/load-test/kill-switch", result.CompletionReason);
        Assert.True(result.Scenarios.Single().Requests > 0);
    }

    [Fact]
    public async Task Stop_BeforeRun_EndsAtOnceSendingNothing()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero);
        using var sut = CreateSut(Plan(Users(5, TimeSpan.FromMinutes(5))), client);

        sut.Stop("stopped by kill switch");
        var result = await sut.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.Equal("stopped by kill switch", result.CompletionReason);
        Assert.Equal(0, client.Sent);
    }

    [Fact]
    public async Task RunAsync_DeadlineBeforePlannedEnd_StopsAheadOfItAsInterruptedDeadline()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(10));
        var deadline = DateTimeOffset.UtcNow + ApiWorkerDefaults.DeadlineMargin + TimeSpan.FromMilliseconds(400);
        using var sut = new ApiWorker(Plan(Users(3, TimeSpan.FromMinutes(5))), client, TimeProvider.System) { Deadline = deadline };

        var result = await sut.RunAsync(CancellationToken.None);

        Assert.Equal(RunCompletion.Interrupted, result.Completion);
        Assert.Equal("deadline", result.CompletionReason);
        Assert.True(result.EndedAt < deadline - TimeSpan.FromSeconds(1), $"ended {result.EndedAt:O}, deadline {deadline:O}");
        Assert.True(result.Scenarios.Single().Requests > 0);
    }

    [Fact]
    public async Task RunAsync_ZeroUserShard_CompletesAtOnceSendingNothing()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero);
        var shard = Users(1, TimeSpan.FromSeconds(1)).Shard(1, 2);
        using var sut = CreateSut(Plan(shard), client);

        var clock = Stopwatch.StartNew();
        var result = await sut.RunAsync(CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"took {clock.Elapsed}");
        Assert.Equal(RunCompletion.Completed, result.Completion);
        Assert.Equal(0, client.Sent);
        Assert.Equal(0, result.Scenarios.Single().Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_ExchangeThrows_FailedAtOnceWithTheReason(bool open)
    {
        var client = new FakeLoadHttpClient(TimeProvider.System, (_, _) => new FakeResponse(TimeSpan.Zero, Throw: true));
        LoadModelOptions load = open
            ? new ConstantArrivalRateOptions { RatePerSecond = 50, Duration = TimeSpan.FromMinutes(1), MaxInFlight = 5 }
            : Users(5, TimeSpan.FromMinutes(1));
        using var sut = CreateSut(Plan(load), client);

        var clock = Stopwatch.StartNew();
        var result = await sut.RunAsync(CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RunCompletion.Failed, result.Completion);
        Assert.Equal("InvalidOperationException: fake exchange broke its contract", result.CompletionReason);
    }

    [Fact]
    public async Task RunAsync_CalledTwice_Throws()
    {
        using var sut = CreateSut(Plan(Users(1, TimeSpan.FromMilliseconds(100))), FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero));
        await sut.RunAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.RunAsync(CancellationToken.None));
    }
}

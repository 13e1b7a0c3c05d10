using System.Diagnostics;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

/// <summary>Real-time runs of about a second: they prove real concurrency, which a fake clock cannot.</summary>
[Collection(RealTimeCollection.Name)]
public sealed class ClosedModelExecutorTests
{
    private static readonly TimeSpan ResponseTime = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Run_20UsersNoThinkTime_KeepsExactly20RequestsInFlight()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(ResponseTime);
        var (run, metrics) = LoadTestData.CreateRun(client, open: false);
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 20, Hold = TimeSpan.FromSeconds(1) }, run);

        metrics.Start();
        var running = executor.RunAsync(CancellationToken.None);
        var samples = new List<int>();
        await Task.Delay(300);
        for (var i = 0; i < 10; i++)
        {
            samples.Add(client.InFlight);
            await Task.Delay(40);
        }

        await running;
        metrics.Complete();

        Assert.Equal(20, client.MaxInFlight);
        Assert.Equal(20, client.ExchangesOpened);
        Assert.Equal(20, client.ExchangesDisposed);
        Assert.Equal(20, executor.Counters.PeakConcurrency);
        // A user is between two requests only for an instant; on a busy 2-core box allow a few.
        Assert.True(samples.Average() >= 17, $"in flight samples: {string.Join(',', samples)}");
        var scenario = Assert.Single(metrics.Snapshot());
        Assert.Equal(client.Sent, scenario.Requests);
        Assert.Equal(0, scenario.Errors);
    }

    [Fact]
    public async Task Run_RampStages_ActiveUsersFollowTheTarget()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(ResponseTime);
        var (run, _) = LoadTestData.CreateRun(client, open: false);
        var options = new ClosedModelOptions
        {
            Stages = [new LoadStage(TimeSpan.FromMilliseconds(800), 10), new LoadStage(TimeSpan.FromMilliseconds(600), 10), new LoadStage(TimeSpan.FromMilliseconds(800), 0)],
        };
        var executor = new ClosedModelExecutor(options, run);

        var clock = Stopwatch.StartNew();
        var running = executor.RunAsync(CancellationToken.None);
        var samples = new List<(double Seconds, int Active)>();
        while (!running.IsCompleted)
        {
            samples.Add((clock.Elapsed.TotalSeconds, executor.ActiveConcurrency));
            await Task.Delay(50);
        }

        await running;

        // Expected users at t: ramp 0→10 over 0.8 s, hold to 1.4 s, ramp to 0 by 2.2 s. The controller
        // ticks every 100 ms, a stopping user finishes its 20 ms request, and a busy 2-core box adds
        // scheduling lag: the count must lie between the target 250 ms ago and now, ±2 users.
        foreach (var (seconds, active) in samples.Where(s => s.Seconds is > 0.15 and < 2.05))
        {
            var now = LoadShape.TargetAt(options.EffectiveStages, 0, TimeSpan.FromSeconds(seconds));
            var before = LoadShape.TargetAt(options.EffectiveStages, 0, TimeSpan.FromSeconds(seconds - 0.25));
            Assert.InRange(active, Math.Min(now, before) - 2, Math.Max(now, before) + 2);
        }

        Assert.Contains(samples, s => s.Active == 10);
        Assert.Equal(10, executor.Counters.PeakConcurrency);
        Assert.Equal(0, executor.ActiveConcurrency);
    }

    [Fact]
    public async Task Run_TwoWeightedScenarios_IterationsSplitByWeight()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(2));
        var (run, metrics) = LoadTestData.CreateRun(
            client, open: false, seed: 3, LoadTestData.Scenario("browse", weight: 3), LoadTestData.Scenario("checkout", weight: 1));
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 10, Hold = TimeSpan.FromSeconds(1) }, run);

        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        var result = metrics.Snapshot();
        var browse = result.Single(s => s.Name == "browse").Iterations;
        var checkout = result.Single(s => s.Name == "checkout").Iterations;
        Assert.True(browse + checkout > 400, $"only {browse + checkout} iterations");
        Assert.InRange(browse / (double)(browse + checkout), 0.70, 0.80);
        Assert.Equal(executor.Counters.StartedIterations, browse + checkout, tolerance: 10);
    }

    [Fact]
    public async Task Run_ThinkTimeBetweenIterations_PacesEachUser()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.Zero);
        var (run, _) = LoadTestData.CreateRun(
            client, open: false, seed: 1, LoadTestData.Scenario("browse", think: ThinkTime.Fixed(TimeSpan.FromMilliseconds(100))));
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 2, Hold = TimeSpan.FromSeconds(1) }, run);

        await executor.RunAsync(CancellationToken.None);

        // Two users, one request then 100 ms of thinking each: ~10 requests a user in 1 s.
        Assert.InRange(client.Sent, 14, 22);
    }

    [Fact]
    public async Task Run_CancelledWhileTargetStalls_ReturnsQuicklyAndCountsNoErrors()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromSeconds(30));
        var (run, metrics) = LoadTestData.CreateRun(client, open: false);
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 50, Hold = TimeSpan.FromSeconds(30) }, run);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var clock = Stopwatch.StartNew();
        await executor.RunAsync(stop.Token);
        metrics.Complete();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(50, client.Sent);
        var scenario = Assert.Single(metrics.Snapshot());
        Assert.Equal(0, scenario.Requests);
        Assert.Equal(0, scenario.Errors);
        Assert.Equal(50, client.ExchangesDisposed);
    }

    [Fact]
    public async Task Run_FailingTarget_ErrorsCountedByKindNotAsLatency()
    {
        var client = new FakeLoadHttpClient(TimeProvider.System, (_, _) => new FakeResponse(TimeSpan.FromMilliseconds(5), ErrorKinds.ConnectionRefused));
        var (run, metrics) = LoadTestData.CreateRun(client, open: false);
        var executor = new ClosedModelExecutor(new ClosedModelOptions { Users = 3, Hold = TimeSpan.FromMilliseconds(300) }, run);

        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        var scenario = Assert.Single(metrics.Snapshot());
        Assert.True(scenario.Requests > 0);
        Assert.Equal(scenario.Requests, scenario.Errors);
        Assert.Equal(scenario.Errors, scenario.ErrorsByKind[ErrorKinds.ConnectionRefused]);
        Assert.Equal(0, scenario.Latency.Decode().TotalCount);
    }
}

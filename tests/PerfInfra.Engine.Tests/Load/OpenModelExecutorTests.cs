using System.Diagnostics;
using PerfInfra.Engine.Load;

namespace PerfInfra.Engine.Tests.Load;

/// <summary>Real-time runs of 1–2 s against a fake target: the scheduler's timing is what is under test.</summary>
[Collection(RealTimeCollection.Name)]
public sealed class OpenModelExecutorTests
{
    [Fact]
    public async Task ConstantRate_100PerSecondFor1Second_Starts100IterationsOnTime()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(5));
        var (run, metrics) = LoadTestData.CreateRun(client, open: true);
        var options = new ConstantArrivalRateOptions { RatePerSecond = 100, Duration = TimeSpan.FromSeconds(1), MaxInFlight = 20 };
        var executor = new OpenModelExecutor(options.Schedule(), options.MaxInFlight, run);

        var clock = Stopwatch.StartNew();
        metrics.Start();
        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        // Upper bounds leave room for a saturated 2-core CI box: a starved thread pool can make a 5 ms
        // answer late enough to fill the 20 slots for a moment (then an iteration is delayed, and counted).
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.95, 2.5);
        Assert.Equal(100, executor.Counters.PlannedIterations);
        Assert.Equal(100, executor.Counters.StartedIterations);
        Assert.InRange(executor.Counters.DelayedIterations, 0, 5);
        var scenario = Assert.Single(metrics.Snapshot());
        Assert.Equal(100, scenario.Requests);
        Assert.Equal(100, scenario.Iterations);
        Assert.NotNull(scenario.ServiceTime);
        // Connections are opened on need, never the whole cap up front: as many as were ever busy at once.
        Assert.Equal(executor.Counters.PeakConcurrency, client.ExchangesOpened);
    }

    [Fact]
    public async Task ConstantRate_TargetStallsHalfASecond_CorrectedLatencyShowsStallServiceTimeDoesNot()
    {
        // 100 iterations/s for 1.5 s, at most 5 in flight. From 0.5 s to 1.0 s the target holds every
        // request until 1.0 s: the 5 slots fill, ~45 iterations wait for a slot (delayed), then drain fast.
        var stallStart = TimeSpan.FromMilliseconds(500);
        var stallEnd = TimeSpan.FromMilliseconds(1000);
        var normal = TimeSpan.FromMilliseconds(5);
        // The stall window counts from the first request, not from the client's creation: on a loaded
        // machine the run can start late enough to miss a window fixed to creation time.
        TimeSpan? first = null;
        var firstLock = new object();
        var client = new FakeLoadHttpClient(
            TimeProvider.System,
            (_, elapsed) =>
            {
                lock (firstLock)
                {
                    first ??= elapsed;
                }

                var t = elapsed - first.Value;
                return new FakeResponse(t >= stallStart && t < stallEnd ? stallEnd - t : normal);
            });
        var (run, metrics) = LoadTestData.CreateRun(client, open: true);
        var options = new ConstantArrivalRateOptions { RatePerSecond = 100, Duration = TimeSpan.FromMilliseconds(1500), MaxInFlight = 5 };
        var executor = new OpenModelExecutor(options.Schedule(), options.MaxInFlight, run);

        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        var scenario = Assert.Single(metrics.Snapshot());
        var corrected90 = LoadTestData.Percentile(scenario.Latency, 90);
        var service90 = LoadTestData.Percentile(scenario.ServiceTime!, 90);
        // Delayed iterations waited 0–500 ms for a slot: a third of the run, so p90 is deep in the stall.
        Assert.True(corrected90 >= 200, $"corrected p90 {corrected90} ms should show the stall");
        // Only the 5 requests caught in flight (3 %) saw the stall; generous bound for a busy 2-core box.
        Assert.True(service90 <= 100 && service90 < corrected90 / 3, $"service-time p90 {service90} ms should not");
        Assert.True(executor.Counters.DelayedIterations >= 30, $"{executor.Counters.DelayedIterations} delayed");
        // Delayed, not dropped: the backlog drains after the stall and every planned iteration runs.
        Assert.Equal(150, executor.Counters.PlannedIterations);
        Assert.Equal(150, executor.Counters.StartedIterations);
        Assert.Equal(150, scenario.Requests);
        Assert.Equal(5, executor.Counters.PeakConcurrency);
        Assert.Equal(5, client.MaxInFlight);
    }

    [Fact]
    public async Task MultiStepIteration_OverloadedCap_OnlyFirstStepCountsFromScheduledTime()
    {
        // One slot, 10 ms per step, two steps: an iteration takes 20 ms but one is due every 10 ms.
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(10));
        var (run, metrics) = LoadTestData.CreateRun(
            client, open: true, seed: 1, LoadTestData.Scenario("journey", steps: ["search", "cart"]));
        var executor = new OpenModelExecutor(ArrivalSchedule.Constant(100, TimeSpan.FromMilliseconds(600)), 1, run);

        await executor.RunAsync(CancellationToken.None);
        metrics.Complete();

        var result = metrics.Snapshot();
        var search = LoadTestData.Step(result, "journey", "search");
        var cart = LoadTestData.Step(result, "journey", "cart");
        Assert.True(LoadTestData.Percentile(search.Latency, 90) > 2 * LoadTestData.Percentile(search.ServiceTime!, 90));
        Assert.Equal(LoadTestData.Percentile(cart.ServiceTime!, 90), LoadTestData.Percentile(cart.Latency, 90));
        Assert.True(executor.Counters.DelayedIterations > 0);
    }

    [Fact]
    public async Task RampingRate_0To200Over1Second_StartsTheAreaUnderTheRamp()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromMilliseconds(2));
        var (run, _) = LoadTestData.CreateRun(client, open: true);
        var options = new RampingArrivalRateOptions { Stages = [new LoadStage(TimeSpan.FromSeconds(1), 200)], MaxInFlight = 50 };
        var executor = new OpenModelExecutor(options.Schedule(), options.MaxInFlight, run);

        await executor.RunAsync(CancellationToken.None);

        Assert.Equal(100, executor.Counters.PlannedIterations);
        Assert.Equal(100, executor.Counters.StartedIterations);
        Assert.Equal(100, client.Sent);
    }

    [Fact]
    public async Task Run_CancelledWhileTargetStalls_ReturnsQuicklyAndCountsNoErrors()
    {
        var client = FakeLoadHttpClient.AnsweringAfter(TimeSpan.FromSeconds(30));
        var (run, metrics) = LoadTestData.CreateRun(client, open: true);
        var executor = new OpenModelExecutor(ArrivalSchedule.Constant(100, TimeSpan.FromSeconds(30)), 10, run);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        await executor.RunAsync(stop.Token);
        metrics.Complete();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(10, client.Sent);
        Assert.Equal(10, client.MaxInFlight);
        Assert.Equal(10, client.ExchangesDisposed);
        var scenario = Assert.Single(metrics.Snapshot());
        Assert.Equal(0, scenario.Errors);
        Assert.True(executor.Counters.DelayedIterations > 0);
    }
}

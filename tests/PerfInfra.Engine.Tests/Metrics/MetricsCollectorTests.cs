using Microsoft.Extensions.Time.Testing;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Tests.Load;

namespace PerfInfra.Engine.Tests.Metrics;

[Collection(RealTimeCollection.Name)]
public sealed class MetricsCollectorTests
{
    // 0.4 s into a second, so the first bucket is a partial second as in a real run.
    private static readonly DateTimeOffset RunStart = new(2026, 11, 28, 9, 0, 0, 400, TimeSpan.Zero);

    private static (MetricsCollector Collector, FakeTimeProvider Time) CreateSut(bool open = false, params ScenarioDefinition[] scenarios)
    {
        var time = new FakeTimeProvider(RunStart);
        var definitions = scenarios.Length == 0 ? [LoadTestData.Scenario("browse", steps: ["list", "item"])] : scenarios;
        return (new MetricsCollector(definitions, open, time), time);
    }

    [Fact]
    public void Record_FastFailuresAndSlowSuccesses_FailuresNeverLowerThePercentiles()
    {
        var (sut, _) = CreateSut();
        var step = sut.Scenarios[0].StepsInOrder[0];
        for (var i = 0; i < 10; i++)
        {
            step.RecordSuccess(100_000, 100_000);
        }

        for (var i = 0; i < 90; i++)
        {
            step.RecordFailure(ErrorKinds.ConnectionRefused);
        }

        step.RecordFailure(ErrorKinds.ForStatus(503));

        var scenario = Assert.Single(sut.Snapshot());
        var latency = scenario.Latency.Decode();
        Assert.Equal(101, scenario.Requests);
        Assert.Equal(91, scenario.Errors);
        Assert.Equal(10, latency.TotalCount);
        Assert.Equal(100.0, LoadTestData.Percentile(scenario.Latency, 50), precision: 0);
        Assert.Equal(90, scenario.ErrorsByKind[ErrorKinds.ConnectionRefused]);
        Assert.Equal(1, scenario.ErrorsByKind["http_503"]);
        Assert.Null(scenario.ServiceTime);
    }

    [Fact]
    public void Record_OpenModelOutcome_LatencyFromIntendedServiceFromSent()
    {
        var (sut, time) = CreateSut(open: true);
        var step = sut.Scenarios[0].StepsInOrder[0];
        var intended = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(300));
        var sent = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(20));

        step.Record(new HttpOutcome(200, null, 10, sent, time.GetTimestamp()), intended);

        var metrics = LoadTestData.Step(sut.Snapshot(), "browse", "list");
        Assert.Equal(320, LoadTestData.Percentile(metrics.Latency, 100), precision: 0);
        Assert.Equal(20, LoadTestData.Percentile(metrics.ServiceTime!, 100), precision: 0);
    }

    [Fact]
    public void Harvest_EverySecond_BucketsPerSecondThatSumToTotals()
    {
        var (sut, time) = CreateSut();
        var list = sut.Scenarios[0].StepsInOrder[0];
        var item = sut.Scenarios[0].StepsInOrder[1];
        sut.Start();

        Record(list, successes: 3, latencyMs: 10);
        time.Advance(TimeSpan.FromMilliseconds(601)); // crosses 09:00:01 → closes second 09:00:00
        Record(item, successes: 2, latencyMs: 50);
        item.RecordFailure(ErrorKinds.Timeout);
        time.Advance(TimeSpan.FromSeconds(1)); // closes 09:00:01
        Record(list, successes: 1, latencyMs: 70);
        var live = sut.Live(activeConcurrency: 4);
        sut.Complete(); // closes the partial 09:00:02

        var scenario = Assert.Single(sut.Snapshot());
        var start = RunStart.ToUnixTimeSeconds();
        Assert.Equal([start, start + 1, start + 2], scenario.TimeSeries.Select(b => b.UnixSecond));
        Assert.Equal([3L, 3L, 1L], scenario.TimeSeries.Select(b => b.Requests));
        Assert.Equal([0L, 1L, 0L], scenario.TimeSeries.Select(b => b.Errors));
        Assert.Equal(scenario.Requests, scenario.TimeSeries.Sum(b => b.Requests));
        Assert.Equal(scenario.Errors, scenario.TimeSeries.Sum(b => b.Errors));
        Assert.Equal(scenario.Latency.Decode().TotalCount, scenario.TimeSeries.Sum(b => b.Latency.Decode().TotalCount));
        Assert.Equal(50.0, LoadTestData.Percentile(scenario.TimeSeries[1].Latency, 95), precision: 0);

        Assert.Equal(3, live.RequestsLastSecond);
        Assert.Equal(50.0, live.P95LastSecondMilliseconds!.Value, precision: 0);
        Assert.Equal(6, live.TotalRequests);
        Assert.Equal(1, live.TotalErrors);
        Assert.Equal(4, live.ActiveConcurrency);
        Assert.Equal(TimeSpan.FromMilliseconds(1601), live.Elapsed);
    }

    [Fact]
    public void Snapshot_MidSecond_ProvisionalBucketKeepsSeriesEqualToTotals()
    {
        var (sut, time) = CreateSut();
        var list = sut.Scenarios[0].StepsInOrder[0];
        sut.Start();
        Record(list, successes: 5, latencyMs: 1);
        time.Advance(TimeSpan.FromSeconds(1));
        Record(list, successes: 2, latencyMs: 1);

        var first = Assert.Single(sut.Snapshot());
        var second = Assert.Single(sut.Snapshot());

        Assert.Equal(7, first.Requests);
        Assert.Equal(7, first.TimeSeries.Sum(b => b.Requests));
        Assert.Equal(2, first.TimeSeries.Count);
        Assert.Equal(first.Requests, second.Requests); // a snapshot drains nothing
    }

    [Fact]
    public void Harvest_LongIdleRun_MemoryIsBucketsOnly()
    {
        var (sut, time) = CreateSut();
        sut.Start();
        for (var second = 0; second < 120; second++)
        {
            Record(sut.Scenarios[0].StepsInOrder[0], successes: 1, latencyMs: 5);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        sut.Complete();
        var scenario = Assert.Single(sut.Snapshot());

        Assert.Equal(120, scenario.Requests);
        Assert.Equal(120, scenario.TimeSeries.Count);
        Assert.Equal(scenario.TimeSeries.Select(b => b.UnixSecond).Distinct().Count(), scenario.TimeSeries.Count);
        // Each closed second is kept compressed: a one-value histogram encodes to well under 1 KB.
        Assert.All(scenario.TimeSeries, b => Assert.True(b.Latency.Base64.Length < 1024));
    }

    [Fact]
    public async Task Record_ManyThreadsAtOnce_LosesNoSample()
    {
        var (sut, _) = CreateSut();
        var step = sut.Scenarios[0].StepsInOrder[0];
        const int threads = 8;
        const int perThread = 20_000;

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                if (i % 100 == 0)
                {
                    step.RecordFailure(ErrorKinds.ConnectionReset);
                }
                else
                {
                    step.RecordSuccess(1_000 + i, 1_000 + i);
                }
            }
        })));

        var scenario = Assert.Single(sut.Snapshot());
        Assert.Equal(threads * perThread, scenario.Requests);
        Assert.Equal(threads * perThread / 100, scenario.Errors);
        Assert.Equal(threads * perThread * 99 / 100, scenario.Latency.Decode().TotalCount);
    }

    private static void Record(StepRecorder step, int successes, long latencyMs)
    {
        for (var i = 0; i < successes; i++)
        {
            step.RecordSuccess(latencyMs * 1_000, latencyMs * 1_000);
        }
    }
}

using CsCheck;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;
using PerfInfra.Engine.Tests.Load;

namespace PerfInfra.Engine.Tests.Metrics;

/// <summary>
/// The distributed design rests on one property: recording samples on N workers and merging gives
/// exactly what one worker fed every sample would report — counts, error kinds and every percentile.
/// </summary>
[Collection(Load.RealTimeCollection.Name)]
public sealed class WorkerResultMergePropertyTests
{
    private static readonly ScenarioDefinition[] Scenarios =
    [
        LoadTestData.Scenario("browse", steps: ["list", "item"]),
        LoadTestData.Scenario("checkout", steps: ["cart", "pay"]),
    ];

    private static readonly string[] Kinds = [ErrorKinds.Timeout, ErrorKinds.ConnectionRefused, ErrorKinds.ForStatus(500)];

    private static readonly double[] Percentiles = [0, 50, 90, 95, 99, 99.9, 100];

    /// <summary>Scenario, step, latency µs (wide range: 1 µs to ~2 h, clamped to the histogram's hour), error kind or none, worker.</summary>
    private static readonly Gen<(int Scenario, int Step, long Micros, int Kind, int Worker)> Sample =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 1], Gen.Long[1, 7_200_000_000], Gen.Int[-3, 2], Gen.Int[0, 3]);

    [Fact]
    public void Merge_SamplesSplitOverWorkers_EqualsOneWorkerFedEverySample()
    {
        Gen.Select(Sample.Array[0, 300], Gen.Int[1, 4], Gen.Bool).Sample((samples, workers, open) =>
        {
            var single = new MetricsCollector(Scenarios, open, TimeProvider.System);
            var split = Enumerable.Range(0, workers).Select(_ => new MetricsCollector(Scenarios, open, TimeProvider.System)).ToArray();
            foreach (var s in samples)
            {
                Record(single, s);
                Record(split[s.Worker % workers], s);
            }

            var expected = Result(single);
            var merged = WorkerResultMerger.Merge(split.Select(Result).ToList());

            foreach (var scenario in expected.Scenarios)
            {
                var actual = merged.Scenarios.Single(s => s.Name == scenario.Name);
                AssertSame(scenario.Requests, scenario.Errors, scenario.ErrorsByKind, scenario.Latency, scenario.ServiceTime,
                    actual.Requests, actual.Errors, actual.ErrorsByKind, actual.Latency, actual.ServiceTime);
                Assert.Equal(scenario.Requests, actual.TimeSeries.Sum(b => b.Requests));
                Assert.Equal(scenario.Errors, actual.TimeSeries.Sum(b => b.Errors));
                foreach (var step in scenario.Steps)
                {
                    var actualStep = actual.Steps.Single(s => s.Name == step.Name);
                    AssertSame(step.Requests, step.Errors, step.ErrorsByKind, step.Latency, step.ServiceTime,
                        actualStep.Requests, actualStep.Errors, actualStep.ErrorsByKind, actualStep.Latency, actualStep.ServiceTime);
                }
            }
        }, iter: 20);
    }

    private static void Record(MetricsCollector collector, (int Scenario, int Step, long Micros, int Kind, int Worker) s)
    {
        var step = collector.Scenarios[s.Scenario].StepsInOrder[s.Step];
        if (s.Kind >= 0)
        {
            step.RecordFailure(Kinds[s.Kind]);
        }
        else
        {
            step.RecordSuccess(s.Micros, s.Micros / 2);
        }
    }

    private static WorkerResult Result(MetricsCollector collector)
    {
        collector.Complete();
        var now = DateTimeOffset.UtcNow;
        return new WorkerResult("w", now, now, RunCompletion.Completed, null, new LoadCounters(0, 0, 0, 0), collector.Snapshot());
    }

    private static void AssertSame(
        long requests, long errors, IReadOnlyDictionary<string, long> kinds, EncodedHistogram latency, EncodedHistogram? service,
        long actualRequests, long actualErrors, IReadOnlyDictionary<string, long> actualKinds, EncodedHistogram actualLatency, EncodedHistogram? actualService)
    {
        Assert.Equal(requests, actualRequests);
        Assert.Equal(errors, actualErrors);
        Assert.Equal(kinds.Where(k => k.Value > 0).OrderBy(k => k.Key), actualKinds.Where(k => k.Value > 0).OrderBy(k => k.Key));
        AssertSameHistogram(latency, actualLatency);
        Assert.Equal(service is null, actualService is null);
        if (service is not null)
        {
            AssertSameHistogram(service, actualService!);
        }
    }

    private static void AssertSameHistogram(EncodedHistogram expected, EncodedHistogram actual)
    {
        var e = expected.Decode();
        var a = actual.Decode();
        Assert.Equal(e.TotalCount, a.TotalCount);
        if (e.TotalCount == 0)
        {
            return;
        }

        foreach (var p in Percentiles)
        {
            Assert.Equal(e.GetValueAtPercentile(p), a.GetValueAtPercentile(p));
        }
    }
}

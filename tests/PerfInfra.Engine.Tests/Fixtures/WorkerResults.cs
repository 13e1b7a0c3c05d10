using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Tests.Fixtures;

/// <summary>Builds worker results from explicit samples, so report tests know the exact expected numbers.</summary>
internal static class WorkerResults
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static EncodedHistogram Histogram(IEnumerable<long> microseconds)
    {
        var h = EncodedHistogram.NewHistogram();
        foreach (var v in microseconds)
        {
            h.RecordValue(v);
        }

        return EncodedHistogram.Encode(h);
    }

    /// <summary>A scenario with one step whose successful latencies are <paramref name="latencyUs"/>, plus <paramref name="errors"/> failures of one kind.</summary>
    public static ScenarioMetrics Scenario(
        string name, IReadOnlyList<long> latencyUs, long errors = 0, string errorKind = "http_500",
        IReadOnlyList<long>? serviceUs = null, string stepName = "step")
    {
        var latency = Histogram(latencyUs);
        var service = serviceUs is null ? null : Histogram(serviceUs);
        var kinds = errors == 0 ? new Dictionary<string, long>() : new Dictionary<string, long> { [errorKind] = errors };
        var requests = latencyUs.Count + errors;
        var step = new StepMetrics(stepName, requests, errors, latency, service, kinds);
        var buckets = new List<TimeSeriesBucket>
        {
            new(Start.ToUnixTimeSeconds(), requests, errors, latency),
        };
        return new ScenarioMetrics(name, requests, requests, errors, latency, service, kinds, [step], buckets);
    }

    public static WorkerResult Result(
        TimeSpan duration, RunCompletion completion = RunCompletion.Completed, string? reason = null, params ScenarioMetrics[] scenarios) =>
        new("local", Start, Start + duration, completion, reason,
            new LoadCounters(scenarios.Sum(s => s.Iterations), scenarios.Sum(s => s.Iterations), 0, 10),
            scenarios);
}

using PerfInfra.Engine.Http;
using PerfInfra.Engine.Load;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Tests.Load;

/// <summary>Builders shared by the load-model tests.</summary>
internal static class LoadTestData
{
    public static ScenarioDefinition Scenario(string name, double weight = 1, ThinkTime think = default, params string[] steps) =>
        new(name, weight, (steps.Length == 0 ? [name] : steps).Select(s => StepDefinition.Get(s, "/" + s)).ToArray(), think);

    public static (LoadRun Run, MetricsCollector Metrics) CreateRun(
        FakeLoadHttpClient client, bool open, int seed = 42, params ScenarioDefinition[] scenarios)
    {
        var definitions = scenarios.Length == 0 ? [Scenario("browse")] : scenarios;
        var metrics = new MetricsCollector(definitions, open, client.Time);
        return (new LoadRun(client, metrics, definitions, client.Time, new Random(seed)), metrics);
    }

    public static StepMetrics Step(IReadOnlyList<ScenarioMetrics> scenarios, string scenario, string step) =>
        scenarios.Single(s => s.Name == scenario).Steps.Single(s => s.Name == step);

    public static double Percentile(EncodedHistogram histogram, double percentile) =>
        histogram.Decode().GetValueAtPercentile(percentile) / MetricsDefaults.MicrosecondsPerMillisecond;
}

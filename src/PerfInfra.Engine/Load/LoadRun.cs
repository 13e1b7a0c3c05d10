using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>
/// What an executor needs to run: where to send, what to send, where to record, and the clock and
/// random source (seams: tests pass fakes and a seeded <see cref="Random"/>).
/// </summary>
internal sealed class LoadRun
{
    public LoadRun(ILoadHttpClient client, MetricsCollector metrics, IReadOnlyList<ScenarioDefinition> scenarios, TimeProvider time, Random random)
    {
        Client = client;
        Metrics = metrics;
        Time = time;
        Random = random;
        Scenarios = scenarios
            .Select((s, i) => new PreparedScenario(s, s.Steps.Select(client.Prepare).ToArray(), metrics.Scenarios[i]))
            .ToArray();
        Picker = new ScenarioPicker(scenarios.Select(s => s.Weight).ToArray());
    }

    public ILoadHttpClient Client { get; }

    public MetricsCollector Metrics { get; }

    public IReadOnlyList<PreparedScenario> Scenarios { get; }

    public ScenarioPicker Picker { get; }

    public TimeProvider Time { get; }

    /// <summary>Not thread-safe: only the executor's controlling loop draws from it (e.g. to seed each user's own).</summary>
    public Random Random { get; }

    public PreparedScenario Pick(Random random) => Scenarios[Picker.Pick(random.NextDouble())];
}

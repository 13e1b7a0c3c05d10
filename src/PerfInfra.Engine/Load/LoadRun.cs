using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>
/// What an executor needs to run: where to send, what to send, where to record, and the clock and
/// random source (seams: tests pass fakes and a seeded <see cref="Random"/>).
/// </summary>
internal sealed class LoadRun
{
    public LoadRun(ILoadHttpClient client, MetricsCollector metrics, IReadOnlyList<ScenarioDefinition> scenarios, TimeProvider time, Random random, string workerId = "vu")
    {
        Client = client;
        Metrics = metrics;
        Time = time;
        Random = random;
        Scenarios = scenarios
            // A step with variables is also prepared once here, bound to the worker's id: a template the
            // client cannot encode fails before the run instead of in the first user's iteration.
            .Select((s, i) => new PreparedScenario(
                i,
                s,
                s.Steps.Select(step => client.Prepare(RequestVariables.Uses(step) ? RequestVariables.Bind(step, workerId) : step)).ToArray(),
                metrics.Scenarios[i]))
            .ToArray();
        _workerId = workerId;
        Picker = new ScenarioPicker(scenarios.Select(s => s.Weight).ToArray());
    }

    private readonly string _workerId;
    private int _users;

    public ILoadHttpClient Client { get; }

    public MetricsCollector Metrics { get; }

    public IReadOnlyList<PreparedScenario> Scenarios { get; }

    public ScenarioPicker Picker { get; }

    public TimeProvider Time { get; }

    /// <summary>Not thread-safe: only the executor's controlling loop draws from it (e.g. to seed each user's own).</summary>
    public Random Random { get; }

    /// <summary>A new user's requests, with an id unique across workers (<c>{{vu}}</c>).</summary>
    public UserRequests NewUser() => new(this, $"{_workerId}-{Interlocked.Increment(ref _users)}");

    public PreparedScenario Pick(Random random) => Scenarios[Picker.Pick(random.NextDouble())];
}

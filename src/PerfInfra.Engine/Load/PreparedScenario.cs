using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>
/// A scenario with its requests built once before the run and the recorder its requests go to.
/// Steps with per-user variables are bound per user by <see cref="UserRequests"/>.
/// </summary>
internal sealed record PreparedScenario(int Index, ScenarioDefinition Definition, PreparedRequest[] Requests, ScenarioRecorder Recorder)
{
    public bool UsesVariables { get; } = Definition.Steps.Any(RequestVariables.Uses);

    /// <summary>The pause after step <paramref name="index"/>: the step's own, else the scenario's.</summary>
    public ThinkTime ThinkTimeAfter(int index) => Definition.Steps[index].ThinkTimeAfter ?? Definition.ThinkTime;
}

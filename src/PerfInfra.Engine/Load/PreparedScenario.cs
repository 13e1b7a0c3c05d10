using PerfInfra.Engine.Http;
using PerfInfra.Engine.Metrics;

namespace PerfInfra.Engine.Load;

/// <summary>A scenario with its requests built once before the run and the recorder its requests go to.</summary>
internal sealed record PreparedScenario(ScenarioDefinition Definition, PreparedRequest[] Requests, ScenarioRecorder Recorder)
{
    /// <summary>The pause after step <paramref name="index"/>: the step's own, else the scenario's.</summary>
    public ThinkTime ThinkTimeAfter(int index) => Definition.Steps[index].ThinkTimeAfter ?? Definition.ThinkTime;
}

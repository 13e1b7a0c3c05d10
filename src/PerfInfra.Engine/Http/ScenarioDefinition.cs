namespace PerfInfra.Engine.Http;

/// <summary>
/// A weighted user journey: each iteration of a virtual user picks a scenario with probability
/// weight / sum(weights) and runs its steps in order, pausing <see cref="ThinkTime"/> between steps.
/// </summary>
public sealed record ScenarioDefinition(
    string Name,
    double Weight,
    IReadOnlyList<StepDefinition> Steps,
    ThinkTime ThinkTime);

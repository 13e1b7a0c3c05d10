namespace PerfInfra.Lambdas.Contracts;

/// <summary>The plan step's input: the execution's name (the run id) and the user's input.</summary>
internal sealed record PlanInput(string RunId, RunRequest? Request);

namespace PerfInfra.Lambdas.Contracts;

/// <summary>The plan step's input: the execution's name (the run id) and the user's input.</summary>
internal sealed record PlanInput(string RunId, RunRequest? Request)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(RunId))
        {
            yield return "runId: missing; expected the execution's name (the state machine passes $$.Execution.Name)";
        }
    }
}

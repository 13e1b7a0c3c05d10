using System.Text.Json;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The plan step's input: the execution's name (the run id), the user's input, and the preflight's SDK
/// responses (<see cref="Engine.Preflight.AwsPreflightResponses"/>; absent when the input says preflight off).
/// </summary>
internal sealed record PlanInput(string RunId, RunRequest? Request, JsonElement? Preflight = null)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(RunId))
        {
            yield return "runId: missing; expected the execution's name (the state machine passes $$.Execution.Name)";
        }
    }
}

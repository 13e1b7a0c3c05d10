using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Load;

/// <summary>
/// The requests one virtual user (or open-model slot) sends: the run's shared prepared requests, except
/// for steps using <see cref="RequestVariables"/>, which are bound to this user's id and prepared once,
/// the first time the user runs that scenario. Owned by one user: not thread-safe.
/// </summary>
internal sealed class UserRequests(LoadRun run, string userId)
{
    private readonly PreparedRequest[]?[] _bound = new PreparedRequest[]?[run.Scenarios.Count];

    public string UserId { get; } = userId;

    public PreparedRequest[] For(PreparedScenario scenario)
    {
        if (!scenario.UsesVariables)
        {
            return scenario.Requests;
        }

        return _bound[scenario.Index] ??= scenario.Definition.Steps
            .Select((step, i) => RequestVariables.Uses(step) ? run.Client.Prepare(RequestVariables.Bind(step, UserId)) : scenario.Requests[i])
            .ToArray();
    }
}

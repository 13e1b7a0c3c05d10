namespace PerfInfra.Engine.Http;

/// <summary>
/// Per-user values in a step's path, body and header values. <c>{{vu}}</c> is the id of the virtual
/// user (closed model) or in-flight slot (open models) running the step — unique within a run, across
/// workers too — so that journeys with server-side state (a cart, a session) do not share it between
/// users. Steps without a variable are prepared once for everyone.
/// </summary>
public static class RequestVariables
{
    public const string VirtualUser = "{{vu}}";

    public static bool Uses(StepDefinition step) =>
        step.Path.Contains(VirtualUser, StringComparison.Ordinal)
        || (step.Body?.Contains(VirtualUser, StringComparison.Ordinal) ?? false)
        || step.Headers.Values.Any(v => v.Contains(VirtualUser, StringComparison.Ordinal));

    public static StepDefinition Bind(StepDefinition step, string virtualUserId) => step with
    {
        Path = step.Path.Replace(VirtualUser, Uri.EscapeDataString(virtualUserId), StringComparison.Ordinal),
        Body = step.Body?.Replace(VirtualUser, virtualUserId, StringComparison.Ordinal),
        Headers = step.Headers.ToDictionary(h => h.Key, h => h.Value.Replace(VirtualUser, virtualUserId, StringComparison.Ordinal)),
    };
}

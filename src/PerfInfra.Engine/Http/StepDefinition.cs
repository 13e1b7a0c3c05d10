namespace PerfInfra.Engine.Http;

/// <summary>
/// One request of a user journey. <see cref="Path"/> is relative to the target's base URL and may
/// carry a query string. <see cref="ThinkTimeAfter"/> overrides the scenario's think time after this step.
/// </summary>
public sealed record StepDefinition(
    string Name,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    StatusExpectation Expect,
    ThinkTime? ThinkTimeAfter = null)
{
    public static StepDefinition Get(string name, string path) =>
        new(name, "GET", path, new Dictionary<string, string>(), null, StatusExpectation.Default);
}

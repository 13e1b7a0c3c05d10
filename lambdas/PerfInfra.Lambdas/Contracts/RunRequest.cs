namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The execution input: every field overrides the deployed config, null means "as the config says".
/// <see cref="Suites"/> names the suites to run (api, athena, pipeline, lambda; default api);
/// <see cref="Duration"/> uses the config's syntax ("5m", "90s"). Validated by the plan step.
/// </summary>
internal sealed record RunRequest(
    IReadOnlyList<string>? Suites = null,
    string? Profile = null,
    int? Users = null,
    double? Rate = null,
    string? Duration = null,
    string? Target = null);

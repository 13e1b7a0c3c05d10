namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// The execution input: every field overrides the deployed config, null means "as the config says".
/// <see cref="Suites"/> names the suites to run (api, athena, pipeline, lambda; default api);
/// <see cref="Duration"/> uses the config's syntax ("5m", "90s"); <see cref="Target"/> replaces
/// target.base_url (still only a host on the deployed allow-list); <see cref="Thresholds"/> replaces a
/// suite's thresholds with k6-style expressions (suite → list). <see cref="Comment"/> is free text,
/// ignored (the Step Functions console's sample input has one). <see cref="Config"/> is a whole
/// load-test config (YAML text, the same format as the deployed file) that replaces the deployed one for
/// this execution — profiles, scenarios, suites, thresholds, anything — except its allow-list and safety
/// caps, which stay the deployed config's (see <see cref="Planning.ExecutionConfig"/>). <see cref="Preflight"/> is what
/// a failed preflight check does: fail (the default), warn or off. Checked field by field by
/// <see cref="Planning.RunRequestShape"/>, then validated by the plan step.
/// </summary>
internal sealed record RunRequest(
    IReadOnlyList<string>? Suites = null,
    string? Profile = null,
    int? Users = null,
    double? Rate = null,
    string? Duration = null,
    string? Target = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Thresholds = null,
    string? Comment = null,
    string? Config = null,
    string? Preflight = null);

using PerfInfra.Engine.Http;

namespace PerfInfra.Engine.Config;

/// <summary>
/// Where the API suite sends traffic. <see cref="BaseUrl"/> null means the built-in demo platform
/// (config value <c>demo</c>). <see cref="AllowHosts"/> is the allow-list every request is checked against.
/// </summary>
public sealed record TargetConfig(
    Uri? BaseUrl,
    IReadOnlyList<string> AllowHosts,
    TimeSpan Timeout,
    AuthHeaderSource? Auth);

namespace PerfInfra.Engine.Config;

/// <summary>
/// Command-line choices applied on top of the config (<c>perf run --profile --users --rate --duration
/// --target</c>). Null means "as the profile says". <see cref="Users"/> sets virtual users (closed) or
/// the in-flight cap (open); <see cref="RatePerSecond"/> switches the API suite to a constant arrival
/// rate; <see cref="Duration"/> is the time at full load (the profile's <c>duration</c>); <see cref="AllowHosts"/>
/// extends the config's allow-list.
/// </summary>
public sealed record RunOverrides(
    string? Profile,
    int? Users,
    double? RatePerSecond,
    TimeSpan? Duration,
    Uri? Target,
    IReadOnlyList<string> AllowHosts)
{
    public static RunOverrides None { get; } = new(null, null, null, null, null, []);
}

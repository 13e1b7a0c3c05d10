namespace PerfInfra.DemoPlatform;

/// <summary>
/// One consistent snapshot of the runtime switches. Requests read a whole snapshot, so a change made
/// mid-request never mixes old and new values.
/// </summary>
/// <param name="CacheEnabled">Serve product list, product detail and search from memory (skipping simulated latency).</param>
/// <param name="LatencyScale">Multiplies every simulated latency; 0 turns it off, 2 doubles it.</param>
/// <param name="FailureRate">Fraction (0–1) of /api requests answered with <paramref name="FailureStatus"/>.</param>
/// <param name="FailureStatus">The 5xx status of an injected failure.</param>
/// <param name="StallEvery">Every Nth /api request waits <paramref name="StallMilliseconds"/> first; 0 = never.</param>
/// <param name="StallMilliseconds">How long a stalled request waits before being served.</param>
/// <param name="AbortRate">Fraction (0–1) of /api requests whose connection is closed abruptly, with no response.</param>
public sealed record DemoPlatformSwitchState(
    bool CacheEnabled,
    double LatencyScale,
    double FailureRate,
    int FailureStatus,
    int StallEvery,
    int StallMilliseconds,
    double AbortRate)
{
    /// <summary>Every problem, each naming the switch, the bad value and what is accepted.</summary>
    public IReadOnlyList<string> Validate() => Validate(static name => name);

    /// <summary>
    /// As <see cref="Validate()"/>, with each switch named by <paramref name="nameOf"/> — the admin endpoint
    /// passes the snake_case JSON naming so the message names the key the user actually typed.
    /// </summary>
    internal IReadOnlyList<string> Validate(Func<string, string> nameOf)
    {
        var errors = new List<string>();
        if (!double.IsFinite(LatencyScale) || LatencyScale < 0 || LatencyScale > DemoPlatformDefaults.MaxLatencyScale)
        {
            errors.Add($"{nameOf(nameof(LatencyScale))} is {LatencyScale}; expected 0 to {DemoPlatformDefaults.MaxLatencyScale}.");
        }

        AddFractionError(errors, nameOf(nameof(FailureRate)), FailureRate);
        AddFractionError(errors, nameOf(nameof(AbortRate)), AbortRate);
        if (FailureStatus is < DemoPlatformDefaults.MinFailureStatus or > DemoPlatformDefaults.MaxFailureStatus)
        {
            errors.Add($"{nameOf(nameof(FailureStatus))} is {FailureStatus}; expected a 5xx status ({DemoPlatformDefaults.MinFailureStatus}–{DemoPlatformDefaults.MaxFailureStatus}).");
        }

        if (StallEvery < 0)
        {
            errors.Add($"{nameOf(nameof(StallEvery))} is {StallEvery}; expected 0 (never) or a positive request count.");
        }

        if (StallMilliseconds is < 0 or > DemoPlatformDefaults.MaxStallMilliseconds)
        {
            errors.Add($"{nameOf(nameof(StallMilliseconds))} is {StallMilliseconds}; expected 0 to {DemoPlatformDefaults.MaxStallMilliseconds}.");
        }

        return errors;
    }

    private static void AddFractionError(List<string> errors, string name, double value)
    {
        if (!double.IsFinite(value) || value is < 0 or > 1)
        {
            errors.Add($"{name} is {value}; expected a fraction between 0 and 1.");
        }
    }
}

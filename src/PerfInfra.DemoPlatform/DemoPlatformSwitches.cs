namespace PerfInfra.DemoPlatform;

/// <summary>
/// The switches a user or a test flips while the platform runs (also exposed at <c>/_admin/switches</c>).
/// Each change swaps one immutable <see cref="DemoPlatformSwitchState"/>, so readers never lock.
/// </summary>
public sealed class DemoPlatformSwitches
{
    private DemoPlatformSwitchState _current;

    internal DemoPlatformSwitches(DemoPlatformSwitchState initial)
    {
        ThrowIfInvalid(initial);
        _current = initial;
    }

    /// <summary>Raised after a change turned the cache off, so stale entries are not served when it comes back.</summary>
    internal event Action? CacheDisabled;

    public DemoPlatformSwitchState Current => Volatile.Read(ref _current);

    public bool CacheEnabled
    {
        get => Current.CacheEnabled;
        set => Update(s => s with { CacheEnabled = value });
    }

    public double LatencyScale
    {
        get => Current.LatencyScale;
        set => Update(s => s with { LatencyScale = value });
    }

    public double FailureRate
    {
        get => Current.FailureRate;
        set => Update(s => s with { FailureRate = value });
    }

    public int FailureStatus
    {
        get => Current.FailureStatus;
        set => Update(s => s with { FailureStatus = value });
    }

    public int StallEvery
    {
        get => Current.StallEvery;
        set => Update(s => s with { StallEvery = value });
    }

    public int StallMilliseconds
    {
        get => Current.StallMilliseconds;
        set => Update(s => s with { StallMilliseconds = value });
    }

    public double AbortRate
    {
        get => Current.AbortRate;
        set => Update(s => s with { AbortRate = value });
    }

    /// <summary>
    /// Applies <paramref name="change"/> atomically (retrying if another caller changed the switches meanwhile)
    /// and returns the new state. Throws <see cref="ArgumentException"/> listing every problem if the result is invalid.
    /// </summary>
    public DemoPlatformSwitchState Update(Func<DemoPlatformSwitchState, DemoPlatformSwitchState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            var before = Current;
            var after = change(before);
            ThrowIfInvalid(after);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before))
            {
                if (before.CacheEnabled && !after.CacheEnabled)
                {
                    CacheDisabled?.Invoke();
                }

                return after;
            }
        }
    }

    private static void ThrowIfInvalid(DemoPlatformSwitchState state)
    {
        var errors = state.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid demo platform switches: " + string.Join(" ", errors), nameof(state));
        }
    }
}

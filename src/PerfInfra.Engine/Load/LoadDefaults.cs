namespace PerfInfra.Engine.Load;

/// <summary>Figures the load models use when the config does not say otherwise. Units are in the names.</summary>
public static class LoadDefaults
{
    /// <summary>
    /// How often the closed model re-reads its stage target and starts or stops virtual users. The
    /// seed's 1,000 users over a 1-minute ramp are ~17 users a second, ~2 per tick: a finer tick adds
    /// nothing but wake-ups.
    /// </summary>
    public static readonly TimeSpan RampTick = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long in-flight requests may finish after the planned duration before they are cancelled
    /// (not counted). k6 waits 30 s; ours is shorter because every request has its own timeout.
    /// </summary>
    public static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(10);

    /// <summary>Rates below this are treated as zero when solving the arrival schedule (one iteration per ~30 years).</summary>
    public const double NegligibleRatePerSecond = 1e-9;
}

namespace PerfInfra.Engine.Preflight;

/// <summary>
/// What a failed preflight check does: <see cref="Fail"/> (the default) stops the run before any load
/// and fails the verdict — load against a platform whose cache is off measures the wrong system;
/// <see cref="Warn"/> reports it and runs anyway; <see cref="Off"/> skips the checks.
/// </summary>
public enum PreflightMode
{
    Fail,
    Warn,
    Off,
}

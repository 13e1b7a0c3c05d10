namespace PerfInfra.Engine.Metrics;

/// <summary>How a worker's run ended. Anything but <see cref="Completed"/> makes the verdict at best <c>partial</c>.</summary>
public enum RunCompletion
{
    /// <summary>Ran its whole planned duration.</summary>
    Completed,

    /// <summary>Stopped early by the user (Ctrl-C, SIGTERM) or a deadline; data up to the stop is kept.</summary>
    Interrupted,

    /// <summary>Stopped early because an abort_on_fail threshold breached after its grace period.</summary>
    Aborted,

    /// <summary>Could not run (target unreachable, crash); data, if any, is what was measured before.</summary>
    Failed,
}

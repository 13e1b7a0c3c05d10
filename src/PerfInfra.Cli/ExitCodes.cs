namespace PerfInfra.Cli;

/// <summary>Exit codes mean one thing each (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>The run completed and every threshold passed.</summary>
    public const int Success = 0;

    /// <summary>At least one threshold failed (or an abort_on_fail threshold stopped the run).</summary>
    public const int ThresholdsFailed = 1;

    /// <summary>Bad input or usage: config, flags, unsafe target. Nothing was run.</summary>
    public const int BadInput = 2;

    /// <summary>The run could not complete: target unreachable, interrupted (verdict partial), or an internal error.</summary>
    public const int RunIncomplete = 3;
}

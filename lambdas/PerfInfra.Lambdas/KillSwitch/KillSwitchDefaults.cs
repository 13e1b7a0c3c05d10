namespace PerfInfra.Lambdas.KillSwitch;

/// <summary>The kill switch's values and how often a running worker looks at it.</summary>
internal static class KillSwitchDefaults
{
    /// <summary>The value the stack deploys: runs may start and continue.</summary>
    public const string RunValue = "run";

    /// <summary>The documented stop value; any value other than <see cref="RunValue"/> stops too (a typo must not keep a load running).</summary>
    public const string StopValue = "stop";

    /// <summary>
    /// A worker reads the switch this often: a flip stops every shard within this plus the engine's stop
    /// budget (1.5 s). 20 workers × one GetParameter per 5 s is 4 requests/s, far below SSM's default
    /// GetParameter quota (40/s standard throughput).
    /// </summary>
    public const int PollIntervalSeconds = 5;

    /// <summary>One GetParameter attempt; the SDK retries a failed one (its standard mode: 3 attempts in all).</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="value"/> lets runs go on (case and surrounding spaces ignored).</summary>
    public static bool AllowsRuns(string value) => string.Equals(value.Trim(), RunValue, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason a stopped worker reports (the wording, with the parameter's name).</summary>
    public static string StopReason(string name, string value) =>
        $"stopped by kill switch {name} (value '{value.Trim()}')";
}

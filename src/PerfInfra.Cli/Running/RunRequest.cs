namespace PerfInfra.Cli.Running;

/// <summary>What the user asked `perf run` for, with flags already parsed into typed values.</summary>
internal sealed record RunRequest(
    string? ConfigPath,
    string? Profile,
    string Suite,
    int? Users,
    double? RatePerSecond,
    TimeSpan? Duration,
    Uri? Target,
    IReadOnlyList<string> AllowHosts,
    string OutputRoot,
    Uri? QuickUrl,
    IReadOnlyList<string> Thresholds,
    string? Baseline = null,
    bool RegressionGate = false,
    Engine.Preflight.PreflightMode Preflight = Engine.Preflight.PreflightMode.Fail)
{
    public const string SuiteApi = "api";
    public const string SuiteAll = "all";

    public static readonly IReadOnlyList<string> Suites = ["api", "athena", "pipeline", "lambda", "all"];

    public bool IsQuickMode => QuickUrl is not null;
}

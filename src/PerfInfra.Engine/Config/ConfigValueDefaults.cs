namespace PerfInfra.Engine.Config;

/// <summary>Limits and defaults of the config value syntax (durations, rates, file size).</summary>
public static class ConfigValueDefaults
{
    /// <summary>
    /// The longest duration the parser accepts. Far above any sane run (the safety cap is 1 h) but
    /// small enough that every unit conversion stays exact in <see cref="TimeSpan"/> ticks.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(3650);

    /// <summary>The largest rate the parser accepts, per second; the safety cap (20,000/s) judges real runs.</summary>
    public const double MaxRatePerSecond = 1e12;

    /// <summary>Config files above this size are refused before parsing (a load-test config is a few KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Nesting deeper than this is refused: no real config needs it, and it bounds recursion.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>The only config schema version this engine reads.</summary>
    public const int SupportedVersion = 1;

    /// <summary>Per-request timeout when <c>target.timeout</c> is absent.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Scenario weight when <c>weight</c> is absent.</summary>
    public const double ScenarioWeight = 1;

    /// <summary>Open models' in-flight cap when <c>max_in_flight</c> is absent: the seed's 1,000 concurrent users.</summary>
    public const int MaxInFlight = 1000;

    /// <summary>
    /// The demo platform binds a free port on this loopback address; <c>base_url: demo</c> needs its
    /// host on the allow-list like any other target.
    /// </summary>
    public const string DemoProbeUrl = "http://127.0.0.1/";

    /// <summary>Name of the embedded default config (see the engine csproj).</summary>
    public const string DefaultConfigResourceName = "PerfInfra.DefaultConfig.yaml";
}

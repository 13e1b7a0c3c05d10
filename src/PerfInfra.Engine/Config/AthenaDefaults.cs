namespace PerfInfra.Engine.Config;

/// <summary>Defaults of the Athena suite section.</summary>
public static class AthenaDefaults
{
    /// <summary>Where the .sql files live, relative to the config file (tests/performance/queries).</summary>
    public const string QueriesDirectory = "queries";
}

namespace PerfInfra.Engine.Config;

/// <summary>Defaults of the Athena suite section.</summary>
public static class AthenaDefaults
{
    /// <summary>Where the .sql files live, relative to the config file (tests/performance/queries).</summary>
    public const string QueriesDirectory = "queries";

    /// <summary>Athena's on-demand price per terabyte scanned (us-east-1, engine v3, 2024); config key price_per_tb.</summary>
    public const double PricePerTerabyteUsd = 5.00;
}
